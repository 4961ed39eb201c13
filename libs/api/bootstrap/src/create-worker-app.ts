import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@knotenpunkt/api/core/config';
import { WorkerModule, type WorkerOptions } from './worker.module';

/** The worker: a Nest application context without HTTP; init() fails if a job lacks its handler. */
export async function createWorkerApp(config: AppConfig, options: WorkerOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
