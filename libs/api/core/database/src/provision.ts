import { Client } from 'pg';
import { withCredentials } from './connection-url';
import { APP_GROUP_ROLE, REQUIRED_EXTENSIONS, RoleProvisioning, assertIdentifier, quoteLiteral } from './roles';

/** Serialises provisioning across processes (parallel test files, several starts). */
const PROVISION_LOCK = 724_001;

/**
 * Creates the roles and the database if they are missing; re-running changes nothing except
 * passwords, which are set to the given ones. Needs a superuser connection.
 */
export async function provisionDatabase(options: RoleProvisioning): Promise<void> {
  const database = assertIdentifier(options.database, 'database name');
  const owner = assertIdentifier(options.owner.name, 'owner role');
  const app = assertIdentifier(options.app.name, 'app role');
  const client = new Client({ connectionString: options.adminUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PROVISION_LOCK]);
    await ensureRole(client, APP_GROUP_ROLE, 'NOLOGIN');
    await ensureRole(client, owner, `LOGIN PASSWORD ${quoteLiteral(options.owner.password)}`);
    await ensureRole(
      client,
      app,
      `LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${quoteLiteral(options.app.password)} IN ROLE ${APP_GROUP_ROLE}`,
    );
    await client.query(`GRANT ${APP_GROUP_ROLE} TO ${app}`);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${database} OWNER ${owner} ENCODING 'UTF8' TEMPLATE template0`);
    }
    await client.query(`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${APP_GROUP_ROLE}`);
    await createExtensions(withCredentials(options.adminUrl, { database }));
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PROVISION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function createExtensions(databaseAdminUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseAdminUrl });
  await client.connect();
  try {
    for (const extension of REQUIRED_EXTENSIONS) {
      await client.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    }
  } finally {
    await client.end();
  }
}

async function ensureRole(client: Client, name: string, attributes: string): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  if (found.rowCount === 0) {
    await client.query(`CREATE ROLE ${name} ${attributes}`);
    return;
  }
  const alterable = attributes.replace(/\bIN ROLE \w+$/, '').trim();
  if (alterable) await client.query(`ALTER ROLE ${name} ${alterable}`);
}
