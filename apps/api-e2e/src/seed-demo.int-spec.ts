import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApiApp } from '@knotenpunkt/api/bootstrap';
import { createTestDatabase, testConfig, type TestDatabase } from '@knotenpunkt/api/core/testing';
import { loadRegions } from '@knotenpunkt/api/regions';
import { legalContentSchemas, legalPageIdSchema, legalPageSchema, sessionInfoSchema } from '@knotenpunkt/shared/contracts';

// Runs the built seed (dist/apps/api/seed-demo.js) as `npm start` does, against a fresh database.
const root = join(__dirname, '../../..');
const seedBundle = join(root, 'dist/apps/api/seed-demo.js');
const DEMO_PASSWORD = 'Knotenpunkt-Demo-2026';
const OPERATOR = 'betrieb@knotenpunkt.localhost';
const TWO_TENANTS = 'selin.aydin@demo-migrantenverein.example';
const demoSlugs = ['demo-landesorganisation', 'demo-vhs', 'demo-wohlfahrt', 'demo-migrantenverein', 'demo-kommune'];

describe('seed-demo.js (demo data for npm start)', () => {
  let db: TestDatabase;
  let owner: Client;

  const seed = (args: string[] = [], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [seedBundle, ...args], {
      env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: db.appUrl, DATABASE_MIGRATION_URL: db.ownerUrl, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  const sql = async <T>(text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as T[];

  /** Every row of the tables the seed writes, to compare two runs. */
  const snapshot = async () => {
    const tables = ['app_user', 'tenant', 'membership', 'legal_page', 'audit_log', 'user_session', 'one_time_token', 'invitation', 'offer', 'offer_session', 'offer_module', 'partner_organisation', 'organisation_profile', 'import_run'];
    const result: Record<string, unknown[]> = {};
    for (const table of tables) result[table] = await sql(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`);
    return result;
  };

  beforeAll(async () => {
    if (!existsSync(seedBundle)) throw new Error(`${seedBundle} is missing: run \`npx nx build api\` first`);
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    // The tenancy tables force row-level security on the owner too.
    await owner.query(`SET app.platform = 'on'`);
    // Demo offers name real postal codes: the regions come first, as in npm start.
    await loadRegions(db.ownerUrl, join(root, 'data/regions'));
  });
  afterAll(async () => {
    await owner?.end();
    await db?.drop();
  });

  it('refuses to run with NODE_ENV=production or unknown arguments, and writes nothing', async () => {
    const production = seed([], { NODE_ENV: 'production' });
    expect(production.status).toBe(78);
    expect(production.stderr).toMatch(/NODE_ENV is production: refusing/);
    const unknown = seed(['--everything']);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toContain('Usage: seed-demo');
    expect(await sql(`SELECT id FROM app_user`)).toEqual([]);
  });

  it('creates the operator, the demo organisations with members, and legal pages; prints the logins', async () => {
    const run = seed();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Demo data created: 12 accounts, 5 organisations, 12 memberships, 8 legal pages\./);
    expect(run.stdout).toContain(`password for all: ${DEMO_PASSWORD}`);
    expect(run.stdout).toMatch(new RegExp(`${OPERATOR}\\s+platform operator`));
    expect(run.stdout).toMatch(/selin\.aydin@demo-migrantenverein\.example\s+editor @ demo-vhs, admin @ demo-migrantenverein/);

    const users = await sql<{ email: string; platform_role: string | null; email_verified_at: Date | null; password_hash: string }>(
      `SELECT email, platform_role, email_verified_at, password_hash FROM app_user ORDER BY email`,
    );
    expect(users).toHaveLength(12);
    for (const user of users) {
      expect(user.email).toMatch(/@[a-z0-9.-]+\.(example|localhost)$/);
      expect(user.email_verified_at).toBeInstanceOf(Date);
      expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    }
    expect(users.filter((u) => u.platform_role === 'operator').map((u) => u.email)).toEqual([OPERATOR]);
    // Each account has its own salt.
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(users.length);

    const tenants = await sql<{ slug: string; type: string; parent: string | null; status: string }>(
      `SELECT t.slug, t.type, p.slug AS parent, t.status FROM tenant t LEFT JOIN tenant p ON p.id = t.parent_id ORDER BY t.slug`,
    );
    expect(tenants).toEqual(
      [
        { slug: 'demo-kommune', type: 'municipality', parent: null },
        { slug: 'demo-landesorganisation', type: 'umbrella', parent: null },
        { slug: 'demo-migrantenverein', type: 'migrant-organisation', parent: null },
        { slug: 'demo-vhs', type: 'adult-education', parent: 'demo-landesorganisation' },
        { slug: 'demo-wohlfahrt', type: 'welfare', parent: 'demo-landesorganisation' },
      ].map((t) => ({ ...t, status: 'active' })),
    );

    const members = await sql<{ slug: string; email: string; role: string }>(
      `SELECT t.slug, u.email, m.role FROM membership m JOIN tenant t ON t.id = m.tenant_id JOIN app_user u ON u.id = m.user_id ORDER BY t.slug, u.email`,
    );
    for (const slug of demoSlugs) {
      expect(members.filter((m) => m.slug === slug && m.role === 'owner').map((m) => m.email)).toEqual([`leitung@${slug}.example`]);
    }
    expect(members.filter((m) => m.email === TWO_TENANTS)).toEqual([
      { slug: 'demo-migrantenverein', email: TWO_TENANTS, role: 'admin' },
      { slug: 'demo-vhs', email: TWO_TENANTS, role: 'editor' },
    ]);
    expect(new Set(members.map((m) => m.role))).toEqual(new Set(['owner', 'admin', 'editor', 'member', 'viewer']));

    const pages = await sql<{ slug: string | null; page: string }>(
      `SELECT t.slug, l.page FROM legal_page l LEFT JOIN tenant t ON t.id = l.tenant_id ORDER BY t.slug NULLS FIRST, l.page`,
    );
    expect(pages).toEqual([
      { slug: null, page: 'accessibility' },
      { slug: null, page: 'imprint' },
      { slug: null, page: 'privacy' },
      { slug: 'demo-landesorganisation', page: 'imprint' },
      { slug: 'demo-landesorganisation', page: 'privacy' },
      { slug: 'demo-vhs', page: 'accessibility' },
      { slug: 'demo-vhs', page: 'imprint' },
      { slug: 'demo-vhs', page: 'privacy' },
    ]);

    const audit = await sql<{ action: string; tenant_id: string | null }>(`SELECT action, tenant_id FROM audit_log`);
    // One creation per organisation, and one applied import of its demo offers.
    expect(audit.filter((a) => a.action === 'tenant.created' && a.tenant_id)).toHaveLength(5);
    expect(audit.filter((a) => a.action === 'import.applied' && a.tenant_id)).toHaveLength(5);
    expect(audit).toHaveLength(10);
  });

  it('loads the demo offers through the import: all five seed situations, published, across at least five Länder', async () => {
    const offers = await sql<{ kind: string; status: string; n: number }>(`SELECT kind, status, count(*)::int AS n FROM offer GROUP BY kind, status ORDER BY kind, status`);
    const kinds = new Set(offers.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['counselling', 'course', 'network-meeting', 'on-request', 'programme']);
    const total = offers.reduce((n, o) => n + o.n, 0);
    expect(total).toBeGreaterThanOrEqual(20);
    expect(offers.filter((o) => o.status === 'published').reduce((n, o) => n + o.n, 0)).toBeGreaterThanOrEqual(18);
    const laender = await sql<{ land: string }>(`SELECT DISTINCT left(region_key, 2) AS land FROM offer_session WHERE region_key IS NOT NULL ORDER BY 1`);
    expect(laender.length).toBeGreaterThanOrEqual(5);
    // A programme whose modules are delivered by partners, with a recognised certificate.
    const programmes = await sql<{ partners: number; certificate: { recognisedBy: string } | null }>(
      `SELECT (SELECT count(DISTINCT partner_id)::int FROM offer_module m WHERE m.offer_id = o.id AND partner_id IS NOT NULL) AS partners, o.certificate
         FROM offer o WHERE o.kind = 'programme' ORDER BY partners DESC`,
    );
    expect(programmes[0]?.partners).toBeGreaterThanOrEqual(2);
    expect(programmes.some((p) => p.certificate?.recognisedBy)).toBe(true);
    // Free for volunteers within 50 km of Gotha (99867): the initiative's first search has answers.
    const nearGotha = await sql<{ n: number }>(
      `SELECT count(DISTINCT o.id)::int AS n FROM offer o JOIN offer_session s ON s.offer_id = o.id, postal_code g
        WHERE g.plz = '99867' AND o.status = 'published' AND 'volunteers' = ANY(o.free_for || CASE WHEN o.is_free THEN ARRAY['volunteers'] ELSE '{}' END)
          AND s.mode <> 'online' AND earth_distance(ll_to_earth(s.lat, s.lon), ll_to_earth(g.lat, g.lon)) <= 50000`,
    );
    expect(nearGotha[0]?.n).toBeGreaterThanOrEqual(1);
    const profiles = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM organisation_profile WHERE region_key IS NOT NULL`);
    expect(profiles[0]?.n).toBeGreaterThanOrEqual(4);
  });

  it('a second run changes nothing and says so (also with --json)', async () => {
    const before = await snapshot();
    const text = seed();
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Demo data already present; nothing changed\./);
    const json = seed(['--json']);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ unchanged: true, password: DEMO_PASSWORD, accounts: { created: 0, present: 12 }, legalPages: { created: 0, present: 8 } });
    expect(report.logins).toHaveLength(12);
    expect(report.logins[0]).toEqual({ email: OPERATOR, displayName: expect.any(String), roles: ['platform operator'] });
    expect(await snapshot()).toEqual(before);
  });

  it('the demo legal pages validate against the contract schemas and are marked as demo content', async () => {
    const rows = await sql<{ page: string; content: unknown; updated_by: string | null }>(`SELECT page, content, updated_by FROM legal_page`);
    for (const row of rows) {
      const page = legalPageIdSchema.parse(row.page);
      const parsed = legalContentSchemas[page].safeParse(row.content);
      expect(parsed.success ? 'valid' : parsed.error.message).toBe('valid');
      expect(JSON.stringify(row.content)).toMatch(/Demo/);
      expect(row.updated_by).not.toBeNull();
    }
  });

  describe('through the real api', () => {
    let api: NestFastifyApplication;
    let baseUrl: string;

    beforeAll(async () => {
      api = await createApiApp(testConfig(db));
      await api.listen(0, '127.0.0.1');
      baseUrl = await api.getUrl();
    });
    afterAll(async () => {
      await api?.close();
    });

    const login = async (email: string, password = DEMO_PASSWORD) => {
      const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ email, password }),
      });
      return { status: response.status, body: await response.json(), cookies: response.headers.getSetCookie() };
    };

    it('a demo owner logs in with the demo password and sees the tenant', async () => {
      const response = await login('leitung@demo-vhs.example');
      expect(response.status).toBe(200);
      const session = sessionInfoSchema.parse(response.body);
      expect(session.user).toMatchObject({ email: 'leitung@demo-vhs.example', platformRole: null });
      expect(session.memberships).toEqual([expect.objectContaining({ slug: 'demo-vhs', role: 'owner', type: 'adult-education' })]);
      expect(response.cookies.join('\n')).toMatch(/kp_session=/);
      expect((await login('leitung@demo-vhs.example', 'wrong password')).status).toBe(401);
    });

    it('the operator gets platformRole operator; the person in two tenants sees both', async () => {
      const operator = await login(OPERATOR);
      expect(operator.status).toBe(200);
      expect(sessionInfoSchema.parse(operator.body).user.platformRole).toBe('operator');

      const both = sessionInfoSchema.parse((await login(TWO_TENANTS)).body);
      expect(both.memberships.map((m) => [m.slug, m.role]).sort()).toEqual([
        ['demo-migrantenverein', 'admin'],
        ['demo-vhs', 'editor'],
      ]);
    });

    it('serves the demo legal pages publicly', async () => {
      for (const path of ['/api/v1/platform/legal/imprint', '/api/v1/tenants/by-slug/demo-vhs/legal/accessibility', '/api/v1/tenants/by-slug/demo-landesorganisation/legal/privacy']) {
        const response = await fetch(`${baseUrl}${path}`);
        expect([path, response.status]).toEqual([path, 200]);
        expect(legalPageSchema.safeParse(await response.json()).success).toBe(true);
      }
    });
  });
});
