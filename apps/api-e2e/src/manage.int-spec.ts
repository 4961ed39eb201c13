import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApiApp } from '@knotenpunkt/api/bootstrap';
import { createTestDatabase, testConfig, type TestDatabase } from '@knotenpunkt/api/core/testing';
import { hashPassword } from '@knotenpunkt/api/tenancy';

// Runs the built admin tool (dist/apps/api/manage.js) against a fresh database.
const root = join(__dirname, '../../..');
const manageBundle = join(root, 'dist/apps/api/manage.js');
const PASSWORD = 'ein-langes-Test-Passwort';
const EMAIL = 'koordination@landkreis.example';

describe('manage.js grant-operator / revoke-operator', () => {
  let db: TestDatabase;
  let owner: Client;
  let api: NestFastifyApplication;
  let baseUrl: string;
  let userId: string;

  const manage = (args: string[], env?: Record<string, string>) =>
    spawnSync(process.execPath, [manageBundle, ...args], {
      env: env ?? { PATH: process.env['PATH'] ?? '', DATABASE_URL: db.appUrl, DATABASE_MIGRATION_URL: db.ownerUrl },
      encoding: 'utf8',
      timeout: 30_000,
    });
  const sql = async <T>(text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as T[];
  const auditRows = () =>
    sql<{ action: string; tenant_id: string | null; actor_user_id: string | null; target: string; details: Record<string, unknown> }>(
      `SELECT action, tenant_id, actor_user_id, target, details FROM audit_log WHERE action LIKE 'platform.%' ORDER BY occurred_at, action`,
    );

  /** A logged-in cookie header for the account. */
  const loginCookie = async () => {
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    expect(response.status).toBe(200);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  };
  const get = async (path: string, cookie: string) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { cookie } });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    if (!existsSync(manageBundle)) throw new Error(`${manageBundle} is missing: run \`npx nx build api\` first`);
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query(`SET app.platform = 'on'`);
    const rows = await sql<{ id: string }>(
      `INSERT INTO app_user (email, password_hash, display_name, email_verified_at) VALUES ($1, $2, 'Kim Koordination', now()) RETURNING id`,
      [EMAIL, await hashPassword(PASSWORD)],
    );
    userId = (rows[0] as { id: string }).id;
    api = await createApiApp(testConfig(db));
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
  });
  afterAll(async () => {
    await api?.close();
    await owner?.end();
    await db?.drop();
  });

  it('explains its usage and rejects malformed arguments and configuration', () => {
    for (const args of [[], ['frobnicate'], ['grant-operator'], ['grant-operator', EMAIL, 'extra']]) {
      const result = manage(args);
      expect([args, result.status]).toEqual([args, 64]);
      expect(result.stderr).toContain('Usage: manage <command>');
    }
    const notEmail = manage(['grant-operator', 'not-an-address']);
    expect(notEmail.status).toBe(64);
    expect(notEmail.stderr).toContain('Not an e-mail address: "not-an-address"');
    const noConfig = manage(['grant-operator', EMAIL], { PATH: process.env['PATH'] ?? '' });
    expect(noConfig.status).toBe(78);
    expect(noConfig.stderr).toMatch(/Invalid configuration:\n {2}- DATABASE_URL/);
  });

  it('rejects unknown e-mail addresses with a non-zero exit code and changes nothing', async () => {
    for (const command of ['grant-operator', 'revoke-operator']) {
      const result = manage([command, 'niemand@landkreis.example']);
      expect(result.status).toBe(67);
      expect(result.stderr).toContain('No account with the e-mail address niemand@landkreis.example');
    }
    expect(await auditRows()).toEqual([]);
  });

  it('grant makes the account an operator at once (next request), with an audit row without tenant; revoke undoes it', async () => {
    const cookie = await loginCookie();
    expect((await get('/auth/session', cookie)).body.user.platformRole).toBeNull();
    expect((await get('/platform/tenants', cookie)).status).toBe(403);

    // Addresses are matched case-insensitively, as at login.
    const granted = manage(['grant-operator', 'Koordination@Landkreis.example']);
    expect(granted.stderr).toBe('');
    expect(granted.status).toBe(0);
    expect(granted.stdout).toContain(`${EMAIL} is now a platform operator.`);
    expect((await sql<{ platform_role: string }>(`SELECT platform_role FROM app_user WHERE id = $1`, [userId]))[0]?.platform_role).toBe('operator');
    expect((await get('/auth/session', cookie)).body.user.platformRole).toBe('operator');
    expect((await get('/platform/tenants', cookie)).status).toBe(200);

    const again = manage(['grant-operator', EMAIL]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already a platform operator; nothing changed');
    expect(manage(['list-operators']).stdout).toContain(`${EMAIL}  (Kim Koordination)`);

    const revoked = manage(['revoke-operator', EMAIL]);
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toContain(`${EMAIL} is no longer a platform operator`);
    expect((await get('/auth/session', cookie)).body.user.platformRole).toBeNull();
    expect((await get('/platform/tenants', cookie)).status).toBe(403);
    expect(manage(['revoke-operator', EMAIL]).stdout).toContain('is not a platform operator; nothing changed');
    expect(manage(['list-operators']).stdout.trim()).toBe('No platform operators.');

    const expected = { tenant_id: null, actor_user_id: null, target: `user:${userId}`, details: { email: EMAIL, via: 'manage.js' } };
    expect(await auditRows()).toEqual([
      { action: 'platform.operator-granted', ...expected },
      { action: 'platform.operator-revoked', ...expected },
    ]);
  });

  it('the audit rows show up in the platform audit for an operator', async () => {
    expect(manage(['grant-operator', EMAIL]).status).toBe(0);
    const cookie = await loginCookie();
    const audit = await get('/platform/audit?action=platform', cookie);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual([
      'platform.operator-granted',
      'platform.operator-revoked',
      'platform.operator-granted',
    ]);
    expect(audit.body.items[0]).toMatchObject({ tenantId: null, actor: null, target: `user:${userId}` });
  });
});
