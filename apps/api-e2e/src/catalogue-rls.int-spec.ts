import { Client } from 'pg';
import { asAppRole } from './support/as-app-role';
import { startTenancyStack, type TenancyStack } from './support/tenancy-stack';

/**
 * The catalogue's second wall: as the application role and without any tenant filter, drafts
 * stay with their tenant, the public sees published and past offers with their parts, and an
 * umbrella sees its members' submissions only.
 */
describe('row-level security on catalogue tables', () => {
  let stack: TenancyStack;
  let app: Client;
  const ids: Record<string, string> = {};

  const as = <T>(tenantId: string | null, sql: string, params: unknown[] = []) => asAppRole<T>(app, tenantId, sql, params);

  beforeAll(async () => {
    stack = await startTenancyStack();
    await stack.sql(`INSERT INTO postal_code (plz, lat, lon, locality, valid_from) VALUES ('99084', 50.977, 11.03, 'Erfurt', '2024-01-01')`);
    const umbrella = await stack.seedTenant('dach');
    const stranger = await stack.seedTenant('fremder-dach');
    const a = await stack.seedTenant('traeger-a', { parentId: umbrella.id });
    const b = await stack.seedTenant('traeger-b');
    Object.assign(ids, { umbrella: umbrella.id, stranger: stranger.id, a: a.id, b: b.id });
    for (const [status, title] of [['draft', 'Entwurf'], ['submitted', 'Eingereicht'], ['published', 'Veröffentlicht'], ['past', 'Vorbei'], ['archived', 'Archiv']] as const) {
      const [offer] = await stack.sql<{ id: string }>(
        `INSERT INTO offer (tenant_id, external_id, slug, kind, status, title, content_hash) VALUES ($1, $2, $3, 'course', $4, $5, 'x') RETURNING id`,
        [a.id, `urn:test:${status}`, `a-${status}`, status, title],
      );
      ids[status] = (offer as { id: string }).id;
      await stack.sql(
        `INSERT INTO offer_session (offer_id, tenant_id, external_id, position, starts_at_text, ends_at_text, starts_at, ends_at, mode, postal_code, content_hash)
         VALUES ($1, $2, 's1', 1, '2027-01-01', '2027-01-01', '2027-01-01', '2027-01-02', 'onsite', '99084', 'x')`,
        [ids[status], a.id],
      );
    }
    const [partner] = await stack.sql<{ id: string }>(`INSERT INTO partner_organisation (tenant_id, external_id, name) VALUES ($1, 'urn:p', 'Partner nur im Entwurf') RETURNING id`, [a.id]);
    await stack.sql(`INSERT INTO offer_partner (offer_id, partner_id, tenant_id, role, position) VALUES ($1, $2, $3, 'Kooperation', 1)`, [ids['draft'], (partner as { id: string }).id, a.id]);
    await stack.sql(`INSERT INTO import_run (tenant_id, mode, size_bytes) VALUES ($1, 'dry-run', 2)`, [a.id]);
    app = new Client({ connectionString: stack.db.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await stack?.stop();
  });

  const titles = async (tenantId: string | null) => (await as<{ title: string }>(tenantId, `SELECT title FROM offer ORDER BY title`)).map((r) => r.title);

  it('the public and other tenants see published and past offers only', async () => {
    expect(await titles(null)).toEqual(['Veröffentlicht', 'Vorbei']);
    expect(await titles(ids['b'] as string)).toEqual(['Veröffentlicht', 'Vorbei']);
    expect(await titles(ids['stranger'] as string)).toEqual(['Veröffentlicht', 'Vorbei']);
    expect(await titles(ids['a'] as string)).toEqual(['Archiv', 'Eingereicht', 'Entwurf', 'Veröffentlicht', 'Vorbei']);
  });

  it("the parent umbrella also sees the member's submission, nothing else private", async () => {
    expect(await titles(ids['umbrella'] as string)).toEqual(['Eingereicht', 'Veröffentlicht', 'Vorbei']);
  });

  it('parts of an offer are exactly as visible as the offer', async () => {
    const sessions = async (t: string | null) => (await as<{ offer_id: string }>(t, `SELECT offer_id FROM offer_session`)).map((r) => r.offer_id).sort();
    expect(await sessions(null)).toEqual([ids['published'], ids['past']].sort());
    expect(await sessions(ids['umbrella'] as string)).toEqual([ids['submitted'], ids['published'], ids['past']].sort());
    expect(await as(null, `SELECT * FROM offer_partner`)).toEqual([]);
    expect(await as(ids['b'] as string, `SELECT name FROM partner_organisation`)).toEqual([]);
    expect(await as(ids['a'] as string, `SELECT name FROM partner_organisation`)).toEqual([{ name: 'Partner nur im Entwurf' }]);
    expect(await as(ids['b'] as string, `SELECT * FROM import_run`)).toEqual([]);
    expect(await as(ids['a'] as string, `SELECT mode FROM import_run`)).toEqual([{ mode: 'dry-run' }]);
  });

  it('other tenants and the umbrella cannot write offers; reviewers decide only through kp_review_offer', async () => {
    expect(await as(ids['b'] as string, `UPDATE offer SET title = 'Gekapert' RETURNING id`)).toEqual([]);
    expect(await as(ids['umbrella'] as string, `UPDATE offer SET status = 'published' RETURNING id`)).toEqual([]);
    expect(await as(ids['b'] as string, `DELETE FROM offer RETURNING id`)).toEqual([]);
    await expect(as(ids['b'] as string, `INSERT INTO offer (tenant_id, external_id, slug, kind, title, content_hash) VALUES ($1, 'urn:x', 'x-1', 'course', 'Untergeschoben', 'x')`, [ids['a']])).rejects.toThrow(/row-level security/);
    expect(await as(ids['stranger'] as string, `SELECT kp_review_offer($1, 'published', null) AS t`, [ids['submitted']])).toEqual([{ t: null }]);
    expect(await as(ids['umbrella'] as string, `SELECT kp_review_offer($1, 'published', null) AS t`, [ids['draft']])).toEqual([{ t: null }]);
    expect(await as(ids['umbrella'] as string, `SELECT kp_review_offer($1, 'published', null) AS t`, [ids['submitted']])).toEqual([{ t: ids['a'] }]);
    await expect(as(ids['umbrella'] as string, `SELECT kp_review_offer($1, 'archived', null)`, [ids['submitted']])).rejects.toThrow(/not a review decision/);
  });
});
