import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OfferReader } from '@knotenpunkt/api/catalogue';
import { SearchIndexer } from './application/search-indexer';
import { SearchService } from './application/search.service';
import { SynonymsService } from './application/synonyms.service';
import { SEARCH_INDEX } from './domain/search-index.port';
import { SearchController } from './http/search.controller';
import { PgSearchIndex } from './infra/pg-search-index';
import { IndexRelayHandler, ReindexHandler } from './worker/index-relay.handler';

const engine = { provide: SEARCH_INDEX, inject: [DataSource], useFactory: (dataSource: DataSource) => new PgSearchIndex(dataSource) };

/** Public search over HTTP. */
@Module({
  controllers: [SearchController],
  providers: [engine, SynonymsService, SearchService],
})
export class SearchApiModule {}

/** The worker keeps the index in step with the catalogue (outbox relay) and rebuilds it on demand. */
@Module({
  providers: [engine, OfferReader, SearchIndexer, IndexRelayHandler, ReindexHandler],
  exports: [SearchIndexer],
})
export class SearchWorkerModule {}
