import { z } from 'zod';
import { pageOf, paginationQuerySchema } from '../tenancy/tenants';

export const importModeSchema = z.enum(['dry-run', 'commit']);
export type ImportMode = z.infer<typeof importModeSchema>;
export const importStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed']);

export const importIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  /** `@id` of the node (or "(document)"), and the property path inside it. */
  node: z.string(),
  property: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() });
export const importSummarySchema = z.object({
  offers: counts,
  partners: counts,
  sessions: z.object({ created: z.number().int(), updated: z.number().int(), deleted: z.number().int(), unchanged: z.number().int() }),
  /** One line per offer: what happens (or happened) to it. */
  items: z.array(z.object({ node: z.string(), title: z.string(), action: z.enum(['create', 'update', 'unchanged', 'reject']) })),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importRunSchema = z.object({
  id: z.uuid(),
  mode: importModeSchema,
  status: importStatusSchema,
  /** 0–100 while running. */
  progress: z.number().int(),
  fileName: z.string().nullable(),
  sizeBytes: z.number().int(),
  /** true: the changes are in the database (commit that succeeded). */
  applied: z.boolean(),
  summary: importSummarySchema.nullable(),
  issues: z.array(importIssueSchema),
  /** Issues beyond the first 500 are counted, not listed. */
  issueCount: z.number().int(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** The dry run this commit was started from. */
  fromRunId: z.uuid().nullable(),
});
export type ImportRun = z.infer<typeof importRunSchema>;
export const importRunPageSchema = pageOf(importRunSchema.omit({ issues: true, summary: true }));
export const importQuerySchema = z.object({
  mode: importModeSchema.default('dry-run'),
  fileName: z.string().trim().max(200).optional(),
});
export const importListQuerySchema = paginationQuerySchema;
