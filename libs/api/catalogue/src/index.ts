export { CatalogueApiModule, CatalogueWorkerModule } from './catalogue.module';
export { ImportRunner } from './application/import-runner';
export { readExchangeDocument, exchangePropertyOf } from './domain/jsonld-import';
export { exchangeDocument, courseNode } from './domain/jsonld-export';
export { MarkPastHandler } from './worker/mark-past.handler';
export { FreshnessReminderHandler } from './worker/freshness-reminder.handler';
export { standaloneImports } from './application/standalone-imports';
export { ExpireImportsHandler } from './worker/expire-imports.handler';
export { OfferReader } from './infra/offer-reader';
