import { z } from 'zod';

/** One problem with one field of a request; `path` names the field as the client sent it. */
export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
});

/** The body of every 4xx/5xx answer of the api. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  /** Machine-readable reason for domain errors, e.g. `last-owner`, `email-not-verified`. */
  code: z.string().optional(),
  issues: z.array(fieldIssueSchema).optional(),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
export type FieldIssue = z.infer<typeof fieldIssueSchema>;
