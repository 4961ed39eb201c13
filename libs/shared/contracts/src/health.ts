import { z } from 'zod';

export const componentStatusSchema = z.enum(['up', 'down', 'degraded', 'unknown']);
export type ComponentStatus = z.infer<typeof componentStatusSchema>;

export const healthResponseSchema = z.object({
  /** ok: everything up; degraded: serving, but a background part lags; down: cannot serve. */
  status: z.enum(['ok', 'degraded', 'down']),
  version: z.string(),
  checkedAt: z.iso.datetime(),
  checks: z.object({
    database: z.object({ status: componentStatusSchema, latencyMs: z.number().nonnegative().optional(), error: z.string().optional() }),
    redis: z.object({ status: componentStatusSchema, latencyMs: z.number().nonnegative().optional(), error: z.string().optional() }),
    search: z.object({
      status: componentStatusSchema,
      engine: z.enum(['meilisearch', 'postgres']),
      error: z.string().optional(),
    }),
    worker: z.object({
      status: componentStatusSchema,
      lastPingAt: z.iso.datetime().nullable(),
    }),
  }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
