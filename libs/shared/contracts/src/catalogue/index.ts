export * from './vocabulary';
export * from './dates';
export * from './offers';
export * from './organisations';
export * from './imports';
