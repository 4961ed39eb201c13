import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateUp, provisionDatabase, withCredentials } from '@knotenpunkt/api/core/database';

export interface TestDatabase {
  name: string;
  /** Owner connection: migrations and test fixtures that need to bypass the app role. */
  ownerUrl: string;
  /** Application role connection: what the api and worker use. */
  appUrl: string;
  drop(): Promise<void>;
}

const TEST_OWNER = { name: 'kp_test_owner', password: 'kp_test_owner' };
const TEST_APP = { name: 'kp_test_app', password: 'kp_test_app' };

export function testAdminUrl(): string {
  const url = process.env['TEST_DATABASE_ADMIN_URL'];
  if (!url) {
    throw new Error(
      'TEST_DATABASE_ADMIN_URL is not set. Run tests with `npm test`, which starts PostgreSQL and Redis, ' +
        'or export a superuser URL such as postgres://postgres:postgres@127.0.0.1:5432/postgres.',
    );
  }
  return url;
}

/** A fresh, migrated database for one test file; call drop() in afterAll. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const name = `kp_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await provisionDatabase({ adminUrl, database: name, owner: TEST_OWNER, app: TEST_APP });
  const ownerUrl = withCredentials(adminUrl, { user: TEST_OWNER.name, password: TEST_OWNER.password, database: name });
  const appUrl = withCredentials(adminUrl, { user: TEST_APP.name, password: TEST_APP.password, database: name });
  if (options.migrate !== false) await migrateUp(ownerUrl);
  return {
    name,
    ownerUrl,
    appUrl,
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Runs one statement on its own connection (fixtures and checks in tests, e.g. as the owner or the app role). */
export async function queryAs<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
