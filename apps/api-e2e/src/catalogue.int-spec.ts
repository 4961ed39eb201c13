import { ExpireImportsHandler, FreshnessReminderHandler, MarkPastHandler } from '@knotenpunkt/api/catalogue';
import { courseInput, runImport } from './support/catalogue-fixtures';
import { recipientOf, startTenancyStack, type ApiClient, type TenancyStack } from './support/tenancy-stack';

/** Profiles, offers, the publishing and review workflow, freshness jobs: through the real api and worker. */
describe('catalogue: profiles, offers and the publishing workflow', () => {
  let stack: TenancyStack;
  let umbrella: { id: string };
  let provider: { id: string };
  let editor: ApiClient;
  let reviewer: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    stack = await startTenancyStack();
    await stack.sql(`INSERT INTO region (key, level, type, name, name_short, label, search_name, search_short, valid_from) VALUES
      ('16', 'land', 'Land', 'Thüringen', 'Thüringen', 'Thüringen', 'thueringen', 'thueringen', '2024-01-01'),
      ('16051', 'kreis', 'Kreisfreie Stadt', 'Erfurt', 'Erfurt', 'Erfurt, Stadt', 'erfurt', 'erfurt', '2024-01-01'),
      ('160510000000', 'gemeinde', 'Stadt', 'Erfurt', 'Erfurt', 'Erfurt, Stadt', 'erfurt', 'erfurt', '2024-01-01')`);
    await stack.sql(`INSERT INTO postal_code (plz, lat, lon, locality, valid_from) VALUES ('99084', 50.977, 11.03, 'Erfurt', '2024-01-01'), ('99867', 50.95, 10.7, 'Gotha', '2024-01-01')`);
    await stack.sql(`INSERT INTO postal_code_region (plz, region_key, source) VALUES ('99084', '160510000000', 'test')`);
    umbrella = await stack.seedTenant('dachverband', { type: 'umbrella', name: 'Dachverband Thüringen' });
    provider = await stack.seedTenant('vhs-beispiel', { type: 'adult-education', name: 'VHS Beispielstadt', parentId: umbrella.id });
    const people = {
      admin: await stack.seedUser('leitung@vhs.example'),
      editor: await stack.seedUser('programm@vhs.example', { displayName: 'Pia Programm' }),
      reviewer: await stack.seedUser('pruefung@dachverband.example'),
    };
    await stack.addMember(provider.id, people.admin.id, 'admin');
    await stack.addMember(provider.id, people.editor.id, 'editor');
    await stack.addMember(umbrella.id, people.reviewer.id, 'editor');
    [admin, editor, reviewer] = [stack.client(), stack.client(), stack.client()];
    await admin.login(people.admin.email);
    await editor.login(people.editor.email);
    await reviewer.login(people.reviewer.email);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('admins fill in the profile; the PLZ gives the region; unknown keys are refused by name', async () => {
    const profile = {
      description: 'Volkshochschule mit Schwerpunkt Integration.',
      address: { street: 'Anger 1', postalCode: '99084', locality: 'Erfurt' },
      serviceAreas: ['16', '16051'],
      topics: ['intercultural-competence', 'language-support'],
      audiences: ['volunteers'],
      contactPoints: [{ label: 'Programmplanung', email: 'programm@vhs.example' }],
      website: 'https://vhs.example',
      reviewByParent: false,
    };
    const saved = await admin.put(`/tenants/${provider.id}/profile`, profile);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ address: { postalCode: '99084', region: { key: '160510000000', name: 'Erfurt' } }, serviceAreas: [{ key: '16' }, { key: '16051' }], staleAfterDays: 90 });

    const unknown = await admin.put(`/tenants/${provider.id}/profile`, { ...profile, serviceAreas: ['09'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([expect.objectContaining({ path: 'serviceAreas.0', message: 'Diesen Regionalschlüssel gibt es nicht' })]);
    expect((await editor.put(`/tenants/${provider.id}/profile`, profile)).status).toBe(403);

    const pub = await stack.client().get('/organisations/vhs-beispiel');
    expect(pub.body).toMatchObject({ tenant: { slug: 'vhs-beispiel' }, parent: { slug: 'dachverband' }, offers: { items: [], total: 0 } });
    expect(pub.body.reviewByParent).toBeUndefined();
    const listed = await stack.client().get('/organisations?region=160510000000');
    expect(listed.body.items.map((o: { tenant: { slug: string } }) => o.tenant.slug)).toEqual(['vhs-beispiel']);
  });

  it.each([
    ['malformed date', { sessions: [{ ...sessionOf(), startsAt: '31.12.2027' }] }, 'sessions.0.startsAt', 'Ungültiges Datum'],
    ['end before start', { sessions: [{ ...sessionOf(), endsAt: '2027-05-07T10:00' }] }, 'sessions.0.endsAt', 'Das Ende liegt vor dem Beginn'],
    ['deadline after start', { sessions: [{ ...sessionOf(), registrationDeadline: '2027-05-09' }] }, 'sessions.0.registrationDeadline', 'Anmeldeschluss liegt nach dem Beginn'],
    ['negative capacity', { sessions: [{ ...sessionOf(), capacity: -3, freePlaces: null }] }, 'sessions.0.capacity', 'größer als 0'],
    ['unknown topic code', { topics: ['kochen'] }, 'topics.0', 'Unbekanntes Thema'],
    ['onsite without PLZ', { sessions: [{ ...sessionOf(), venue: { name: 'Irgendwo' } }] }, 'sessions.0.venue.postalCode', 'PLZ des Veranstaltungsorts'],
    ['unknown PLZ', { sessions: [{ ...sessionOf(), venue: { postalCode: '00001' } }] }, 'sessions.0.venue.postalCode', 'Diese PLZ gibt es nicht'],
  ])('refuses %s with a message naming the field', async (_label, override, path, text) => {
    const before = await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM offer`);
    const response = await editor.post(`/tenants/${provider.id}/offers`, courseInput(override));
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.stringContaining(text) })]));
    expect(await stack.sql(`SELECT count(*)::int AS n FROM offer`)).toEqual(before);
  });

  it('answers in English when asked', async () => {
    const client = stack.client('en');
    await client.login('programm@vhs.example');
    const response = await client.post(`/tenants/${provider.id}/offers`, courseInput({ sessions: [{ ...sessionOf(), endsAt: '2027-05-07' }] }));
    expect(response.body.issues).toEqual([expect.objectContaining({ path: 'sessions.0.endsAt', message: 'The end is before the start' })]);
  });

  let offerId: string;
  it('creates a draft with a programme of two modules by a partner; drafts are invisible to the public', async () => {
    const partner = await editor.post(`/tenants/${provider.id}/partners`, { name: 'Flüchtlingsrat Beispielland', type: 'initiative', url: 'https://fluechtlingsrat.example' });
    expect(partner.status).toBe(201);
    const created = await editor.post(
      `/tenants/${provider.id}/offers`,
      courseInput({
        kind: 'programme',
        title: 'Qualifizierung Integrationsbegleiter*innen',
        modules: [{ title: 'Modul 1: Asylrecht' , partnerId: partner.body.id }, { title: 'Modul 2: Kommunikation' }],
        partners: [{ partnerId: partner.body.id, role: 'Kooperationspartner' }],
        certificate: { name: 'Zertifikat Integrationsbegleitung', recognisedBy: 'Ministerium für Soziales (Demo)', legalBasis: 'Richtlinie 4.2' },
        sessions: [{ ...sessionOf(), modulePosition: 2 }, { ...sessionOf(), startsAt: '2027-04-10T09:00', endsAt: '2027-04-10T17:00', registrationDeadline: null, modulePosition: 1 }],
      }),
    );
    expect(created.status).toBe(201);
    offerId = created.body.id;
    expect(created.body).toMatchObject({
      status: 'draft',
      kind: 'programme',
      modules: [{ position: 1, partner: { name: 'Flüchtlingsrat Beispielland' } }, { position: 2, partner: null }],
      partners: [{ name: 'Flüchtlingsrat Beispielland', role: 'Kooperationspartner' }],
      nextSessionStartsAt: '2027-04-10T07:00:00.000Z',
    });
    // Sessions come back in module order, with Berlin offsets and the derived region.
    expect(created.body.sessions.map((s: { modulePosition: number; startsAt: string }) => [s.modulePosition, s.startsAt])).toEqual([
      [1, '2027-04-10T09:00:00+02:00'],
      [2, '2027-05-08T09:30:00+02:00'],
    ]);
    expect(created.body.sessions[0].venue).toMatchObject({ regionKey: '160510000000', regionName: 'Erfurt' });

    expect((await stack.client().get(`/offers/${offerId}`)).status).toBe(404);
    expect((await stack.client().get(`/offers/${created.body.slug}`)).status).toBe(404);
    expect((await reviewer.get(`/tenants/${umbrella.id}/reviews/${offerId}`)).status).toBe(404);
  });

  it('keeps session identities across an edit', async () => {
    const current = (await editor.get(`/tenants/${provider.id}/offers/${offerId}`)).body;
    const sessions = current.sessions.map((s: Record<string, unknown>) => ({ ...s, freePlaces: 5 }));
    const replaced = await editor.put(`/tenants/${provider.id}/offers/${offerId}`, { ...courseInput(), kind: 'programme', title: current.title, certificate: current.certificate, modules: current.modules.map((m: Record<string, unknown>) => ({ title: m['title'], partnerId: m['partnerId'] })), partners: current.partners.map((p: { id: string; role: string }) => ({ partnerId: p.id, role: p.role })), sessions });
    expect(replaced.status).toBe(200);
    expect(replaced.body.sessions.map((s: { id: string }) => s.id)).toEqual(current.sessions.map((s: { id: string }) => s.id));
    expect(replaced.body.sessions.map((s: { freePlaces: number }) => s.freePlaces)).toEqual([5, 5]);
  });

  it('publishes at once without review; the public sees it; search is told through the outbox', async () => {
    const submitted = await editor.post(`/tenants/${provider.id}/offers/${offerId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('published');
    const pub = await stack.client().get(`/offers/${submitted.body.slug}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ title: 'Qualifizierung Integrationsbegleiter*innen', provider: { slug: 'vhs-beispiel' }, certificate: { recognisedBy: 'Ministerium für Soziales (Demo)' } });
    expect(pub.body.reviewComment).toBeUndefined();
    const list = await stack.client().get('/offers?organisation=vhs-beispiel&topic=intercultural-competence');
    expect(list.body).toMatchObject({ total: 1, items: [{ id: offerId, sessionCount: 2, modes: ['onsite'] }] });
    const outbox = await stack.sql(`SELECT entity, entity_id FROM index_outbox WHERE entity_id = $1`, [offerId]);
    expect(outbox).toEqual([{ entity: 'offer', entity_id: offerId }]);
    const jsonLd = await stack.client().get(`/offers/${offerId}/jsonld`);
    expect(jsonLd.headers.get('content-type')).toContain('application/ld+json');
    expect(jsonLd.body).toMatchObject({ '@context': 'https://schema.org', '@type': 'Course', name: 'Qualifizierung Integrationsbegleiter*innen' });
  });

  it('refuses incomplete offers on submit, naming what is missing', async () => {
    const draft = await editor.post(`/tenants/${provider.id}/offers`, courseInput({ abstract: null, topics: [], sessions: [] }));
    const refused = await editor.post(`/tenants/${provider.id}/offers/${draft.body.id}/submit`);
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['abstract', 'sessions', 'topics']);
    expect((await editor.delete(`/tenants/${provider.id}/offers/${draft.body.id}`)).status).toBe(204);
    expect((await editor.delete(`/tenants/${provider.id}/offers/${offerId}`)).body.code).toBe('offer-not-deletable');
  });

  it('with review by the umbrella: submitted → queue → returned with comment → resubmitted → approved', async () => {
    const profile = (await admin.get(`/tenants/${provider.id}/profile`)).body;
    await admin.put(`/tenants/${provider.id}/profile`, { ...profile, address: { postalCode: '99084' }, serviceAreas: profile.serviceAreas.map((a: { key: string }) => a.key), reviewByParent: true });
    const draft = await editor.post(`/tenants/${provider.id}/offers`, courseInput({ title: 'Asylrecht kompakt' }));
    const submitted = await editor.post(`/tenants/${provider.id}/offers/${draft.body.id}/submit`);
    expect(submitted.body.status).toBe('submitted');
    expect((await editor.put(`/tenants/${provider.id}/offers/${draft.body.id}`, courseInput({ title: 'Geändert' }))).body.code).toBe('offer-locked');
    expect((await stack.client().get(`/offers/${draft.body.id}`)).status).toBe(404);

    const queue = await reviewer.get(`/tenants/${umbrella.id}/reviews`);
    expect(queue.body.items).toEqual([expect.objectContaining({ id: draft.body.id, title: 'Asylrecht kompakt', provider: expect.objectContaining({ slug: 'vhs-beispiel' }) })]);
    const returned = await reviewer.post(`/tenants/${umbrella.id}/reviews/${draft.body.id}/return`, { comment: 'Bitte Anmeldeschluss ergänzen.' });
    expect(returned.body).toMatchObject({ status: 'draft', reviewComment: 'Bitte Anmeldeschluss ergänzen.' });
    const own = await editor.get(`/tenants/${provider.id}/offers/${draft.body.id}`);
    expect(own.body).toMatchObject({ status: 'draft', reviewComment: 'Bitte Anmeldeschluss ergänzen.' });
    expect(own.body.history.map((h: { action: string }) => h.action)).toEqual(['created', 'submit', 'return']);

    await editor.post(`/tenants/${provider.id}/offers/${draft.body.id}/submit`);
    const approved = await reviewer.post(`/tenants/${umbrella.id}/reviews/${draft.body.id}/approve`);
    expect(approved.body.status).toBe('published');
    expect((await stack.client().get(`/offers/${draft.body.id}`)).status).toBe(200);
    expect((await reviewer.get(`/tenants/${umbrella.id}/reviews`)).body.items).toEqual([]);
    const audit = await stack.sql<{ action: string }>(`SELECT action FROM audit_log WHERE tenant_id = $1 ORDER BY occurred_at`, [umbrella.id]);
    expect(audit.map((a) => a.action)).toEqual(['offer.review-return', 'offer.review-approve']);
  });

  it('an umbrella that is not the parent sees no submission and cannot decide', async () => {
    const other = await stack.seedTenant('anderer-verband', { type: 'umbrella' });
    const user = await stack.seedUser('pruefung@anderer.example');
    await stack.addMember(other.id, user.id, 'owner');
    const client = stack.client();
    await client.login(user.email);
    const draft = await editor.post(`/tenants/${provider.id}/offers`, courseInput({ title: 'Noch in Prüfung' }));
    await editor.post(`/tenants/${provider.id}/offers/${draft.body.id}/submit`);
    expect((await client.get(`/tenants/${other.id}/reviews`)).body.items).toEqual([]);
    expect((await client.get(`/tenants/${other.id}/reviews/${draft.body.id}`)).status).toBe(404);
    expect((await client.post(`/tenants/${other.id}/reviews/${draft.body.id}/approve`)).status).toBe(404);
    expect((await stack.sql<{ status: string }>(`SELECT status FROM offer WHERE id = $1`, [draft.body.id]))[0]?.status).toBe('submitted');
  });

  it('the worker marks offers past when their last session is over; they leave the public list but keep their page', async () => {
    await stack.sql(`UPDATE offer SET last_session_end = now() - interval '1 day' WHERE id = $1`, [offerId]);
    const result = await stack.worker.get(MarkPastHandler).handle();
    expect(result.past).toBe(1);
    expect((await stack.client().get('/offers?organisation=vhs-beispiel')).body.items.map((o: { id: string }) => o.id)).not.toContain(offerId);
    expect((await stack.client().get(`/offers/${offerId}`)).body.status).toBe('past');
    expect(await stack.sql(`SELECT count(*)::int AS n FROM index_outbox WHERE entity_id = $1`, [offerId])).toEqual([{ n: 2 }]);
  });

  it('reminds the editors once about offers that were not edited for the configured period', async () => {
    await stack.sql(`UPDATE offer SET updated_at = now() - interval '100 days' WHERE tenant_id = $1 AND status = 'published'`, [provider.id]);
    const first = await stack.worker.get(FreshnessReminderHandler).handle();
    expect(first).toEqual({ tenants: 1, mails: 2 });
    const mail = await stack.smtp.waitFor((m) => recipientOf(m) === 'programm@vhs.example' && (m.subject ?? '').startsWith('Sind Ihre Angebote'), 15_000);
    expect(mail.text).toContain('Asylrecht kompakt');
    expect(await stack.worker.get(FreshnessReminderHandler).handle()).toEqual({ tenants: 0, mails: 0 });
  });

  it('an import whose job was lost is marked failed after an hour, in the uploader\'s language; old dry-run files are dropped', async () => {
    const [lost] = await stack.sql<{ id: string }>(`INSERT INTO import_run (tenant_id, mode, size_bytes, source, status, language, created_at) VALUES ($1, 'commit', 2, '{}', 'running', 'en', now() - interval '2 hours') RETURNING id`, [provider.id]);
    const [old] = await stack.sql<{ id: string }>(`INSERT INTO import_run (tenant_id, mode, size_bytes, source, status, finished_at) VALUES ($1, 'dry-run', 2, '{}', 'succeeded', now() - interval '8 days') RETURNING id`, [provider.id]);
    const [fresh] = await stack.sql<{ id: string }>(`INSERT INTO import_run (tenant_id, mode, size_bytes, source, status) VALUES ($1, 'commit', 2, '{}', 'queued') RETURNING id`, [provider.id]);
    expect(await stack.worker.get(ExpireImportsHandler).handle()).toEqual({ abandoned: 1, filesDropped: 1 });
    const run = await editor.get(`/tenants/${provider.id}/imports/${lost?.id}`);
    expect(run.body).toMatchObject({ status: 'failed', applied: false, issues: [{ severity: 'error', message: expect.stringContaining('nothing was changed') }] });
    expect(await stack.sql(`SELECT id, source IS NULL AS dropped, status FROM import_run WHERE id = ANY($1::uuid[]) ORDER BY created_at`, [[old?.id, fresh?.id]])).toEqual(
      expect.arrayContaining([{ id: old?.id, dropped: true, status: 'succeeded' }, { id: fresh?.id, dropped: false, status: 'queued' }]),
    );
  });

  it('imports need the editor role', async () => {
    const viewer = await stack.seedUser('lesend@vhs.example');
    await stack.addMember(provider.id, viewer.id, 'viewer');
    const client = stack.client();
    await client.login(viewer.email);
    expect((await client.postRaw(`/tenants/${provider.id}/imports`, '{}', 'application/ld+json')).status).toBe(403);
    const run = await runImport(editor, provider.id, { '@context': 'https://schema.org', '@graph': 'nein' }, 'mode=dry-run');
    expect(run).toMatchObject({ status: 'failed', applied: false, issues: [expect.objectContaining({ node: '(document)', severity: 'error' })] });
  });
});

function sessionOf(): Record<string, unknown> {
  return (courseInput()['sessions'] as Record<string, unknown>[])[0] as Record<string, unknown>;
}
