import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';
import { REDIS_CONNECTION } from '@knotenpunkt/api/core/queue';
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
  ) {}

  async check(now = new Date()): Promise<HealthResponse> {
    const [database, redis, meilisearch] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
      this.meilisearchProbe(),
    ]);
    // Without MEILI_URL the search engine is PostgreSQL full-text search: it is up when the database is.
    const search = meilisearch ?? { status: database.status, engine: 'postgres' as const, ...(database.error ? { error: database.error } : {}) };
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

  private async meilisearchProbe(): Promise<HealthResponse['checks']['search'] | undefined> {
    const url = this.config.MEILI_URL;
    if (!url) return undefined;
    const result = await probe(async () => {
      const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
    });
    return { status: result.status, engine: 'meilisearch', ...(result.error ? { error: result.error } : {}) };
  }
}
