export * from './lib/date/local-date.pipe';
export * from './lib/disclosure/disclosure';
export * from './lib/legal-content/legal-content-view';
