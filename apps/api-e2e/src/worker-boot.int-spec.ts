import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, QueueEvents } from 'bullmq';
import { ConfigModule } from '@knotenpunkt/api/core/config';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  HandlerRegistryError,
  JobHandler,
  QueueModule,
  QueueName,
  type JobHandlerOf,
} from '@knotenpunkt/api/core/queue';
import { createTestDatabase, eventually, testConfig, testRedisUrl, type TestDatabase } from '@knotenpunkt/api/core/testing';
import { createWorkerApp } from '@knotenpunkt/api/bootstrap';

@Injectable()
@JobHandler('system.ping')
class SecondPingHandler implements JobHandlerOf<'system.ping'> {
  async handle(): Promise<void> {
    return undefined;
  }
}

async function eventuallyExists(file: string): Promise<void> {
  await eventually(async () => (existsSync(file) ? true : undefined), 5000, `${file} to exist`);
}

describe('worker boot and job validation', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('refuses to start when a job has no handler', async () => {
    const config = testConfig(db);
    @Module({ imports: [ConfigModule.forRoot(config), QueueModule.forRoot({ connectionName: 'test', runWorkers: true })] })
    class NoHandlers {}
    const boot = NestFactory.createApplicationContext(NoHandlers, { logger: false, abortOnError: false });
    await expect(boot).rejects.toThrow(HandlerRegistryError);
    await expect(boot).rejects.toThrow(/system\.ping: no handler/);
  });

  it('refuses to start when a job has two handlers', async () => {
    const config = testConfig(db);
    @Module({
      imports: [ConfigModule.forRoot(config), QueueModule.forRoot({ connectionName: 'test', runWorkers: true })],
      providers: [SecondPingHandler, { provide: 'another', useClass: SecondPingHandler }],
    })
    class TwoHandlers {}
    await expect(NestFactory.createApplicationContext(TwoHandlers, { logger: false, abortOnError: false })).rejects.toThrow(
      /system\.ping: 2 handlers \(SecondPingHandler, SecondPingHandler\)/,
    );
  });

  it('touches the liveness file while running and removes it on shutdown', async () => {
    const livenessFile = join(mkdtempSync(join(tmpdir(), 'kp-liveness-')), 'worker.alive');
    const worker = await createWorkerApp(testConfig(db), { livenessFile });
    try {
      await eventuallyExists(livenessFile);
      expect(Date.now() - new Date(readFileSync(livenessFile, 'utf8')).getTime()).toBeLessThan(10_000);
    } finally {
      await worker.close();
    }
    expect(existsSync(livenessFile)).toBe(false);
  });

  it('fails a job with an invalid payload at once, without retries', async () => {
    const config = testConfig(db);
    const worker = await createWorkerApp(config);
    const connection = { url: testRedisUrl() };
    const queue = new Queue(QueueName.System, { connection, prefix: config.QUEUE_PREFIX });
    const events = new QueueEvents(QueueName.System, { connection, prefix: config.QUEUE_PREFIX });
    try {
      await events.waitUntilReady();
      const job = await queue.add('system.ping', { pingId: 'has spaces' }, { attempts: 5 });
      await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(/Invalid payload for system\.ping: pingId: .*; requestedAt/);
      const failed = await queue.getJob(job.id ?? '');
      expect(failed?.attemptsMade).toBe(1);
    } finally {
      await events.close();
      await queue.close();
      await worker.close();
    }
  });
});
