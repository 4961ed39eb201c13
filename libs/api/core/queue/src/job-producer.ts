import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';
import { JobName, JobPayload, jobRegistry } from './job-registry';
import { QueueName } from './queues';
import { REDIS_CONNECTION } from './queue.tokens';

export interface EnqueueOptions {
  /** Derive it from the business key: BullMQ ignores a second add with the same id, so retries of the caller never duplicate work. */
  jobId: string;
  delayMs?: number;
}

/** The only way to put a job on a queue: validates the payload against the registry first. */
@Injectable()
export class JobProducer implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions): Promise<string> {
    const definition = jobRegistry[name];
    const data = definition.payload.parse(payload);
    const jobOptions: JobsOptions = {
      jobId: options.jobId,
      attempts: definition.attempts,
      backoff: { type: 'exponential', delay: 1000 },
      delay: options.delayMs,
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
    const job = await this.queue(definition.queue).add(name, data, jobOptions);
    return job.id ?? options.jobId;
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.config.QUEUE_PREFIX });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
