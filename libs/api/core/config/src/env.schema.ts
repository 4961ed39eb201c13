import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const smtpUrl = z
  .string()
  .url()
  .refine((v) => /^smtps?:\/\/[^/?#]/.test(v), 'must start with smtp:// or smtps:// and name a host');

/** "Name <address>" or a bare address; no line breaks (they would end the header). */
const mailbox = z
  .string()
  .max(320)
  .regex(
    /^(?:[^<>\r\n"]*[^<>\r\n"\s] <[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>|[^<>\s@"]+@[^<>\s@]+\.[^<>\s@]+)$/,
    'must be "Name <address@domain>" or "address@domain"',
  );

/**
 * Every environment variable the api and worker read. Parsed once at boot; nothing else reads
 * process.env (lint keeps it that way in feature code).
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Shown by /api/health; the image build sets it to the release. */
  APP_VERSION: z.string().max(64).default('dev'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFlag.default(false),

  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(3000),
  /** Upper bound for any request body, in bytes (default 1 MiB). Imports get their own limit later. */
  API_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  /** Upper bound for exchange files sent as application/ld+json to the import endpoint (default 64 MiB). */
  IMPORT_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(512 * 1024 * 1024).default(64 * 1024 * 1024),
  /** Set when the api runs behind a reverse proxy (nginx in docker/), so client IPs are right. */
  API_TRUST_PROXY: booleanFlag.default(false),
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:4200'),

  DATABASE_URL: postgresUrl,
  /** Owner role for migrations; the api and worker connect as a role that does not own the tables. */
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),

  REDIS_URL: z
    .string()
    .url()
    .refine((v) => /^rediss?:\/\//.test(v), 'must start with redis:// or rediss://'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_-]{1,40}$/, 'only a-z, 0-9, ":", "_" and "-", at most 40 characters')
    .default('kp'),

  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
  /** `off`: every search is computed (the result cache is bypassed), to measure the engine itself. */
  SEARCH_RESULT_CACHE: z.enum(['on', 'off']).default('on'),

  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),

  /**
   * Where the worker hands mails over: smtp:// (STARTTLS when offered) or smtps:// (TLS from the
   * start), credentials in the URL (percent-encoded). The default is the local sink of `npm start`.
   */
  SMTP_URL: smtpUrl.default('smtp://127.0.0.1:1025'),
  /** Sender of every mail. */
  MAIL_FROM: mailbox.default('Knotenpunkt <no-reply@knotenpunkt.localhost>'),
});

export type AppConfig = Readonly<z.infer<typeof envSchema>>;
