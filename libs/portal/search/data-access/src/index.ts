export * from './lib/search-codes';
export * from './lib/search-state';
export * from './lib/search-api.service';
