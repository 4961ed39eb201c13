import { courseInput, runImport } from './support/catalogue-fixtures';
import { expandOffline, validateCourseInstances } from './support/jsonld-validation';
import { startTenancyStack, type ApiClient, type TenancyStack } from './support/tenancy-stack';

/** A file as providers write it: the spec's ThAMI example, grown by a second offer and partners. */
function exchangeFile() {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': 'urn:org:loft-th', name: 'Landesorganisation Erwachsenenbildung', additionalType: 'umbrella', address: { '@type': 'PostalAddress', postalCode: '99084', addressLocality: 'Erfurt' }, areaServed: [{ '@type': 'AdministrativeArea', identifier: '16' }] },
      { '@type': 'Organization', '@id': 'urn:org:tvv', name: 'Volkshochschulverband', additionalType: 'adult-education', parentOrganization: 'urn:org:loft-th' },
      { '@type': 'Organization', '@id': 'urn:org:ministerium', name: 'Ministerium für Migration (Demo)', additionalType: 'funder' },
      {
        '@type': 'Course',
        '@id': 'urn:offer:beratung-plus-2027',
        name: 'Beratung plus – anerkannte*r Migrationsberater*in',
        abstract: 'Berufsbegleitende Qualifizierung für die Beratung Geflüchteter.',
        provider: 'urn:org:loft-th',
        contributor: [{ '@id': 'urn:org:tvv', roleName: 'Kooperationspartner' }],
        funder: [{ '@id': 'urn:org:ministerium' }],
        about: ['migration-counselling', 'asylum-law'],
        audience: [{ '@type': 'Audience', audienceType: 'professionals' }],
        inLanguage: ['de'],
        isAccessibleForFree: false,
        offers: { '@type': 'Offer', price: 490, priceCurrency: 'EUR', eligibleCustomerType: ['volunteers'], description: 'Zulassung nach Gespräch.' },
        educationalCredentialAwarded: { '@type': 'EducationalOccupationalCredential', name: 'Zertifikat Beratung plus', recognizedBy: { '@id': 'urn:org:ministerium' }, legalBasis: '§ 2 Abs. 1 BeispielVO' },
        hasPart: [
          { '@type': 'Course', position: 1, name: 'Modul 1: Aufenthaltsrecht', provider: { '@id': 'urn:org:tvv' }, hasCourseInstance: [{ '@type': 'CourseInstance', '@id': 'urn:session:bp-m1', courseMode: 'onsite', startDate: '2027-03-01', endDate: '2027-03-03', location: { '@type': 'Place', name: 'Bildungshaus', address: { '@type': 'PostalAddress', postalCode: '99084', addressLocality: 'Erfurt' } } }] },
          { '@type': 'Course', position: 2, name: 'Modul 2: Gesprächsführung', provider: 'urn:org:loft-th' },
        ],
        hasCourseInstance: [
          { '@type': 'CourseInstance', courseMode: 'blended', startDate: '2027-03-01', endDate: '2027-06-30', maximumAttendeeCapacity: 20, remainingAttendeeCapacity: 8,
            location: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '99084', addressLocality: 'Erfurt' } }, offers: { '@type': 'Offer', availabilityEnds: '2027-01-15' },
            courseSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: ['https://schema.org/Tuesday'], description: 'dienstags 9–16 Uhr' }, instructor: [{ '@type': 'Person', name: 'Dr. Beispiel' }] },
        ],
        keywords: 'wird ignoriert',
      },
      {
        '@type': 'Course',
        '@id': 'urn:offer:online-sprechstunde',
        name: 'Online-Sprechstunde Asylrecht',
        additionalType: 'counselling',
        abstract: 'Offene Sprechstunde für Ehrenamtliche.',
        provider: { '@id': 'urn:org:loft-th' },
        about: ['asylum-law'],
        audience: [{ '@type': 'Audience', audienceType: 'volunteers' }],
        isAccessibleForFree: true,
        hasCourseInstance: [{ '@type': 'CourseInstance', courseMode: 'online', startDate: '2027-02-02T17:00', endDate: '2027-02-02T18:30', location: { '@type': 'VirtualLocation', url: 'https://meet.example/asyl' } }],
      },
    ],
  };
}

describe('catalogue: import and export in the schema.org exchange format', () => {
  let stack: TenancyStack;
  let tenant: { id: string; slug: string };
  let editor: ApiClient;
  const snapshot = () =>
    stack.sql(`SELECT o.external_id, o.status, o.content_hash, o.updated_at, (SELECT json_agg(s.id || s.content_hash ORDER BY s.id) FROM offer_session s WHERE s.offer_id = o.id) AS sessions,
                      (SELECT count(*) FROM partner_organisation p WHERE p.tenant_id = o.tenant_id) AS partners
                 FROM offer o WHERE o.tenant_id = $1 ORDER BY o.external_id`, [tenant.id]);

  beforeAll(async () => {
    stack = await startTenancyStack();
    await stack.sql(`INSERT INTO postal_code (plz, lat, lon, locality, valid_from) VALUES ('99084', 50.977, 11.03, 'Erfurt', '2024-01-01')`);
    tenant = await stack.seedTenant('landesorganisation', { type: 'umbrella', name: 'Landesorganisation Erwachsenenbildung' });
    const user = await stack.seedUser('redaktion@lo.example');
    await stack.addMember(tenant.id, user.id, 'editor');
    editor = stack.client();
    await editor.login(user.email);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a dry run reports what would happen and changes nothing', async () => {
    const run = await runImport(editor, tenant.id, exchangeFile(), 'mode=dry-run&fileName=angebote.jsonld');
    expect(run).toMatchObject({ mode: 'dry-run', status: 'succeeded', applied: false, progress: 100, fileName: 'angebote.jsonld' });
    expect(run.summary).toMatchObject({ offers: { created: 2, updated: 0, unchanged: 0, rejected: 0 }, partners: { created: 1 }, sessions: { created: 3 } });
    expect(run.issues).toEqual([expect.objectContaining({ severity: 'warning', node: 'urn:offer:beratung-plus-2027', property: 'keywords' })]);
    expect(await snapshot()).toEqual([]);
    expect(await stack.sql(`SELECT count(*)::int AS n FROM partner_organisation`)).toEqual([{ n: 0 }]);
  });

  let firstState: unknown;
  it('committing the dry run creates the offers with modules, partners, funders and sessions', async () => {
    const dry = await runImport(editor, tenant.id, exchangeFile(), 'mode=dry-run&publish=true');
    const started = await editor.post(`/tenants/${tenant.id}/imports/${dry.id}/commit`);
    expect(started.status).toBe(202);
    const { finishedImport } = await import('./support/catalogue-fixtures');
    const run = await finishedImport(editor, tenant.id, started.body.id);
    expect(run).toMatchObject({ mode: 'commit', status: 'succeeded', applied: true, fromRunId: dry.id, summary: { offers: { created: 2 } } });
    const offers = await stack.client().get('/offers?organisation=landesorganisation');
    expect(offers.body.total).toBe(2);
    const programme = await stack.client().get(`/offers/${offers.body.items.find((o: { kind: string }) => o.kind === 'programme').id}`);
    expect(programme.body).toMatchObject({
      externalId: 'urn:offer:beratung-plus-2027',
      status: 'published',
      funders: ['Ministerium für Migration (Demo)'],
      certificate: { name: 'Zertifikat Beratung plus', recognisedBy: 'Ministerium für Migration (Demo)', legalBasis: '§ 2 Abs. 1 BeispielVO' },
      admissionRules: 'Zulassung nach Gespräch.',
      price: { amount: 490, freeFor: ['volunteers'], isFree: false },
      partners: [{ externalId: 'urn:org:tvv', role: 'Kooperationspartner' }],
      modules: [{ position: 1, partner: { name: 'Volkshochschulverband' } }, { position: 2, partner: null }],
    });
    expect(programme.body.sessions.map((s: { modulePosition: number | null; startsAt: string }) => [s.modulePosition, s.startsAt])).toEqual([[null, '2027-03-01'], [1, '2027-03-01']]);
    firstState = await snapshot();
  });

  it('importing the same file again changes nothing: same @id updates, never duplicates', async () => {
    const run = await runImport(editor, tenant.id, exchangeFile(), 'mode=commit&publish=true');
    expect(run.summary).toMatchObject({ offers: { created: 0, updated: 0, unchanged: 2 }, partners: { created: 0, unchanged: 1 }, sessions: { created: 0, updated: 0, deleted: 0, unchanged: 3 } });
    expect(await snapshot()).toEqual(firstState);
  });

  it('round trip: export → import again changes nothing', async () => {
    const exported = await stack.client().get('/organisations/landesorganisation/offers.jsonld');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('application/ld+json');
    const run = await runImport(editor, tenant.id, exported.body, 'mode=commit');
    expect(run).toMatchObject({ status: 'succeeded', issues: [], summary: { offers: { created: 0, updated: 0, unchanged: 2 }, sessions: { unchanged: 3 } } });
    expect(await snapshot()).toEqual(firstState);
    // The tenant's own export (editor route) is the same document.
    expect((await editor.get(`/tenants/${tenant.id}/export`)).body).toEqual(exported.body);
  });

  it('the exported JSON-LD expands offline and passes the OpenActive data-model validator', async () => {
    const exported = (await stack.client().get('/organisations/landesorganisation/offers.jsonld')).body;
    const expanded = await expandOffline(exported);
    const names = JSON.stringify(expanded);
    expect(names).toContain('http://schema.org/startDate');
    expect(names).toContain('Beratung plus');
    const report = await validateCourseInstances(exported);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    const embedded = (await stack.client().get(`/offers/${(await stack.client().get('/offers?organisation=landesorganisation')).body.items[0].id}/jsonld`)).body;
    expect((await validateCourseInstances({ '@context': 'https://schema.org', '@graph': [embedded] })).errors).toEqual([]);
  });

  it('a changed file updates in place and keeps session ids', async () => {
    const before = await stack.sql<{ id: string; external_id: string }>(`SELECT s.id, s.external_id FROM offer_session s JOIN offer o ON o.id = s.offer_id WHERE o.external_id = 'urn:offer:beratung-plus-2027' ORDER BY s.external_id`);
    const file = exchangeFile();
    const course = file['@graph'][3] as { name: string; hasCourseInstance: { remainingAttendeeCapacity: number }[] };
    course.name = 'Beratung plus 2027 – anerkannte*r Migrationsberater*in';
    (course.hasCourseInstance[0] as { remainingAttendeeCapacity: number }).remainingAttendeeCapacity = 3;
    const run = await runImport(editor, tenant.id, file);
    expect(run.summary).toMatchObject({ offers: { created: 0, updated: 1, unchanged: 1 }, sessions: { updated: 1, unchanged: 2, created: 0, deleted: 0 } });
    const after = await stack.sql<{ id: string; external_id: string }>(`SELECT s.id, s.external_id FROM offer_session s JOIN offer o ON o.id = s.offer_id WHERE o.external_id = 'urn:offer:beratung-plus-2027' ORDER BY s.external_id`);
    expect(after).toEqual(before);
    expect(await stack.sql(`SELECT count(*)::int AS n FROM offer WHERE tenant_id = $1`, [tenant.id])).toEqual([{ n: 2 }]);
  });

  it('a file with one bad node is rejected whole: the error names node and property, nothing changes', async () => {
    const state = await snapshot();
    const file = exchangeFile();
    const good = file['@graph'][4] as { name: string };
    good.name = 'Diese Änderung darf nicht ankommen';
    const bad = file['@graph'][3] as { hasCourseInstance: Record<string, unknown>[] };
    bad.hasCourseInstance[0] = { ...bad.hasCourseInstance[0], startDate: '01.03.2027', maximumAttendeeCapacity: -5 };
    const run = await runImport(editor, tenant.id, file);
    expect(run).toMatchObject({ status: 'failed', applied: false });
    expect(run.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', node: 'urn:offer:beratung-plus-2027', property: 'hasCourseInstance[0].startDate', message: expect.stringContaining('Ungültiges Datum') }),
        expect.objectContaining({ severity: 'error', node: 'urn:offer:beratung-plus-2027', property: 'hasCourseInstance[0].maximumAttendeeCapacity' }),
      ]),
    );
    // The report still says what the rest of the file would have done.
    expect(run.summary.offers).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 1 });
    expect(run.summary.items).toEqual(expect.arrayContaining([{ node: 'urn:offer:online-sprechstunde', title: 'Diese Änderung darf nicht ankommen', action: 'update' }]));
    expect(await snapshot()).toEqual(state);
    expect((await editor.post(`/tenants/${tenant.id}/imports/${run.id}/commit`)).body.code).toBe('import-not-committable');
  });

  it.each([
    ['not JSON', '{"@graph": [', '(document)', null],
    ['a course of another provider', { '@context': 'https://schema.org', '@graph': [{ '@type': 'Course', '@id': 'urn:x', name: 'Fremd', provider: 'urn:org:anderer' }] }, 'urn:x', 'provider'],
    ['an unknown contributor', { ...exchangeFile(), '@graph': exchangeFile()['@graph'].map((n) => (n['@id'] === 'urn:offer:online-sprechstunde' ? { ...n, contributor: [{ '@id': 'urn:org:gibtsnicht' }] } : n)) }, 'urn:offer:online-sprechstunde', 'contributor[0]'],
    ['an onsite session without PLZ', { ...exchangeFile(), '@graph': exchangeFile()['@graph'].map((n) => (n['@id'] === 'urn:offer:online-sprechstunde' ? { ...n, hasCourseInstance: [{ '@type': 'CourseInstance', courseMode: 'onsite', startDate: '2027-02-02', location: { '@type': 'Place', name: 'Rathaus' } }] } : n)) }, 'urn:offer:online-sprechstunde', 'hasCourseInstance[0].location.address.postalCode'],
    ['an unknown topic', { ...exchangeFile(), '@graph': exchangeFile()['@graph'].map((n) => (n['@id'] === 'urn:offer:online-sprechstunde' ? { ...n, about: ['kochen'] } : n)) }, 'urn:offer:online-sprechstunde', 'about[0]'],
  ])('rejects %s, naming node and property', async (_label, doc, node, property) => {
    const state = await snapshot();
    const run = await runImport(editor, tenant.id, doc);
    expect(run.status).toBe('failed');
    expect(run.issues).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', node, property })]));
    expect(await snapshot()).toEqual(state);
  });

  it('offers made in the editor export and re-import without change, too', async () => {
    const created = await editor.post(`/tenants/${tenant.id}/offers`, courseInput({ sessions: [{ startsAt: '2027-05-08T09:30', endsAt: '2027-05-08T16:00', mode: 'onsite', venue: { postalCode: '99084' } }] }));
    await editor.post(`/tenants/${tenant.id}/offers/${created.body.id}/submit`);
    const state = await snapshot();
    const exported = (await editor.get(`/tenants/${tenant.id}/export`)).body;
    const run = await runImport(editor, tenant.id, exported);
    expect(run.summary.offers).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await snapshot()).toEqual(state);
  });
});
