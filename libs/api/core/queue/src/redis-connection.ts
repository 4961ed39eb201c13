import { Redis, RedisOptions } from 'ioredis';

/**
 * BullMQ needs maxRetriesPerRequest: null on connections used by workers (blocking commands);
 * producers use the same settings so a short Redis outage delays instead of failing requests.
 *
 * closeRedisConnection ends it politely when Redis is reachable and at once when it is not.
 */
export function createRedisConnection(url: string, name: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    // Connects on first use, so a process that fails at boot leaves no socket behind.
    lazyConnect: true,
    // When Redis is gone, closing waits this long before dropping the socket (ioredis default: 2 s).
    disconnectTimeout: 500,
    ...overrides,
  });
}

export async function closeRedisConnection(connection: Redis): Promise<void> {
  if (connection.status !== 'ready') {
    connection.disconnect();
    return;
  }
  await connection.quit().catch(() => connection.disconnect());
}
