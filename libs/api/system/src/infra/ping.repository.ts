import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { SystemPingEntity } from './system-ping.entity';

/** Platform-level table (no tenant): the worker's answers to health pings. */
@Injectable()
export class PingRepository {
  constructor(@InjectRepository(SystemPingEntity) private readonly pings: Repository<SystemPingEntity>) {}

  /** Idempotent: a retried job records the same ping once. */
  async record(ping: { id: string; requestedAt: Date; workerId: string }): Promise<void> {
    await this.pings
      .createQueryBuilder()
      .insert()
      .values({ ...ping, processedAt: new Date() })
      .orIgnore()
      .execute();
  }

  async latestProcessedAt(): Promise<Date | null> {
    const latest = await this.pings.find({ order: { processedAt: 'DESC' }, take: 1 });
    return latest[0]?.processedAt ?? null;
  }

  async deleteOlderThan(cutoff: Date): Promise<void> {
    await this.pings.delete({ processedAt: LessThan(cutoff) });
  }
}
