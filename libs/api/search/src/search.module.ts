import { Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@knotenpunkt/api/core/config';
import { OfferReader, ProfilesRepository } from '@knotenpunkt/api/catalogue';
import { SearchIndexer } from './application/search-indexer';
import { SearchService } from './application/search.service';
import { SynonymsService } from './application/synonyms.service';
import { SearchChanges } from './infra/search-changes';
import { SEARCH_INDEX, type SearchIndex } from './domain/search-index.port';
import { SearchController } from './http/search.controller';
import { SynonymsController } from './http/synonyms.controller';
import { SynonymsAdminService } from './application/synonyms-admin.service';
import { MeiliSearchIndex, meiliIndexName } from './infra/meili-search-index';
import { PgSearchIndex } from './infra/pg-search-index';
import { IndexRelayHandler, ReindexHandler } from './worker/index-relay.handler';

/**
 * The engine (architecture rule 4): Meilisearch when `MEILI_URL` is set, else PostgreSQL
 * full-text search. Creating the Meilisearch adapter makes no request: an unreachable engine
 * is logged as a warning and reported by /api/health, it never stops the boot. Usable outside
 * Nest too (a command): the operator's synonym list is then read through `dataSource`.
 */
export function searchIndexFor(
  config: Pick<AppConfig, 'MEILI_URL' | 'MEILI_MASTER_KEY' | 'QUEUE_PREFIX'>,
  dataSource: DataSource,
  synonyms: Pick<SynonymsService, 'groups'> = new SynonymsService(dataSource),
  changes: Pick<SearchChanges, 'version'> | null = null,
): SearchIndex {
  if (!config.MEILI_URL) return new PgSearchIndex(dataSource, changes ? () => changes.version() : undefined);
  const index = new MeiliSearchIndex({ host: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY, indexName: meiliIndexName(config.QUEUE_PREFIX), synonyms: () => synonyms.groups() });
  new Logger('SearchEngine').log({ host: config.MEILI_URL, index: index.indexName }, 'search engine: Meilisearch');
  index.checkReachable();
  return index;
}

/** The one engine instance of an application (api or worker), also asked by the health check. */
@Module({
  providers: [
    SynonymsService,
    SearchChanges,
    { provide: SEARCH_INDEX, inject: [APP_CONFIG, DataSource, SynonymsService, SearchChanges], useFactory: searchIndexFor },
  ],
  exports: [SEARCH_INDEX, SynonymsService, SearchChanges],
})
export class SearchEngineModule {}

/** Public search over HTTP. */
@Module({
  imports: [SearchEngineModule],
  controllers: [SearchController, SynonymsController],
  providers: [SearchService, SynonymsAdminService],
})
export class SearchApiModule {}

/** The worker keeps the index in step with the catalogue (outbox relay) and rebuilds it on demand. */
@Module({
  imports: [SearchEngineModule],
  providers: [OfferReader, ProfilesRepository, SearchIndexer, IndexRelayHandler, ReindexHandler],
  exports: [SearchIndexer],
})
export class SearchWorkerModule {}
