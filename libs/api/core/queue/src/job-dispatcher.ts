import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';
import { DiscoveredHandler, resolveHandlers } from './handler-registry';
import { JOB_HANDLER_METADATA, JobContext, JobHandlerOf } from './job-handler';
import { JobName, isJobName, jobRegistry, jobsOfQueue } from './job-registry';
import { QueueName } from './queues';
import { REDIS_CONNECTION } from './queue.tokens';

type AnyHandler = JobHandlerOf<JobName>;

/** Runs in the worker only: finds the @JobHandler providers and starts one BullMQ worker per queue. */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly workers: Worker[] = [];
  private handlers = new Map<JobName, AnyHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.handlers = resolveHandlers<AnyHandler>(this.discoverHandlers());
    for (const queue of Object.values(QueueName)) {
      if (jobsOfQueue(queue).length === 0) continue;
      const worker = new Worker(queue, (job) => this.process(job), {
        connection: this.connection,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: this.config.WORKER_CONCURRENCY,
        autorun: true,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, jobName: job?.name, attempt: job?.attemptsMade, err: error.message }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.error({ queue, err: error.message }, 'worker error'));
      this.workers.push(worker);
    }
    this.logger.log({ queues: this.workers.map((w) => w.name), jobs: [...this.handlers.keys()] }, 'job dispatcher started');
  }

  isRunning(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.isRunning());
  }

  async process(job: Job): Promise<unknown> {
    if (!isJobName(job.name)) throw new UnrecoverableError(`Unknown job "${job.name}"`);
    const parsed = jobRegistry[job.name].payload.safeParse(job.data);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
      throw new UnrecoverableError(`Invalid payload for ${job.name}: ${detail}`);
    }
    const handler = this.handlers.get(job.name);
    if (!handler) throw new UnrecoverableError(`No handler for "${job.name}"`);
    const context: JobContext = {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
      progress: (percent) => job.updateProgress(Math.max(0, Math.min(100, percent))),
    };
    return handler.handle(parsed.data, context);
  }

  private discoverHandlers(): DiscoveredHandler[] {
    return this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.metatype && wrapper.instance)
      .flatMap((wrapper) => {
        const jobName = this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, wrapper.metatype as object as never);
        return jobName ? [{ jobName, className: wrapper.name, instance: wrapper.instance }] : [];
      });
  }

  /** Before connections close (onApplicationShutdown): running jobs finish while the database is still there. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
