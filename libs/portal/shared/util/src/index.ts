export * from './lib/language';
export * from './lib/language-store';
export * from './lib/language.service';
export * from './lib/translated-title-strategy';
export * from './lib/provide-i18n';
export * from './lib/accept-language.interceptor';
export * from './lib/form-errors';
export * from './lib/response-status';
