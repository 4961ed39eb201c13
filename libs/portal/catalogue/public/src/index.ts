export * from './lib/public-catalogue.routes';
export * from './lib/i18n-keys';
