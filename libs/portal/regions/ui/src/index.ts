export * from './lib/region-picker/region-picker';
export * from './lib/region-picker/region-picker-i18n';
export * from './lib/region-picker/region-suggestion-source';
