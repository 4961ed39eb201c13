import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { JobDispatcher } from './job-dispatcher';
import { LIVENESS_FILE, REDIS_CONNECTION } from './queue.tokens';

/** Read by the container health check (docker/node/healthcheck.cjs): missing or older than 60 s = unhealthy. */
export const WORKER_LIVENESS_FILE = join(tmpdir(), 'worker.alive');
const INTERVAL_MS = 15_000;

/**
 * The worker has no HTTP port, so it proves it is alive by touching a file while its queue
 * consumers run and Redis answers.
 */
@Injectable()
export class WorkerLiveness implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerLiveness.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dispatcher: JobDispatcher,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
    @Inject(LIVENESS_FILE) private readonly file: string,
  ) {}

  onApplicationBootstrap(): void {
    void this.beat();
    this.timer = setInterval(() => void this.beat(), INTERVAL_MS);
    this.timer.unref();
  }

  async beat(): Promise<boolean> {
    try {
      const alive = this.dispatcher.isRunning() && (await this.redis.ping()) === 'PONG';
      if (alive) writeFileSync(this.file, new Date().toISOString());
      return alive;
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'liveness check failed');
      return false;
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    rmSync(this.file, { force: true });
  }
}
