import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';

/**
 * One connection pool per process, logged in as the application role. Entities register
 * themselves with TypeOrmModule.forFeature in their context module (autoLoadEntities).
 */
@Module({})
export class DatabaseModule {
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            type: 'postgres' as const,
            url: config.DATABASE_URL,
            applicationName,
            autoLoadEntities: true,
            synchronize: false,
            migrationsRun: false,
            poolSize: config.DATABASE_POOL_SIZE,
            logging: ['error' as const],
            // A new backend pays ~20 ms on its first search (catalog caches, text-search dictionaries):
            // keep idle connections for minutes, not pg's default 10 s, so a quiet portal stays fast.
            extra: { connectionTimeoutMillis: 5000, statement_timeout: 30_000, idleTimeoutMillis: 300_000 },
          }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
