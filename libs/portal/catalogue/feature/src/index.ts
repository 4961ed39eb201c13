export * from './lib/workspace.routes';
export * from './lib/guards';
export * from './lib/i18n-keys';
