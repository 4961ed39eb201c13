import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';
import { REDIS_CONNECTION } from '@knotenpunkt/api/core/queue';
import { SEARCH_INDEX, type SearchIndex } from '@knotenpunkt/api/search';
import type { ComponentStatus, HealthResponse } from '@knotenpunkt/shared/contracts';
import { PingService } from './ping.service';
import { workerStatus } from './worker-status';

const CHECK_TIMEOUT_MS = 2000;

interface Probe {
  status: ComponentStatus;
  latencyMs?: number;
  error?: string;
}

async function probe(work: () => Promise<unknown>): Promise<Probe> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pings: PingService,
    @Optional() @Inject(SEARCH_INDEX) private readonly searchIndex?: SearchIndex,
  ) {}

  async check(now = new Date()): Promise<HealthResponse> {
    const [database, redis, engine] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
      this.searchEngineProbe(),
    ]);
    // An engine without its own probe (PostgreSQL full-text search) is up when the database is.
    const search = engine ?? { status: database.status, engine: this.searchIndex?.engine ?? ('postgres' as const), ...(database.error ? { error: database.error } : {}) };
    const lastPingAt = database.status === 'up' ? await this.pings.latestProcessedAt().catch(() => null) : null;
    if (redis.status === 'up') {
      // The health check drives the worker ping, so `worker` reflects a real round trip.
      await this.pings.requestPing(now).catch((error: Error) => this.logger.warn({ err: error.message }, 'ping not enqueued'));
    }
    const worker = { status: workerStatus(lastPingAt, now), lastPingAt: lastPingAt?.toISOString() ?? null };
    const serving = database.status === 'up' && redis.status === 'up';
    const complete = search.status === 'up' && worker.status === 'up';
    return {
      status: !serving ? 'down' : complete ? 'ok' : 'degraded',
      version: this.config.APP_VERSION,
      checkedAt: now.toISOString(),
      checks: { database, redis, search, worker },
    };
  }

  /** Asks the search port's engine itself (Meilisearch: its /health); undefined when it has no probe. */
  private async searchEngineProbe(): Promise<HealthResponse['checks']['search'] | undefined> {
    const index = this.searchIndex;
    if (!index?.ping) return undefined;
    const result = await probe(() => (index.ping as () => Promise<void>).call(index));
    return { status: result.status, engine: index.engine, ...(result.error ? { error: result.error } : {}) };
  }
}
