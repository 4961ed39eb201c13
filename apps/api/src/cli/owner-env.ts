import { z } from 'zod';

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// URL');

/** The variables of the owner-role command-line tools (as load-regions.js reads them). */
const ownerEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  NODE_ENV: z.string().optional(),
});

export type OwnerEnv = { ownerUrl: string; nodeEnv: string | undefined };

/** Parses the environment (empty values count as unset); on failure the lines to print. */
export function parseOwnerEnv(env: NodeJS.ProcessEnv): { ok: true; env: OwnerEnv } | { ok: false; message: string } {
  const result = ownerEnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!result.success) {
    return { ok: false, message: `Invalid configuration:\n${result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}` };
  }
  return { ok: true, env: { ownerUrl: result.data.DATABASE_MIGRATION_URL ?? result.data.DATABASE_URL, nodeEnv: result.data.NODE_ENV } };
}

/** sysexits(3) codes the tools share with migrate.js. */
export const EXIT = { ok: 0, failure: 1, usage: 64, noUser: 67, config: 78 } as const;
