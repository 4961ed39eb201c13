export * from './lib/api-base-url';
export * from './lib/api-problem';
export * from './lib/auth-api';
export * from './lib/tenants-api';
export * from './lib/session-store';
export * from './lib/session-expired.interceptor';
export * from './lib/roles';
