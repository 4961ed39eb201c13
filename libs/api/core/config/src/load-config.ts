import { z } from 'zod';
import { AppConfig, envSchema } from './env.schema';

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, so `FOO=` in a .env file falls back to the default. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
}

function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string>): string {
  const name = issue.path.join('.');
  if (!(name in env)) {
    return `${name} is missing: ${expectation(issue)}`;
  }
  return `${name} is invalid: ${issue.message}`;
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = withoutEmpty(env);
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => describeIssue(i, cleaned)));
  }
  return Object.freeze(result.data);
}

/** For entry points: parse or stop the process with a readable message and exit code 78 (EX_CONFIG). */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee docs/configuration.md for every variable.\n`);
      process.exit(78);
    }
    throw error;
  }
}

export function migrationDatabaseUrl(config: AppConfig): string {
  return config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL;
}
