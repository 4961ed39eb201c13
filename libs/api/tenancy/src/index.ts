export { TenancyApiModule, TenancyWorkerModule } from './tenancy-api.module';
export { tenancyMailTemplates } from './mail/tenancy-mail-templates';
export { hashPassword, verifyPassword } from './domain/password-hash';
export { PurgeExpiredHandler } from './worker/purge-expired.handler';
export type { RequestMeta } from './application/request-meta';
export { Meta } from './http/request-meta';
