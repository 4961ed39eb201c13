import { Injectable } from '@nestjs/common';
import { JobProducer } from '@knotenpunkt/api/core/queue';
import { PingRepository } from '../infra/ping.repository';

/** One ping per window: every api replica computes the same job id, so they share it. */
export const PING_WINDOW_MS = 30_000;

@Injectable()
export class PingService {
  constructor(
    private readonly jobs: JobProducer,
    private readonly pings: PingRepository,
  ) {}

  pingIdFor(now: Date): string {
    return `ping-${Math.floor(now.getTime() / PING_WINDOW_MS)}`;
  }

  async requestPing(now = new Date()): Promise<string> {
    const pingId = this.pingIdFor(now);
    await this.jobs.enqueue('system.ping', { pingId, requestedAt: now.toISOString() }, { jobId: pingId });
    return pingId;
  }

  latestProcessedAt(): Promise<Date | null> {
    return this.pings.latestProcessedAt();
  }
}
