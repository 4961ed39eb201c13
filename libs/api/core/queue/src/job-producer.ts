import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';
import { JobName, JobPayload, backoffOf, jobRegistry } from './job-registry';
import { QueueName } from './queues';
import { REDIS_CONNECTION } from './queue.tokens';

export interface EnqueueOptions {
  /**
   * Derive it from the business key: BullMQ ignores a second add with the same id, so retries of
   * the caller never duplicate work. BullMQ refuses ids with a single ":" (use "-").
   */
  jobId: string;
  delayMs?: number;
  /**
   * When a finished (completed or failed) job with this id is still kept in Redis, remove it
   * first so the work runs again. For relays that know the work is still undone; a waiting,
   * delayed or active job with the id is left alone (the add is then ignored as usual).
   */
  replaceFinished?: boolean;
}

const KEEP_COMPLETED = { age: 24 * 3600, count: 1000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };

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
    const queue = this.queue(definition.queue);
    if (options.replaceFinished) {
      const existing = await queue.getJob(options.jobId);
      if (existing && ((await existing.isCompleted()) || (await existing.isFailed()))) await existing.remove();
    }
    const jobOptions: JobsOptions = {
      ...this.retryOptions(name),
      jobId: options.jobId,
      delay: options.delayMs,
    };
    const job = await queue.add(name, data, jobOptions);
    return job.id ?? options.jobId;
  }

  /**
   * Creates or updates a BullMQ job scheduler that adds `name` every `everyMs`. Every process
   * may call it with the same `schedulerId`: Redis keeps one scheduler, so replicas share it.
   */
  async schedule<N extends JobName>(schedulerId: string, name: N, payload: JobPayload<N>, everyMs: number): Promise<void> {
    const definition = jobRegistry[name];
    const data = definition.payload.parse(payload);
    await this.queue(definition.queue).upsertJobScheduler(
      schedulerId,
      { every: everyMs },
      { name, data, opts: { ...this.retryOptions(name), removeOnComplete: { age: 3600, count: 100 } } },
    );
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

  private retryOptions(name: JobName): JobsOptions {
    return {
      attempts: jobRegistry[name].attempts,
      backoff: { type: 'exponential', delay: backoffOf(name) },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
  }
}
