import 'reflect-metadata';
import { Client } from 'pg';
import { z } from 'zod';
import { emailSchema } from '@knotenpunkt/shared/contracts';
import { EXIT, parseOwnerEnv } from './cli/owner-env';

const usage = `Usage: manage <command>
  grant-operator <email>    make an existing account a platform operator
  revoke-operator <email>   take the platform-operator role away (effective on its next request)
  list-operators            list the platform operators
  Connects as DATABASE_MIGRATION_URL (owner), else DATABASE_URL. Changes are written to the
  audit log (platform.operator-granted / platform.operator-revoked, no tenant).`;

const argsSchema = z.union([
  z.tuple([z.enum(['grant-operator', 'revoke-operator']), emailSchema]),
  z.tuple([z.literal('list-operators')]),
]);

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** `node dist/apps/api/manage.js <command>`: platform administration from the server's shell. */
async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  const args = argsSchema.safeParse(argv);
  if (!args.success) {
    if (command === 'grant-operator' || command === 'revoke-operator') {
      if (argv.length !== 2) throw new CliError(`${command} takes exactly one e-mail address.\n${usage}`, EXIT.usage);
      throw new CliError(`Not an e-mail address: "${argv[1]}".`, EXIT.usage);
    }
    throw new CliError(command && command !== 'list-operators' ? `Unknown command "${command}".\n${usage}` : usage, EXIT.usage);
  }
  const parsed = parseOwnerEnv(process.env);
  if (!parsed.ok) throw new CliError(parsed.message, EXIT.config);

  const client = new Client({ connectionString: parsed.env.ownerUrl, application_name: 'knotenpunkt-manage' });
  await client.connect();
  try {
    await client.query('BEGIN');
    // The tenancy tables force row-level security on the owner too; this is platform work.
    await client.query(`SELECT set_config('app.platform', 'on', true)`);
    const message = args.data[0] === 'list-operators' ? await listOperators(client) : await setOperator(client, args.data[0], args.data[1]);
    await client.query('COMMIT');
    console.log(message);
    return EXIT.ok;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function setOperator(client: Client, command: 'grant-operator' | 'revoke-operator', email: string): Promise<string> {
  const grant = command === 'grant-operator';
  const rows = await client.query<{ id: string; platform_role: string | null; email_verified_at: Date | null }>(
    `SELECT id, platform_role, email_verified_at FROM app_user WHERE email = $1 FOR UPDATE`,
    [email],
  );
  const user = rows.rows[0];
  if (!user) {
    throw new CliError(
      grant
        ? `No account with the e-mail address ${email}. The person signs up in the portal first (and confirms the address); then run grant-operator again.`
        : `No account with the e-mail address ${email}.`,
      EXIT.noUser,
    );
  }
  if (grant === (user.platform_role === 'operator')) {
    return `${email} ${grant ? 'is already' : 'is not'} a platform operator; nothing changed.`;
  }
  await client.query(`UPDATE app_user SET platform_role = $2, updated_at = now() WHERE id = $1`, [user.id, grant ? 'operator' : null]);
  await client.query(`INSERT INTO audit_log (tenant_id, actor_user_id, action, target, details) VALUES (NULL, NULL, $1, $2, $3)`, [
    grant ? 'platform.operator-granted' : 'platform.operator-revoked',
    `user:${user.id}`,
    JSON.stringify({ email, via: 'manage.js' }),
  ]);
  if (!grant) return `${email} is no longer a platform operator (effective on the next request of each of their sessions).`;
  const note = user.email_verified_at ? '' : ' The address is not confirmed yet: the account can log in once its owner has clicked the link in the verification mail.';
  return `${email} is now a platform operator.${note}`;
}

async function listOperators(client: Client): Promise<string> {
  const rows = await client.query<{ email: string; display_name: string }>(
    `SELECT email, display_name FROM app_user WHERE platform_role = 'operator' ORDER BY email`,
  );
  if (!rows.rows.length) return 'No platform operators.';
  return rows.rows.map((r) => `${r.email}  (${r.display_name})`).join('\n');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exit(error.exitCode);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(EXIT.failure);
  },
);
