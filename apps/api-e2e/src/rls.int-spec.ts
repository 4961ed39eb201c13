import { Client } from 'pg';
import { asAppRole } from './support/as-app-role';
import { startTenancyStack, type TenancyStack } from './support/tenancy-stack';

/**
 * Row-level security as the second wall: queries run as the application role (as the api does),
 * deliberately without any `WHERE tenant_id = …`.
 */
describe('row-level security on tenant-owned tables', () => {
  let stack: TenancyStack;
  let app: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTenancyStack();
    const a = await stack.seedTenant('traeger-a');
    const b = await stack.seedTenant('traeger-b');
    const alice = await stack.seedUser('alice@a.example');
    const bob = await stack.seedUser('bob@b.example');
    await stack.addMember(a.id, alice.id, 'owner');
    await stack.addMember(b.id, bob.id, 'owner');
    await stack.sql(`INSERT INTO invitation (tenant_id, email, role, token_hash, expires_at) VALUES ($1, 'x@a.example', 'viewer', '\\x01', now() + interval '1 day')`, [a.id]);
    await stack.sql(`INSERT INTO invitation (tenant_id, email, role, token_hash, expires_at) VALUES ($1, 'y@b.example', 'viewer', '\\x02', now() + interval '1 day')`, [b.id]);
    await stack.sql(`INSERT INTO audit_log (tenant_id, action) VALUES ($1, 'test.a'), ($2, 'test.b')`, [a.id, b.id]);
    Object.assign(ids, { a: a.id, b: b.id, alice: alice.id, bob: bob.id });
    app = new Client({ connectionString: stack.db.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await stack?.stop();
  });

  const asTenant = <T>(tenantId: string | null, sql: string, params: unknown[] = []) => asAppRole<T>(app, tenantId, sql, params);

  it('a query that forgets the tenant filter sees only the active tenant', async () => {
    const memberships = await asTenant<{ tenant_id: string }>(ids['a'] as string, `SELECT tenant_id FROM membership`);
    expect(memberships).toEqual([{ tenant_id: ids['a'] }]);
    const invitations = await asTenant<{ email: string }>(ids['a'] as string, `SELECT email FROM invitation`);
    expect(invitations).toEqual([{ email: 'x@a.example' }]);
    const audit = await asTenant<{ action: string }>(ids['b'] as string, `SELECT action FROM audit_log`);
    expect(audit).toEqual([{ action: 'test.b' }]);
  });

  it('without a tenant context nothing tenant-owned is visible', async () => {
    expect(await asTenant(null, `SELECT * FROM membership`)).toEqual([]);
    expect(await asTenant(null, `SELECT * FROM invitation`)).toEqual([]);
    expect(await asTenant(null, `SELECT * FROM audit_log`)).toEqual([]);
  });

  it('writes into another tenant change nothing or are refused', async () => {
    const updated = await asTenant(ids['a'] as string, `UPDATE membership SET role = 'viewer' WHERE tenant_id = $1 RETURNING user_id`, [ids['b']]);
    expect(updated).toEqual([]);
    const deleted = await asTenant(ids['a'] as string, `DELETE FROM invitation WHERE tenant_id = $1 RETURNING id`, [ids['b']]);
    expect(deleted).toEqual([]);
    await expect(asTenant(ids['a'] as string, `INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, 'owner')`, [ids['b'], ids['alice']])).rejects.toThrow(/row-level security/);
    await expect(asTenant(ids['a'] as string, `INSERT INTO audit_log (tenant_id, action) VALUES ($1, 'forged')`, [ids['b']])).rejects.toThrow(/row-level security/);
    const renamed = await asTenant(ids['a'] as string, `UPDATE tenant SET name = 'gekapert' WHERE id = $1 RETURNING id`, [ids['b']]);
    expect(renamed).toEqual([]);
    const rows = await stack.sql<{ role: string }>(`SELECT role FROM membership WHERE tenant_id = $1`, [ids['b']]);
    expect(rows).toEqual([{ role: 'owner' }]);
  });

  it('the application cannot make anyone a platform operator', async () => {
    await expect(asTenant(null, `UPDATE app_user SET platform_role = 'operator'`)).rejects.toThrow(/permission denied/);
  });

  it('the audit log is append-only for the application', async () => {
    await expect(asTenant(ids['a'] as string, `UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(asTenant(ids['a'] as string, `DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
  });

  it('settings are transaction-local: a pooled connection carries no tenant into the next use', async () => {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [ids['a']]);
    await app.query('COMMIT');
    expect((await app.query(`SELECT * FROM membership`)).rows).toEqual([]);
  });

  it('a person sees their own memberships across tenants (tenant switcher), not others', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.user_id', $1, true)`, [ids['alice']]);
      const rows = (await app.query(`SELECT tenant_id, user_id FROM membership`)).rows;
      expect(rows).toEqual([{ tenant_id: ids['a'], user_id: ids['alice'] }]);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('the application role owns nothing and cannot bypass row-level security', async () => {
    const role = (await app.query(`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`)).rows[0];
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
    const owned = (await app.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`)).rows[0];
    expect(owned).toEqual({ n: 0 });
    const forced = (await app.query(`SELECT relname FROM pg_class WHERE relname IN ('tenant','membership','invitation','legal_page','audit_log') AND relforcerowsecurity ORDER BY relname`)).rows;
    expect(forced.map((r) => r.relname)).toEqual(['audit_log', 'invitation', 'legal_page', 'membership', 'tenant']);
  });
});
