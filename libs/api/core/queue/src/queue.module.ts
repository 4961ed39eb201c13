import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';
import { JobDispatcher } from './job-dispatcher';
import { JobProducer } from './job-producer';
import { WORKER_LIVENESS_FILE, WorkerLiveness } from './worker-liveness';
import { closeRedisConnection, createRedisConnection } from './redis-connection';
import { LIVENESS_FILE, REDIS_CONNECTION } from './queue.tokens';

/** Redis connection and job producer for any process; the worker adds the dispatcher. */
@Global()
@Module({})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CONNECTION) private readonly connection: Redis) {}

  static forRoot(options: { connectionName: string; runWorkers?: boolean; livenessFile?: string }): DynamicModule {
    return {
      module: QueueModule,
      imports: options.runWorkers ? [DiscoveryModule] : [],
      providers: [
        {
          provide: REDIS_CONNECTION,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => createRedisConnection(config.REDIS_URL, options.connectionName),
        },
        JobProducer,
        ...(options.runWorkers
          ? [JobDispatcher, WorkerLiveness, { provide: LIVENESS_FILE, useValue: options.livenessFile ?? WORKER_LIVENESS_FILE }]
          : []),
      ],
      exports: [REDIS_CONNECTION, JobProducer],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedisConnection(this.connection);
  }
}
