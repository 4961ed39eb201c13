import { z } from 'zod';
import { QueueName } from './queues';

/** Payload fields every tenant-owned job carries, so the processor can restore tenant context. */
export const tenantJobPayload = z.object({ tenantId: z.uuid() });

interface JobDefinition {
  queue: QueueName;
  /** true: the job touches one tenant's data and its payload has `tenantId`. */
  tenantScoped: boolean;
  payload: z.ZodObject;
  /** Attempts before the job counts as failed (exponential back-off between them). */
  attempts: number;
  /** First back-off delay in ms, doubled on every further attempt (default DEFAULT_BACKOFF_MS). */
  backoffMs?: number;
}

export const DEFAULT_BACKOFF_MS = 1000;

/**
 * The one map of job name → queue and zod payload. Adding a job here without a handler (or
 * with two) stops the worker at boot, see JobDispatcher.
 */
export const jobRegistry = {
  'system.ping': {
    queue: QueueName.System,
    tenantScoped: false,
    attempts: 3,
    payload: z.object({
      pingId: z.string().regex(/^[\w:-]{1,100}$/),
      requestedAt: z.iso.datetime(),
    }),
  },
  /** Sends one row of mail_outbox (libs/api/core/mail). Idempotent: a sent row is never sent again. */
  'mail.send': {
    queue: QueueName.Mail,
    tenantScoped: false,
    // 3 s, 6 s, 12 s … 192 s: about 6 minutes of SMTP trouble before the mail counts as failed.
    attempts: 8,
    backoffMs: 3000,
    payload: z.object({ mailId: z.uuid() }),
  },
  /** Repeated by a BullMQ job scheduler: re-enqueues pending outbox rows whose job was lost. */
  'mail.relay': {
    queue: QueueName.Mail,
    tenantScoped: false,
    attempts: 1,
    payload: z.object({}),
  },
  /** Hourly: deletes expired sessions and spent one-time tokens (accounts, no tenant). */
  'tenancy.purgeExpired': {
    queue: QueueName.System,
    tenantScoped: false,
    attempts: 1,
    payload: z.object({}),
  },
  /** Runs one uploaded exchange file (dry run or commit); not retried: the run row reports the outcome. */
  'catalogue.import': {
    queue: QueueName.Catalogue,
    tenantScoped: true,
    attempts: 1,
    payload: tenantJobPayload.extend({ importId: z.uuid() }),
  },
  /** Every 15 min: published offers whose last session is over become "past" (and leave search). */
  'catalogue.markPast': {
    queue: QueueName.Catalogue,
    tenantScoped: false,
    attempts: 1,
    payload: z.object({}),
  },
  /** Hourly: import runs whose job was lost become failed; files of old dry runs are dropped. */
  'catalogue.expireImports': {
    queue: QueueName.Catalogue,
    tenantScoped: false,
    attempts: 1,
    payload: z.object({}),
  },
  /** Every 6 h: reminds editors of published offers that were not edited for a while. */
  'catalogue.freshnessReminder': {
    queue: QueueName.Catalogue,
    tenantScoped: false,
    attempts: 3,
    payload: z.object({}),
  },
  /** Every second (scheduler shared by replicas): moves index_outbox rows into the search engine. */
  'search.relay': {
    queue: QueueName.Search,
    tenantScoped: false,
    attempts: 1,
    payload: z.object({}),
  },
  /** Full rebuild of the search index with progress; the old index answers until the swap. */
  'search.reindex': {
    queue: QueueName.Search,
    tenantScoped: false,
    attempts: 1,
    payload: z.object({ requestedAt: z.iso.datetime() }),
  },
} as const satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof jobRegistry;
export type JobPayload<N extends JobName> = z.infer<(typeof jobRegistry)[N]['payload']>;

export const jobNames = Object.keys(jobRegistry) as JobName[];

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(jobRegistry, name);
}

export function backoffOf(name: JobName): number {
  return (jobRegistry[name] as JobDefinition).backoffMs ?? DEFAULT_BACKOFF_MS;
}

export function jobsOfQueue(queue: QueueName): JobName[] {
  return jobNames.filter((name) => jobRegistry[name].queue === queue);
}
