import { linkIn, recipientOf, startTenancyStack, tokenOf, type ApiClient, type TenancyStack } from './support/tenancy-stack';

const imprint = {
  organisationName: 'Bildungswerk Beispielstadt e. V.',
  legalForm: 'eingetragener Verein',
  address: { street: 'Marktplatz 1', postalCode: '99084', city: 'Erfurt' },
  representatives: 'Vorstand: Jana Beispiel, Omar Muster',
  email: 'info@bildungswerk.example',
  register: { court: 'Amtsgericht Jena', number: 'VR 123456' },
  vatId: 'DE123456789',
  responsibleForContent: { name: 'Jana Beispiel', address: 'Marktplatz 1, 99084 Erfurt' },
};

describe('tenants, members, invitations, legal pages and audit', () => {
  let stack: TenancyStack;
  let owner: ApiClient;
  let ownerId: string;
  let tenantId: string;

  beforeAll(async () => {
    stack = await startTenancyStack();
    const user = await stack.seedUser('leitung@bildungswerk.example', { displayName: 'Jana Beispiel' });
    ownerId = user.id;
    owner = stack.client();
    await owner.login(user.email);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('creates an organisation; the creator is its owner and it becomes switchable', async () => {
    await stack.seedTenant('landesverband', { type: 'umbrella', name: 'Landesverband Erwachsenenbildung' });
    const created = await owner.post('/tenants', { name: 'Bildungswerk Beispielstadt', slug: 'Bildungswerk-Beispiel', type: 'adult-education', parentSlug: 'landesverband' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: 'bildungswerk-beispiel', type: 'adult-education', status: 'active', parent: { slug: 'landesverband' } });
    tenantId = created.body.id;

    const session = await owner.get('/auth/session');
    expect(session.body.memberships).toEqual([expect.objectContaining({ tenantId, role: 'owner', slug: 'bildungswerk-beispiel' })]);
    expect(session.body.activeTenantId).toBeNull();
    expect((await owner.put('/auth/session/active-tenant', { tenantId })).body.activeTenantId).toBe(tenantId);

    const taken = await owner.post('/tenants', { name: 'Noch eins', slug: 'bildungswerk-beispiel', type: 'initiative' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slug-taken');
    const badParent = await owner.post('/tenants', { name: 'Kind', slug: 'kind-von-ini', type: 'initiative', parentSlug: 'bildungswerk-beispiel' });
    expect(badParent.body.code).toBe('parent-type');
  });

  it('invites by mail; the invitee accepts with the matching account; roles change; the last owner stays', async () => {
    const invite = await owner.post(`/tenants/${tenantId}/invitations`, { email: 'Kollegin@Bildungswerk.example', role: 'editor' });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ email: 'kollegin@bildungswerk.example', role: 'editor', status: 'pending', invitedBy: 'Jana Beispiel' });
    const mail = await stack.smtp.waitFor((m) => recipientOf(m) === 'kollegin@bildungswerk.example', 15_000);
    expect(mail.subject).toBe('Einladung zu Bildungswerk Beispielstadt auf Knotenpunkt');
    expect(mail.text).toContain('Redakteur*in');
    const token = tokenOf(linkIn(mail, '/einladung/'));

    const preview = await stack.client().get(`/invitations/${token}`);
    expect(preview.body).toMatchObject({ tenant: { slug: 'bildungswerk-beispiel' }, role: 'editor', status: 'pending' });

    // Someone else's account cannot take the invitation.
    const stranger = stack.client();
    await stranger.login((await stack.seedUser('fremd@example.org')).email);
    expect((await stranger.post(`/invitations/${token}/accept`)).body.code).toBe('invitation-other-email');

    const colleague = await stack.seedUser('kollegin@bildungswerk.example', { displayName: 'Kim Kollegin' });
    const client = stack.client();
    await client.login(colleague.email);
    const accepted = await client.post(`/invitations/${token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.activeTenantId).toBe(tenantId);
    expect(accepted.body.memberships).toEqual([expect.objectContaining({ tenantId, role: 'editor' })]);
    expect((await client.post(`/invitations/${token}/accept`)).body.code).toBe('invitation-accepted');

    const members = await owner.get(`/tenants/${tenantId}/members`);
    expect(members.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(members.body.items.map((m: { role: string }) => m.role)).toEqual(['owner', 'editor']);

    // An editor cannot manage members; an owner can; the last owner cannot go.
    expect((await client.patch(`/tenants/${tenantId}/members/${ownerId}`, { role: 'viewer' })).status).toBe(403);
    expect((await owner.patch(`/tenants/${tenantId}/members/${colleague.id}`, { role: 'admin' })).body.role).toBe('admin');
    const demote = await owner.patch(`/tenants/${tenantId}/members/${ownerId}`, { role: 'admin' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('last-owner');
    expect(demote.body.message).toMatch(/mindestens eine\*n Inhaber\*in/);
    expect((await owner.delete(`/tenants/${tenantId}/members/${ownerId}`)).body.code).toBe('last-owner');
    // An admin may not touch owners, nor make someone owner.
    expect((await client.patch(`/tenants/${tenantId}/members/${ownerId}`, { role: 'editor' })).body.code).toBe('role-forbidden');
    expect((await client.post(`/tenants/${tenantId}/invitations`, { email: 'neu@example.org', role: 'owner' })).body.code).toBe('role-forbidden');

    // With a second owner, the first may step down.
    await owner.patch(`/tenants/${tenantId}/members/${colleague.id}`, { role: 'owner' });
    expect((await owner.patch(`/tenants/${tenantId}/members/${ownerId}`, { role: 'admin' })).status).toBe(200);
    await client.patch(`/tenants/${tenantId}/members/${ownerId}`, { role: 'owner' });
  });

  it('expired and revoked invitations cannot be used', async () => {
    const invite = await owner.post(`/tenants/${tenantId}/invitations`, { email: 'spaet@example.org', role: 'viewer', language: 'en' });
    const mail = await stack.smtp.waitFor((m) => recipientOf(m) === 'spaet@example.org', 15_000);
    expect(mail.subject).toBe('Invitation to Bildungswerk Beispielstadt on Knotenpunkt');
    const token = tokenOf(linkIn(mail, '/einladung/'));
    await stack.sql(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invite.body.id]);
    const late = stack.client();
    await late.login((await stack.seedUser('spaet@example.org')).email);
    const expired = await late.post(`/invitations/${token}/accept`);
    expect(expired.status).toBe(410);
    expect(expired.body.code).toBe('invitation-expired');

    const second = await owner.post(`/tenants/${tenantId}/invitations`, { email: 'spaet@example.org', role: 'viewer' });
    expect((await owner.delete(`/tenants/${tenantId}/invitations/${second.body.id}`)).status).toBe(204);
    const list = await owner.get(`/tenants/${tenantId}/invitations`);
    expect(list.body.items.find((i: { id: string }) => i.id === second.body.id).status).toBe('revoked');
  });

  it('legal pages: validated, saved by admins, public by slug', async () => {
    expect((await stack.client().get('/tenants/by-slug/bildungswerk-beispiel/legal/imprint')).body.code).toBe('legal-page-missing');
    const bad = await owner.put(`/tenants/${tenantId}/legal/imprint`, { ...imprint, vatId: '123', address: { ...imprint.address, postalCode: '9908' } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['address.postalCode', 'vatId']);
    const saved = await owner.put(`/tenants/${tenantId}/legal/imprint`, imprint);
    expect(saved.status).toBe(200);
    expect(saved.body.content.address.country).toBe('Deutschland');

    const anonymous = stack.client();
    const page = await anonymous.get('/tenants/by-slug/bildungswerk-beispiel/legal/imprint');
    expect(page.body).toMatchObject({ page: 'imprint', content: { organisationName: imprint.organisationName, vatId: 'DE123456789' } });
    const profile = await anonymous.get('/tenants/by-slug/bildungswerk-beispiel');
    expect(profile.body).toMatchObject({ name: 'Bildungswerk Beispielstadt', legalPages: { imprint: true, privacy: false, accessibility: false } });
    expect(profile.body).not.toHaveProperty('status');
  });

  it('the audit log records who did what, readable by admins only, newest first', async () => {
    const audit = await owner.get(`/tenants/${tenantId}/audit?pageSize=100`);
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['tenant.created', 'invitation.created', 'invitation.accepted', 'member.role-changed', 'invitation.revoked', 'legal.updated']));
    expect(audit.body.items[0].action).toBe('legal.updated');
    expect(audit.body.items[0].actor).toEqual({ userId: ownerId, displayName: 'Jana Beispiel' });
    // Account events (logins) belong to no tenant and are not in a tenant's log.
    expect(actions).not.toContain('auth.login');
    const filtered = await owner.get(`/tenants/${tenantId}/audit?action=member`);
    expect(filtered.body.items.every((e: { action: string }) => e.action.startsWith('member.'))).toBe(true);

    const viewer = await stack.seedUser('leser@bildungswerk.example');
    await stack.addMember(tenantId, viewer.id, 'viewer');
    const client = stack.client();
    await client.login(viewer.email);
    expect((await client.get(`/tenants/${tenantId}/audit`)).status).toBe(403);
    expect((await client.get(`/tenants/${tenantId}/members`)).status).toBe(200);
  });

  it('the platform operator lists and suspends organisations; members of a suspended one are locked out', async () => {
    const operator = await stack.seedUser('betrieb@knotenpunkt.example', { platformRole: 'operator' });
    const client = stack.client();
    const session = await client.login(operator.email);
    expect(session.body.user.platformRole).toBe('operator');
    expect((await owner.get('/platform/tenants')).status).toBe(403);
    const list = await client.get('/platform/tenants?q=bildungs');
    expect(list.body.items.map((t: { slug: string }) => t.slug)).toEqual(['bildungswerk-beispiel']);
    // Operators administer the instance; they are not members and do not read tenant data.
    expect((await client.get(`/tenants/${tenantId}/members`)).status).toBe(404);

    expect((await client.patch(`/platform/tenants/${tenantId}`, { status: 'suspended' })).body.status).toBe('suspended');
    const locked = await owner.get(`/tenants/${tenantId}/members`);
    expect(locked.status).toBe(403);
    expect(locked.body.code).toBe('tenant-suspended');
    expect((await stack.client().get('/tenants/by-slug/bildungswerk-beispiel')).status).toBe(404);
    await client.patch(`/platform/tenants/${tenantId}`, { status: 'active' });
    expect((await owner.get(`/tenants/${tenantId}/members`)).status).toBe(200);

    const platformAudit = await client.get('/platform/audit?action=tenant.status-changed');
    expect(platformAudit.body.total).toBe(2);
    const loginEvents = await client.get('/platform/audit?action=auth.login');
    expect(loginEvents.body.total).toBeGreaterThan(0);
  });

  it('the platform legal pages are public and only the operator edits them', async () => {
    const privacy = { controller: 'Knotenpunkt Betrieb, Musterweg 1, 10115 Berlin', contactEmail: 'datenschutz@knotenpunkt.example', body: 'Wir verarbeiten nur, was für den Betrieb nötig ist.' };
    expect((await owner.put('/platform/legal/privacy', privacy)).status).toBe(403);
    const operator = stack.client();
    await operator.login('betrieb@knotenpunkt.example');
    expect((await operator.put('/platform/legal/privacy', privacy)).status).toBe(200);
    expect((await stack.client().get('/platform/legal/privacy')).body.content.contactEmail).toBe('datenschutz@knotenpunkt.example');
  });

  it('a member may leave; owners change the parent, admins may not', async () => {
    const member = await stack.seedUser('geht@example.org');
    await stack.addMember(tenantId, member.id, 'member');
    const client = stack.client();
    await client.login(member.email);
    expect((await client.delete(`/tenants/${tenantId}/members/${member.id}`)).status).toBe(204);
    expect((await client.get(`/tenants/${tenantId}`)).status).toBe(404);

    const admin = await stack.seedUser('admin@bildungswerk.example');
    await stack.addMember(tenantId, admin.id, 'admin');
    const adminClient = stack.client();
    await adminClient.login(admin.email);
    expect((await adminClient.patch(`/tenants/${tenantId}`, { parentSlug: null })).body.code).toBe('role-forbidden');
    expect((await adminClient.patch(`/tenants/${tenantId}`, { name: 'Bildungswerk Beispielstadt e. V.' })).body.name).toBe('Bildungswerk Beispielstadt e. V.');
    expect((await owner.patch(`/tenants/${tenantId}`, { parentSlug: null })).body.parent).toBeNull();
  });
});
