import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@knotenpunkt/api/core/config';
import { REDIS_CONNECTION } from '@knotenpunkt/api/core/queue';

/** Redis does not answer in this time: treat the version as unknown (no caching) instead of waiting. */
const VERSION_TIMEOUT_MS = 200;

/**
 * A counter in Redis that the indexer raises after every change of the index; api processes put
 * it into their cache keys, so a result computed before a change is never served after it.
 */
@Injectable()
export class SearchChanges {
  private readonly logger = new Logger(SearchChanges.name);
  private readonly key: string;

  constructor(
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = `${config.QUEUE_PREFIX}:search:version`;
  }

  /** Never throws: a missed raise only costs the cache's maximum age. */
  async announce(): Promise<void> {
    await this.redis.incr(this.key).catch((error: Error) => this.logger.warn({ err: error.message }, 'search change not announced'));
  }

  private pending: Promise<string | null> | null = null;

  /**
   * The current version, or null when Redis cannot say (then nothing may be cached). Callers
   * that ask while a read is under way share it (a search asks twice: its cache and the
   * in-memory index), so concurrent searches cost Redis one round trip.
   */
  version(): Promise<string | null> {
    this.pending ??= this.read().finally(() => (this.pending = null));
    return this.pending;
  }

  private async read(): Promise<string | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), VERSION_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.redis.get(this.key).then((v) => v ?? '0'), timeout]);
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
