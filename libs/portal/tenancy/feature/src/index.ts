export * from './lib/tenancy.routes';
export * from './lib/guards';
export * from './lib/return-url';
export * from './lib/session-header/session-header';
export * from './lib/i18n-keys';
