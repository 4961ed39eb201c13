import { z } from 'zod';
import { describeUrl } from './connection-url';
import { migrateDown, migrateUp, migrationStatus } from './migrator';
import { provisionDatabase } from './provision';

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// URL');

const cliEnvSchema = z.object({
  DATABASE_URL: postgresUrl,
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  /** Only for `provision`: a superuser connection to the cluster. */
  DATABASE_ADMIN_URL: postgresUrl.optional(),
});

const usage = `Usage: migrate <command>
  up              apply pending migrations (as DATABASE_MIGRATION_URL, else DATABASE_URL)
  down [steps]    revert the last migration, or the last <steps> ("all" reverts every one)
  status          list migrations and whether they are applied
  provision       create roles and database named in DATABASE_MIGRATION_URL (owner) and
                  DATABASE_URL (application role) using DATABASE_ADMIN_URL; idempotent`;

function parseEnv(env: NodeJS.ProcessEnv) {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = cliEnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new CliError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

class CliError extends Error {}

/** Entry point of `node dist/apps/api/migrate.js`; returns the process exit code. */
export async function runMigrationCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, arg] = argv;
  try {
    const config = parseEnv(env);
    const ownerUrl = config.DATABASE_MIGRATION_URL ?? config.DATABASE_URL;
    switch (command) {
      case 'up': {
        const applied = await migrateUp(ownerUrl);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: schema is current.');
        return 0;
      }
      case 'down': {
        const steps = arg === 'all' ? Number.POSITIVE_INFINITY : Number(arg ?? 1);
        if (!Number.isInteger(steps) && steps !== Number.POSITIVE_INFINITY) throw new CliError(`steps must be a positive integer or "all", got "${arg}"`);
        if (steps < 1) throw new CliError(`steps must be a positive integer or "all", got "${arg}"`);
        const reverted = await migrateDown(ownerUrl, steps);
        console.log(reverted.length ? `Reverted: ${reverted.join(', ')}` : 'Nothing to revert.');
        return 0;
      }
      case 'status': {
        for (const m of await migrationStatus(ownerUrl)) console.log(`${m.applied ? '[x]' : '[ ]'} ${m.name}`);
        return 0;
      }
      case 'provision': {
        if (!config.DATABASE_ADMIN_URL) throw new CliError('DATABASE_ADMIN_URL is missing: expected a postgres:// URL of a superuser');
        const owner = describeUrl(ownerUrl);
        const app = describeUrl(config.DATABASE_URL);
        if (owner.user === app.user) {
          throw new CliError('DATABASE_URL and DATABASE_MIGRATION_URL must use different roles (the app role must not own tables)');
        }
        if (owner.database !== app.database) throw new CliError('DATABASE_URL and DATABASE_MIGRATION_URL must name the same database');
        await provisionDatabase({
          adminUrl: config.DATABASE_ADMIN_URL,
          database: owner.database,
          owner: { name: owner.user, password: owner.password },
          app: { name: app.user, password: app.password },
        });
        console.log(`Provisioned database ${owner.database} (owner ${owner.user}, app role ${app.user}).`);
        return 0;
      }
      default:
        console.error(usage);
        return 64;
    }
  } catch (error) {
    console.error(error instanceof CliError ? error.message : error);
    return error instanceof CliError ? 78 : 1;
  }
}
