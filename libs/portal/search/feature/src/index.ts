export * from './lib/search.routes';
export * from './lib/i18n-keys';
