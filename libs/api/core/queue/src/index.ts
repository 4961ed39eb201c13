export { QueueName } from './queues';
export { jobRegistry, jobNames, tenantJobPayload, isJobName, backoffOf, type JobName, type JobPayload } from './job-registry';
export { JobHandler, type JobHandlerOf, type JobContext } from './job-handler';
export { JobProducer, type EnqueueOptions } from './job-producer';
export { QueueModule } from './queue.module';
export { REDIS_CONNECTION } from './queue.tokens';
export { HandlerRegistryError, resolveHandlers } from './handler-registry';
export { createRedisConnection } from './redis-connection';
export { WORKER_LIVENESS_FILE } from './worker-liveness';
