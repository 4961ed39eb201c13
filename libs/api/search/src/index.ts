export { SearchApiModule, SearchEngineModule, SearchWorkerModule, searchIndexFor } from './search.module';
export { SearchIndexer } from './application/search-indexer';
export { SEARCH_INDEX, type SearchIndex, type EngineQuery, type EngineResult } from './domain/search-index.port';
export { offerDocument, type OfferDocument } from './domain/offer-document';
export { PgSearchIndex } from './infra/pg-search-index';
export { MeiliSearchIndex, meiliIndexName, meiliOrganisationIndexName } from './infra/meili-search-index';
export { IndexRelayHandler, ReindexHandler } from './worker/index-relay.handler';
