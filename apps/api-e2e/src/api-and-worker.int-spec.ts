import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { healthResponseSchema, type HealthResponse } from '@knotenpunkt/shared/contracts';
import type { AppConfig } from '@knotenpunkt/api/core/config';
import { createApiApp, createWorkerApp } from '@knotenpunkt/api/bootstrap';
import { PingService } from '@knotenpunkt/api/system';
import { createTestDatabase, eventually, testConfig, type TestDatabase } from '@knotenpunkt/api/core/testing';

describe('api and worker against real PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: NestFastifyApplication;
  let baseUrl: string;
  let worker: INestApplicationContext | undefined;

  const health = async (): Promise<{ status: number; body: HealthResponse }> => {
    const response = await fetch(`${baseUrl}/api/health`);
    return { status: response.status, body: healthResponseSchema.parse(await response.json()) };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig(db);
    api = await createApiApp(config);
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('reports database and Redis up, and the worker unknown before any worker ran', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe('degraded');
    expect(body.checks.database.status).toBe('up');
    expect(body.checks.redis.status).toBe('up');
    expect(body.checks.search).toEqual({ status: 'up', engine: 'postgres' });
    expect(body.checks.worker).toEqual({ status: 'unknown', lastPingAt: null });
  });

  it('a job enqueued by the api is processed by the worker, and health then says ok', async () => {
    const pingId = await api.get(PingService).requestPing();
    worker = await createWorkerApp(config);
    const { body } = await eventually(async () => {
      const result = await health();
      return result.body.checks.worker.status === 'up' ? result : undefined;
    }, 15_000, 'worker answering the ping');
    expect(body.status).toBe('ok');
    expect(new Date(body.checks.worker.lastPingAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const { Client } = await import('pg');
    const client = new Client({ connectionString: db.ownerUrl });
    await client.connect();
    const rows = (await client.query('SELECT id FROM system_ping WHERE id = $1', [pingId])).rows;
    await client.end();
    expect(rows).toEqual([{ id: pingId }]);
  });

  it('enqueuing the same ping twice creates one job (idempotent job ids)', async () => {
    const pings = api.get(PingService);
    const at = new Date('2030-01-01T00:00:05Z');
    const first = await pings.requestPing(at);
    const second = await pings.requestPing(new Date('2030-01-01T00:00:20Z'));
    expect(second).toBe(first);
  });
});

describe('health when Redis is unreachable', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Port 9 (discard) on loopback: nothing listens, connections are refused.
    api = await createApiApp(testConfig(db, { REDIS_URL: 'redis://127.0.0.1:9' }));
    await api.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('answers 503 with redis down and the database still up', async () => {
    const response = await fetch(`${await api.getUrl()}/api/health`);
    expect(response.status).toBe(503);
    const body = healthResponseSchema.parse(await response.json());
    expect(body.status).toBe('down');
    expect(body.checks.redis.status).toBe('down');
    expect(body.checks.database.status).toBe('up');
  });
});
