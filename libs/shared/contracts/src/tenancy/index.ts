export * from './roles';
export * from './accounts';
export * from './tenants';
export * from './legal';
