export { envSchema, type AppConfig } from './env.schema';
export { ConfigError, loadConfig, loadConfigOrExit, migrationDatabaseUrl } from './load-config';
export { APP_CONFIG, ConfigModule } from './config.module';
