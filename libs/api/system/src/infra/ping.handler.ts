import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { JobHandler, JobHandlerOf, JobPayload } from '@knotenpunkt/api/core/queue';
import { PingRepository } from './ping.repository';

const KEEP_PINGS_MS = 24 * 3600 * 1000;

@Injectable()
@JobHandler('system.ping')
export class PingHandler implements JobHandlerOf<'system.ping'> {
  private readonly workerId = `${hostname()}:${process.pid}`;

  constructor(private readonly pings: PingRepository) {}

  async handle(payload: JobPayload<'system.ping'>): Promise<{ workerId: string }> {
    await this.pings.record({ id: payload.pingId, requestedAt: new Date(payload.requestedAt), workerId: this.workerId });
    await this.pings.deleteOlderThan(new Date(Date.now() - KEEP_PINGS_MS));
    return { workerId: this.workerId };
  }
}
