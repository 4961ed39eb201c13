import { AccessRegistry, type DeclaredRoute } from '@knotenpunkt/api/core/http';
import { tenantRoles, type TenantRole } from '@knotenpunkt/shared/contracts';
import { courseInput, runImport } from './support/catalogue-fixtures';
import { startTenancyStack, type ApiClient, type TenancyStack } from './support/tenancy-stack';

/**
 * Tenant B's people, in every role, go after tenant A's data through every endpoint that reads
 * or writes tenant data. Every route of the api must appear below, either with an attack or
 * with the reason it holds no tenant-private data: a new endpoint fails this suite until it is
 * classified.
 */
interface World {
  a: { id: string; slug: string; ownerId: string; memberId: string; invitationId: string; secretEmail: string; draftId: string; submittedId: string; partnerId: string; importId: string };
  b: { id: string };
}

interface Attack {
  /** Path below /api/v1 with A's ids; `own: true` also tries A's objects under B's own tenant id. */
  path: (w: World, tenantId: string) => string;
  body?: (w: World) => unknown;
  own?: boolean;
}

const imprint = {
  organisationName: 'Gekapert',
  address: { street: 'X 1', postalCode: '10115', city: 'Berlin' },
  representatives: 'Niemand',
  email: 'x@example.org',
  responsibleForContent: { name: 'Niemand', address: 'X 1, 10115 Berlin' },
};

const attacks: Record<string, Attack> = {
  'GET tenants/:tenantId': { path: (_w, t) => `/tenants/${t}` },
  'PATCH tenants/:tenantId': { path: (_w, t) => `/tenants/${t}`, body: () => ({ name: 'Gekapert' }) },
  'GET tenants/:tenantId/members': { path: (_w, t) => `/tenants/${t}/members` },
  'PATCH tenants/:tenantId/members/:userId': { path: (w, t) => `/tenants/${t}/members/${w.a.memberId}`, body: () => ({ role: 'owner' }), own: true },
  'DELETE tenants/:tenantId/members/:userId': { path: (w, t) => `/tenants/${t}/members/${w.a.memberId}`, own: true },
  'GET tenants/:tenantId/invitations': { path: (_w, t) => `/tenants/${t}/invitations` },
  'POST tenants/:tenantId/invitations': { path: (_w, t) => `/tenants/${t}/invitations`, body: () => ({ email: 'eindringling@example.org', role: 'owner' }) },
  'DELETE tenants/:tenantId/invitations/:invitationId': { path: (w, t) => `/tenants/${t}/invitations/${w.a.invitationId}`, own: true },
  'GET tenants/:tenantId/legal/:page': { path: (_w, t) => `/tenants/${t}/legal/imprint` },
  'PUT tenants/:tenantId/legal/:page': { path: (_w, t) => `/tenants/${t}/legal/imprint`, body: () => imprint },
  'GET tenants/:tenantId/audit': { path: (_w, t) => `/tenants/${t}/audit` },
  'PUT auth/session/active-tenant': { path: () => `/auth/session/active-tenant`, body: (w) => ({ tenantId: w.a.id }) },
  'PATCH platform/tenants/:tenantId': { path: (w) => `/platform/tenants/${w.a.id}`, body: () => ({ status: 'suspended' }) },
  'GET platform/tenants': { path: () => `/platform/tenants` },
  'GET platform/audit': { path: () => `/platform/audit` },
  'PUT platform/legal/:page': { path: () => `/platform/legal/imprint`, body: () => imprint },
  'GET platform/search/synonyms': { path: () => `/platform/search/synonyms` },
  'PUT platform/search/synonyms': { path: () => `/platform/search/synonyms`, body: () => ({ source: 'gekapert, übernommen' }) },
  'GET tenants/:tenantId/profile': { path: (_w, t) => `/tenants/${t}/profile` },
  'PUT tenants/:tenantId/profile': { path: (_w, t) => `/tenants/${t}/profile`, body: () => ({ description: 'Gekapert', reviewByParent: false }) },
  'GET tenants/:tenantId/partners': { path: (_w, t) => `/tenants/${t}/partners` },
  'POST tenants/:tenantId/partners': { path: (_w, t) => `/tenants/${t}/partners`, body: () => ({ name: 'Eindringling e. V.' }) },
  'PUT tenants/:tenantId/partners/:partnerId': { path: (w, t) => `/tenants/${t}/partners/${w.a.partnerId}`, body: () => ({ name: 'Gekapert' }), own: true },
  'DELETE tenants/:tenantId/partners/:partnerId': { path: (w, t) => `/tenants/${t}/partners/${w.a.partnerId}`, own: true },
  'GET tenants/:tenantId/offers': { path: (_w, t) => `/tenants/${t}/offers` },
  'POST tenants/:tenantId/offers': { path: (_w, t) => `/tenants/${t}/offers`, body: () => courseInput({ title: 'Untergeschoben' }) },
  'GET tenants/:tenantId/offers/:offerId': { path: (w, t) => `/tenants/${t}/offers/${w.a.draftId}`, own: true },
  'PUT tenants/:tenantId/offers/:offerId': { path: (w, t) => `/tenants/${t}/offers/${w.a.draftId}`, body: () => courseInput({ title: 'Gekapert' }), own: true },
  'DELETE tenants/:tenantId/offers/:offerId': { path: (w, t) => `/tenants/${t}/offers/${w.a.draftId}`, own: true },
  'POST tenants/:tenantId/offers/:offerId/submit': { path: (w, t) => `/tenants/${t}/offers/${w.a.draftId}/submit`, own: true },
  'POST tenants/:tenantId/offers/:offerId/withdraw': { path: (w, t) => `/tenants/${t}/offers/${w.a.submittedId}/withdraw`, own: true },
  'POST tenants/:tenantId/offers/:offerId/archive': { path: (w, t) => `/tenants/${t}/offers/${w.a.draftId}/archive`, own: true },
  'POST tenants/:tenantId/offers/:offerId/reopen': { path: (w, t) => `/tenants/${t}/offers/${w.a.draftId}/reopen`, own: true },
  'GET tenants/:tenantId/reviews': { path: (_w, t) => `/tenants/${t}/reviews` },
  'GET tenants/:tenantId/reviews/:offerId': { path: (w, t) => `/tenants/${t}/reviews/${w.a.submittedId}`, own: true },
  'POST tenants/:tenantId/reviews/:offerId/approve': { path: (w, t) => `/tenants/${t}/reviews/${w.a.submittedId}/approve`, own: true },
  'POST tenants/:tenantId/reviews/:offerId/return': { path: (w, t) => `/tenants/${t}/reviews/${w.a.submittedId}/return`, body: () => ({ comment: 'Zurück an den Absender' }), own: true },
  'POST tenants/:tenantId/imports': { path: (_w, t) => `/tenants/${t}/imports?mode=commit`, body: () => ({ '@context': 'https://schema.org', '@graph': [] }) },
  'GET tenants/:tenantId/imports': { path: (_w, t) => `/tenants/${t}/imports` },
  'GET tenants/:tenantId/imports/:importId': { path: (w, t) => `/tenants/${t}/imports/${w.a.importId}`, own: true },
  'POST tenants/:tenantId/imports/:importId/commit': { path: (w, t) => `/tenants/${t}/imports/${w.a.importId}/commit`, own: true },
  'GET tenants/:tenantId/export': { path: (_w, t) => `/tenants/${t}/export` },
};

/** Routes without tenant-private data, and why. */
const noTenantData: Record<string, string> = {
  'GET health': 'service health, no data',
  'POST csp-reports': 'browser reports, no tenant data',
  'GET regions/suggest': 'public reference data',
  'GET regions/nearby': 'public reference data',
  'GET regions/:key': 'public reference data',
  'GET postal-codes/:plz': 'public reference data',
  'POST auth/sign-up': "creates the caller's own account",
  'POST auth/verify-email': 'secret one-time token of one account',
  'POST auth/verify-email/resend': 'same answer for every address',
  'POST auth/login': "the caller's own credentials",
  'POST auth/logout': "ends the caller's own session",
  'POST auth/logout-everywhere': "ends the caller's own sessions",
  'GET auth/session': "the caller's own memberships only (RLS: user_id = app.user_id)",
  'POST auth/password-reset': 'same answer for every address',
  'POST auth/password-reset/confirm': 'secret one-time token of one account',
  'PATCH me': "the caller's own profile",
  'POST me/password': "the caller's own password",
  'POST tenants': 'creates a new tenant owned by the caller',
  'GET tenants/by-slug/:slug': 'public profile by design (name, type, parent)',
  'GET tenants/by-slug/:slug/legal/:page': 'legal pages are public by law',
  'GET platform/legal/:page': "the platform's public pages",
  'GET invitations/:token': 'needs the secret 256-bit token from the invitation mail',
  'POST invitations/:token/accept': 'needs the secret token and the invited address (tested in tenants.int-spec)',
  'GET offers': 'published offers only; drafts and submissions are checked below',
  'GET offers/:idOrSlug': 'published and past offers only; drafts are checked below',
  'GET offers/:idOrSlug/jsonld': 'published and past offers only; drafts are checked below',
  'GET organisations': 'public profiles by design',
  'GET organisations/:slug': 'public profile and published offers; drafts are checked below',
  'GET organisations/:slug/offers.jsonld': 'published offers only; drafts are checked below',
  'GET search/offers': 'the index holds published offers only; drafts are checked below and in search.int-spec',
  'GET search/offers.ics': 'the same published results as a calendar; drafts are checked below',
  'GET search/organisations': 'public profiles of active organisations only (never the review or reminder settings, search.int-spec); drafts and partners are checked below',
};

const key = (route: DeclaredRoute) => `${route.method} ${route.path}`;

describe('cross-tenant isolation: tenant B in every role against tenant A', () => {
  let stack: TenancyStack;
  let world: World;
  const intruders: { label: string; client: ApiClient }[] = [];
  let routes: DeclaredRoute[];

  async function snapshotOfA(): Promise<string> {
    const id = world.a.id;
    // One connection: the queries run one after another.
    const queries: [string, unknown[]][] = [
      [`SELECT id, slug, name, type, parent_id, status, updated_at FROM tenant WHERE id = $1`, [id]],
      [`SELECT user_id, role, updated_at FROM membership WHERE tenant_id = $1 ORDER BY user_id`, [id]],
      [`SELECT id, email, role, accepted_at, revoked_at FROM invitation WHERE tenant_id = $1 ORDER BY id`, [id]],
      [`SELECT page, content, updated_at FROM legal_page WHERE tenant_id = $1 ORDER BY page`, [id]],
      [`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`, [id]],
      [`SELECT count(*)::int AS n FROM mail_outbox WHERE tenant_id = $1`, [id]],
      [`SELECT page, content FROM legal_page WHERE tenant_id IS NULL ORDER BY page`, []],
      [`SELECT * FROM organisation_profile WHERE tenant_id = $1`, [id]],
      [`SELECT id, status, title, content_hash, review_comment, updated_at FROM offer WHERE tenant_id = $1 ORDER BY id`, [id]],
      [`SELECT id, content_hash FROM offer_session WHERE tenant_id = $1 ORDER BY id`, [id]],
      [`SELECT id, name, updated_at FROM partner_organisation WHERE tenant_id = $1 ORDER BY id`, [id]],
      [`SELECT id, status, mode FROM import_run WHERE tenant_id = $1 ORDER BY id`, [id]],
      [`SELECT count(*)::int AS n FROM offer`, []],
      [`SELECT count(*)::int AS n FROM import_run`, []],
      [`SELECT count(*)::int AS n FROM search_synonyms`, []],
    ];
    const parts: unknown[] = [];
    for (const [text, params] of queries) parts.push(await stack.sql(text, params));
    return JSON.stringify(parts);
  }

  beforeAll(async () => {
    stack = await startTenancyStack();
    const umbrellaOfA = await stack.seedTenant('dach-von-a', { type: 'umbrella' });
    const a = await stack.seedTenant('traeger-a', { type: 'welfare' });
    const b = await stack.seedTenant('traeger-b', { type: 'welfare' });
    const aOwner = await stack.seedUser('owner@a.example');
    const aMember = await stack.seedUser('geheim-mitglied@a.example');
    await stack.addMember(a.id, aOwner.id, 'owner');
    await stack.addMember(a.id, aMember.id, 'member');
    const ownerClient = stack.client();
    await ownerClient.login(aOwner.email);
    const invitation = await ownerClient.post(`/tenants/${a.id}/invitations`, { email: 'geheime-einladung@a.example', role: 'editor' });
    await ownerClient.put(`/tenants/${a.id}/legal/imprint`, { ...imprint, organisationName: 'Träger A' });
    // A's catalogue: a partner, a secret draft, a submission waiting for A's own umbrella, a dry run.
    await stack.sql(`INSERT INTO postal_code (plz, lat, lon, locality, valid_from) VALUES ('99084', 50.977, 11.03, 'Erfurt', '2024-01-01')`);
    await stack.sql(`UPDATE tenant SET parent_id = $2 WHERE id = $1`, [a.id, umbrellaOfA.id]);
    await ownerClient.put(`/tenants/${a.id}/profile`, { reviewByParent: true });
    const partner = await ownerClient.post(`/tenants/${a.id}/partners`, { name: 'Geheimer Partner A' });
    const draft = await ownerClient.post(`/tenants/${a.id}/offers`, courseInput({ title: 'Geheimer Entwurf A' }));
    const submitted = await ownerClient.post(`/tenants/${a.id}/offers`, courseInput({ title: 'Eingereicht A' }));
    await ownerClient.post(`/tenants/${a.id}/offers/${submitted.body.id}/submit`);
    const dryRun = await runImport(ownerClient, a.id, { '@context': 'https://schema.org', '@graph': [] }, 'mode=dry-run');
    world = {
      a: {
        id: a.id, slug: a.slug, ownerId: aOwner.id, memberId: aMember.id, invitationId: invitation.body.id, secretEmail: 'geheim-mitglied@a.example',
        draftId: draft.body.id, submittedId: submitted.body.id, partnerId: partner.body.id, importId: dryRun.id,
      },
      b: { id: b.id },
    };
    for (const role of tenantRoles) {
      const user = await stack.seedUser(`${role}@b.example`);
      await stack.addMember(b.id, user.id, role);
      const client = stack.client();
      await client.login(user.email);
      intruders.push({ label: `B ${role}`, client });
    }
    const outsider = stack.client();
    await outsider.login((await stack.seedUser('ohne-organisation@example.org')).email);
    intruders.push({ label: 'account without tenant', client: outsider });
    intruders.push({ label: 'anonymous', client: stack.client() });
    routes = stack.api.get(AccessRegistry).routes();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('every route of the api is either attacked here or declared free of tenant data', () => {
    const unclassified = routes.map(key).filter((k) => !(k in attacks) && !(k in noTenantData));
    expect(unclassified).toEqual([]);
    // No stale entries either: the tables describe the api as it is.
    const live = new Set(routes.map(key));
    expect([...Object.keys(attacks), ...Object.keys(noTenantData)].filter((k) => !live.has(k))).toEqual([]);
  });

  it('every tenant-role route is attacked (none may hide in the exemption list)', () => {
    const tenantRoutes = routes.filter((r) => r.access?.kind === 'tenantRole').map(key);
    expect(tenantRoutes.length).toBeGreaterThanOrEqual(35);
    expect(tenantRoutes.filter((k) => !(k in attacks))).toEqual([]);
  });

  it.each(Object.entries(attacks))('%s: refused for every role of B, nothing of A changes', async (routeKey, attack) => {
    const method = routeKey.split(' ')[0] as string;
    const before = await snapshotOfA();
    const targets = [world.a.id, ...(attack.own ? [world.b.id] : [])];
    const answers: string[] = [];
    for (const { label, client } of intruders) {
      for (const tenantId of targets) {
        const response = await client.request(method, attack.path(world, tenantId), attack.body?.(world) ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
        answers.push(`${label} via ${tenantId === world.a.id ? 'A' : 'own tenant'}: ${response.status}`);
        expect([401, 403, 404]).toContain(response.status);
        expect(JSON.stringify(response.body ?? '')).not.toContain(world.a.secretEmail);
      }
    }
    expect(await snapshotOfA()).toBe(before);
    expect(answers.length).toBe(intruders.length * targets.length);
  });

  it("B's own lists and searches never contain A's people, invitations or audit entries", async () => {
    const owner = intruders.find((i) => i.label === 'B owner')?.client as ApiClient;
    for (const path of [
      `/tenants/${world.b.id}/members?pageSize=100`, `/tenants/${world.b.id}/invitations?pageSize=100`, `/tenants/${world.b.id}/audit?pageSize=100`, `/tenants/${world.b.id}/audit?action=invitation`, '/auth/session',
      `/tenants/${world.b.id}/offers?pageSize=100`, `/tenants/${world.b.id}/partners?pageSize=100`, `/tenants/${world.b.id}/imports?pageSize=100`, `/tenants/${world.b.id}/reviews?pageSize=100`, `/tenants/${world.b.id}/export`,
    ]) {
      const response = await owner.get(path);
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      for (const secret of [world.a.id, world.a.memberId, world.a.ownerId, world.a.invitationId, world.a.secretEmail, 'geheime-einladung@a.example', world.a.draftId, world.a.submittedId, world.a.partnerId, world.a.importId, 'Geheimer Entwurf A', 'Geheimer Partner A']) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('drafts and submissions of A appear in no public answer, for anyone', async () => {
    for (const { client } of intruders) {
      for (const path of ['/search/offers?pageSize=100', '/search/offers?q=Geheimer', '/search/organisations?pageSize=100', '/search/organisations?q=Geheimer', '/offers?pageSize=100', '/offers?includePast=true&pageSize=100', `/organisations/${world.a.slug}`, `/organisations/${world.a.slug}/offers.jsonld`, '/organisations?pageSize=100']) {
        const response = await client.get(path);
        expect(response.status).toBe(200);
        const text = JSON.stringify(response.body);
        for (const secret of [world.a.draftId, world.a.submittedId, 'Geheimer Entwurf A', 'Eingereicht A', 'Geheimer Partner A']) expect(text).not.toContain(secret);
      }
      for (const id of [world.a.draftId, world.a.submittedId]) {
        expect((await client.get(`/offers/${id}`)).status).toBe(404);
        expect((await client.get(`/offers/${id}/jsonld`)).status).toBe(404);
      }
    }
  });

  it("A's owner still sees everything (the attacks were refused, not the data lost)", async () => {
    const owner = stack.client();
    await owner.login('owner@a.example');
    const members = await owner.get(`/tenants/${world.a.id}/members`);
    expect(members.body.items.map((m: { role: TenantRole }) => m.role)).toEqual(['owner', 'member']);
    const invitations = await owner.get(`/tenants/${world.a.id}/invitations`);
    expect(invitations.body.items).toEqual([expect.objectContaining({ id: world.a.invitationId, status: 'pending' })]);
  });
});
