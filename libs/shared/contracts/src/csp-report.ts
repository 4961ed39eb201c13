import { z } from 'zod';

/** Browsers post this (Content-Type application/csp-report) when a page breaks its Content-Security-Policy. */
export const cspReportSchema = z.object({
  'csp-report': z.object({
    'document-uri': z.string().max(2048),
    'violated-directive': z.string().max(512).optional(),
    'effective-directive': z.string().max(512).optional(),
    'blocked-uri': z.string().max(2048).optional(),
    'original-policy': z.string().max(4096).optional(),
    disposition: z.enum(['enforce', 'report']).optional(),
    'status-code': z.number().int().optional(),
  }),
});
export type CspReport = z.infer<typeof cspReportSchema>;
