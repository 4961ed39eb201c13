export { DatabaseModule } from './database.module';
export { migrations } from './migrations';
export { migrateDown, migrateUp, migrationStatus, type MigrationState } from './migrator';
export { provisionDatabase } from './provision';
export { APP_GROUP_ROLE, type RoleProvisioning } from './roles';
export { runMigrationCli } from './migration-cli';
export { REQUIRED_EXTENSIONS } from './roles';
export { describeUrl, withCredentials } from './connection-url';
export { enterTenant, runAs, runInTenant, type DbActor, type TenantTx } from './tenant-context';
