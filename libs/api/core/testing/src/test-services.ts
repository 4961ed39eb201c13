import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@knotenpunkt/api/core/config';
import type { TestDatabase } from './test-database';

export function testRedisUrl(): string {
  const url = process.env['TEST_REDIS_URL'];
  if (!url) {
    throw new Error(
      'TEST_REDIS_URL is not set. Run tests with `npm test`, which starts PostgreSQL and Redis, ' +
        'or export the URL of a Redis you may flush, such as redis://127.0.0.1:6379.',
    );
  }
  return url;
}

/** A queue prefix of its own, so parallel test files never see each other's jobs. */
export function uniqueQueuePrefix(): string {
  return `kpt:${randomBytes(4).toString('hex')}`;
}

/** App config pointing at a test database (as the application role) and the test Redis. */
export function testConfig(database: TestDatabase, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    DATABASE_URL: database.appUrl,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: uniqueQueuePrefix(),
    WORKER_CONCURRENCY: '2',
    ...overrides,
  });
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
