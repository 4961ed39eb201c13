import { Redis, RedisOptions } from 'ioredis';

/**
 * BullMQ needs maxRetriesPerRequest: null on connections used by workers (blocking commands);
 * producers use the same settings so a short Redis outage delays instead of failing requests.
 */
export function createRedisConnection(url: string, name: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: false,
    ...overrides,
  });
}
