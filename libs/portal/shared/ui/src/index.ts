export * from './lib/shell/shell';
export * from './lib/shell/shell-i18n';
export * from './lib/language-switch/language-switch';
export * from './lib/error-summary/error-summary';
export * from './lib/pagination/pagination';
