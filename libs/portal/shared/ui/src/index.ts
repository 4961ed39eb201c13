export * from './lib/shell/shell';
export * from './lib/shell/shell-i18n';
export * from './lib/language-switch/language-switch';
