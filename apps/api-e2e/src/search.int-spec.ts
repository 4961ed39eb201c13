/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are checked field by field */
import { join } from 'node:path';
import ICAL from 'ical.js';
import { loadRegions } from '@knotenpunkt/api/regions';
import { MarkPastHandler } from '@knotenpunkt/api/catalogue';
import { SEARCH_INDEX, SearchIndexer, meiliIndexName, meiliOrganisationIndexName, type SearchIndex } from '@knotenpunkt/api/search';
import { courseInput } from './support/catalogue-fixtures';
import { startTenancyStack, type ApiClient, type TenancyStack } from './support/tenancy-stack';

const root = join(__dirname, '../../..');

/** An onsite session next year at a real PLZ. */
const onsite = (plz: string, day: string) => ({ startsAt: `${day}T09:00`, endsAt: `${day}T16:00`, mode: 'onsite', venue: { postalCode: plz }, capacity: 20, freePlaces: 5 });
const online = (day: string) => ({ startsAt: `${day}T17:00`, endsAt: `${day}T19:00`, mode: 'online', onlineUrl: 'https://meet.example/x' });

/**
 * The search contract (architecture rule 4): one body, run through the real catalogue → outbox →
 * indexer → engine → HTTP api for every engine. `overrides` go into the stack's environment
 * (`MEILI_URL` selects Meilisearch). Both engines must show the same observable behaviour.
 */
function searchContract(engineName: 'postgres' | 'meilisearch', overrides: Record<string, string>) {
  describe(`search: offers across regions (${engineName})`, () => {
    let stack: TenancyStack;
    let editor: ApiClient;
    let other: ApiClient;
    let tenant: { id: string };
    let otherTenant: { id: string };
    const ids: Record<string, string> = {};
    const anonymous = () => stack.client();
    const search = async (query: string) => {
      const response = await anonymous().get(`/search/offers?${query}`);
      if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const titles = (body: any) => body.items.map((i: { title: string }) => i.title);
    const publish = async (client: ApiClient, tenantId: string, key: string, input: Record<string, unknown>) => {
      const created = await client.post(`/tenants/${tenantId}/offers`, courseInput(input));
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
      const submitted = await client.post(`/tenants/${tenantId}/offers/${created.body.id}/submit`);
      if (submitted.body.status !== 'published') throw new Error(JSON.stringify(submitted.body));
      ids[key] = created.body.id;
    };
    const drain = () => stack.worker.get(SearchIndexer).drain();

    beforeAll(async () => {
      stack = await startTenancyStack(overrides);
      await loadRegions(stack.db.ownerUrl, join(root, 'data/regions'));
      tenant = await stack.seedTenant('vhs-gotha', { type: 'adult-education', name: 'VHS Gotha' });
      otherTenant = await stack.seedTenant('bildungswerk-sachsen', { type: 'welfare', name: 'Bildungswerk Sachsen' });
      const u1 = await stack.seedUser('redaktion@vhs-gotha.example');
      const u2 = await stack.seedUser('redaktion@bw-sachsen.example');
      await stack.addMember(tenant.id, u1.id, 'editor');
      await stack.addMember(otherTenant.id, u2.id, 'editor');
      editor = stack.client();
      other = stack.client();
      await editor.login(u1.email);
      await other.login(u2.email);

      await publish(editor, tenant.id, 'gotha', {
        title: 'Schulung für Ehrenamtliche in der Flüchtlingshilfe', abstract: 'Grundwissen für Willkommensinitiativen.', topics: ['volunteer-management'], audiences: ['volunteers'],
        price: { amount: 15, freeFor: ['volunteers'] }, sessions: [onsite('99867', '2027-02-10')],
      });
      await publish(editor, tenant.id, 'erfurt', {
        title: 'Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen', abstract: 'Für Fachkräfte der Migrationsberatung.', topics: ['migration-counselling'], audiences: ['professionals'],
        plainLanguageSummary: 'Ein Kurs für Menschen, die beraten. Sie lernen die wichtigsten Regeln.',
        price: { amount: 50 }, sessions: [onsite('99084', '2027-03-15')],
      });
      await publish(editor, tenant.id, 'online', {
        title: 'Online-Seminar Asylrecht für Engagierte', abstract: 'Aufenthaltsrecht verständlich erklärt.', topics: ['asylum-law'], audiences: ['volunteers'],
        price: { isFree: true, amount: null }, sessions: [online('2027-02-20')],
      });
      await publish(other, otherTenant.id, 'leipzig', {
        title: 'Interkulturelle Kompetenz für BeraterInnen', abstract: 'Ein Training in Leipzig.', topics: ['intercultural-competence'], audiences: ['professionals', 'volunteers'],
        price: { isFree: true, amount: null }, sessions: [onsite('04109', '2027-04-01')],
      });
      await publish(other, otherTenant.id, 'berlin', {
        title: 'Qualifizierung Integrationslotsen', abstract: 'Begleitung im Alltag.', description: 'Viele Lotsen kommen aus der Flüchtlingshilfe.', topics: ['volunteer-management'], audiences: ['volunteers'],
        price: { amount: 30 }, sessions: [onsite('10115', '2027-05-05'), online('2027-05-12')],
      });
      // Never published: must never be found.
      await editor.post(`/tenants/${tenant.id}/offers`, courseInput({ title: 'Geheimer Entwurf Flüchtlingshilfe', sessions: [onsite('99867', '2027-02-11')] }));
      await drain();
    });
    afterAll(async () => {
      if (stack && engineName === 'meilisearch') await dropMeiliIndexes(overrides, meiliIndexName(stack.config.QUEUE_PREFIX));
      await stack?.stop();
    });

    it(`runs on ${engineName} and reports it as healthy`, async () => {
      expect(stack.worker.get<symbol, SearchIndex>(SEARCH_INDEX).engine).toBe(engineName);
      expect(stack.api.get<symbol, SearchIndex>(SEARCH_INDEX).engine).toBe(engineName);
      const health = await anonymous().get('/api/health');
      expect(health.body.checks.search).toEqual({ status: 'up', engine: engineName });
    });

    it('ranks a title match above a description match', async () => {
      const body = await search('q=Flüchtlingshilfe');
      expect(titles(body)[0]).toBe('Schulung für Ehrenamtliche in der Flüchtlingshilfe');
      expect(titles(body)).toContain('Qualifizierung Integrationslotsen');
    });

    it('drafts never appear', async () => {
      for (const q of ['q=Geheimer', 'q=Entwurf', 'q=Flüchtlingshilfe&pageSize=100', 'pageSize=100']) expect(JSON.stringify(await search(q))).not.toContain('Geheimer Entwurf');
    });

    it('finds synonyms both ways (Flüchtlingshilfe ↔ Geflüchtetenarbeit, Integrationsbegleiter ↔ Integrationslotse, Ehrenamt ↔ Engagierte)', async () => {
      expect(titles(await search('q=Geflüchtetenarbeit'))).toEqual(expect.arrayContaining(['Schulung für Ehrenamtliche in der Flüchtlingshilfe', 'Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen']));
      // Partial matches (the compound's parts, broader terms) may follow; the synonym ranks first.
      expect(titles(await search('q=Integrationsbegleiter'))[0]).toBe('Qualifizierung Integrationslotsen');
      // The one offer with both words first; offers with one of them follow (fewer than 20 match both).
      const both = await search('q=Asylrecht Ehrenamtliche');
      expect(titles(both)[0]).toBe('Online-Seminar Asylrecht für Engagierte');
      expect(both.textMatch).toEqual({ units: 2, matched: 1, ignoredText: false });
    });

    it('matches every gender form of a person noun', async () => {
      for (const form of ['Berater*innen', 'Berater:innen', 'BeraterInnen', 'Berater_innen', 'Beraterinnen', 'Berater']) {
        expect({ form, titles: titles(await search(`q=${encodeURIComponent(form)}`)).sort() }).toEqual({ form, titles: ['Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen', 'Interkulturelle Kompetenz für BeraterInnen'] });
      }
    });

    it('tolerates one typo in words of 5+ letters and two in words of 9+', async () => {
      expect(titles(await search('q=Kompetnz'))).toEqual(['Interkulturelle Kompetenz für BeraterInnen']);
      expect(titles(await search('q=Asylrehct'))).toEqual(['Online-Seminar Asylrecht für Engagierte']);
      expect(titles(await search('q=Asxlrexhx'))).toEqual([]);
      expect(titles(await search('q=Lotxe'))).toEqual([]);
    });

    it('radius around a PLZ: nothing outside, nearest first when sorted by distance, distance shown', async () => {
      const body = await search('plz=99867&radiusKm=50&sort=distance');
      expect(titles(body)).toEqual(['Schulung für Ehrenamtliche in der Flüchtlingshilfe', 'Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen']);
      expect(body.items[0].distanceKm).toBeLessThan(2);
      expect(body.items[1].distanceKm).toBeGreaterThan(15);
      expect(body.items[1].distanceKm).toBeLessThan(50);
      expect(body.items[0].nextSession).toMatchObject({ startsAt: '2027-02-10T09:00:00+01:00', postalCode: '99867', freePlaces: 5, mode: 'onsite' });
      expect(body.items[0].nextSession.lat).toBeCloseTo(50.95, 1);
      expect(body.items[0].nextSession.lon).toBeCloseTo(10.7, 1);
      expect(body.items.map((i: { hasPlainLanguage: boolean }) => i.hasPlainLanguage)).toEqual([false, true]);
    });

    it('region at every level: Land, Kreis, Gemeinde', async () => {
      expect(titles(await search('region=16&sort=date'))).toEqual(['Schulung für Ehrenamtliche in der Flüchtlingshilfe', 'Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen']);
      expect(titles(await search('region=16067'))).toEqual(['Schulung für Ehrenamtliche in der Flüchtlingshilfe']);
      expect(titles(await search('region=147130000000'))).toEqual(['Interkulturelle Kompetenz für BeraterInnen']);
    });

    it('text together with a region, a radius and offer filters: only what matches all of them', async () => {
      expect(titles(await search('q=Ehrenamtliche&region=16'))).toEqual(['Schulung für Ehrenamtliche in der Flüchtlingshilfe']);
      expect(titles(await search('q=Flüchtlingshilfe&region=16067'))).toEqual(['Schulung für Ehrenamtliche in der Flüchtlingshilfe']);
      expect(titles(await search('q=Kompetnz&region=147130000000'))).toEqual(['Interkulturelle Kompetenz für BeraterInnen']);
      expect(titles(await search('q=Kompetenz&region=16'))).toEqual([]);
      expect(titles(await search('q=Berater*innen&plz=99867&radiusKm=50'))).toEqual(['Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen']);
      expect(titles(await search('q=Berater*innen&plz=99867&radiusKm=50&audience=volunteers'))).toEqual([]);
      expect(titles(await search('q=Ehrenamtliche&region=16&freeFor=volunteers'))).toEqual(['Schulung für Ehrenamtliche in der Flüchtlingshilfe']);
      expect(titles(await search('q=Ehrenamtliche&region=16&free=true'))).toEqual([]);
      const faceted = await search('q=Geflüchtetenarbeit&region=16&facets=topic,mode,land,free');
      expect(faceted.total).toBe(2);
      expect(faceted.facets.land).toEqual({ '16': 2 });
      expect(faceted.facets.free).toEqual({ false: 2 });
    });

    it('honours kostenlos, free-for, mode, audience, topic, kind and dates', async () => {
      expect(titles(await search('free=true')).sort()).toEqual(['Interkulturelle Kompetenz für BeraterInnen', 'Online-Seminar Asylrecht für Engagierte']);
      expect(titles(await search('freeFor=volunteers')).sort()).toEqual(['Interkulturelle Kompetenz für BeraterInnen', 'Online-Seminar Asylrecht für Engagierte', 'Schulung für Ehrenamtliche in der Flüchtlingshilfe']);
      expect(titles(await search('mode=online')).sort()).toEqual(['Online-Seminar Asylrecht für Engagierte', 'Qualifizierung Integrationslotsen']);
      expect(titles(await search('audience=professionals')).sort()).toEqual(['Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen', 'Interkulturelle Kompetenz für BeraterInnen']);
      expect(titles(await search('topic=asylum-law,intercultural-competence')).sort()).toEqual(['Interkulturelle Kompetenz für BeraterInnen', 'Online-Seminar Asylrecht für Engagierte']);
      expect(titles(await search('from=2027-03-01&to=2027-04-30&sort=date'))).toEqual(['Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen', 'Interkulturelle Kompetenz für BeraterInnen']);
      expect(titles(await search('kind=programme'))).toEqual([]);
    });

    it('facet counts add up to the total', async () => {
      const body = await search('facets=kind,free,mode,topic,land&pageSize=1');
      expect(body.total).toBe(5);
      expect(Object.values(body.facets.kind).reduce((a: number, b) => a + (b as number), 0)).toBe(5);
      expect(body.facets.free).toEqual({ true: 2, false: 3 });
      expect(body.facets.land).toEqual({ '11': 1, '14': 1, '16': 2 });
      expect(body.facets.mode).toEqual({ onsite: 4, online: 2 });
      const filtered = await search('facets=topic&region=16');
      expect(filtered.facets.topic).toEqual({ 'volunteer-management': 1, 'migration-counselling': 1 });
    });

    it('offers online offers as a fallback when little is nearby', async () => {
      const body = await search('q=Asylrecht&plz=19053&radiusKm=20');
      expect(body.items).toEqual([]);
      expect(body.fallback).toEqual([expect.objectContaining({ title: 'Online-Seminar Asylrecht für Engagierte', fallback: true })]);
      expect((await search('q=Asylrecht&plz=19053&radiusKm=20&onlineFallback=false')).fallback).toEqual([]);
    });

    it('pages through results', async () => {
      const first = await search('pageSize=2&sort=date');
      const second = await search('pageSize=2&page=2&sort=date');
      const third = await search('pageSize=2&page=3&sort=date');
      expect(first.total).toBe(5);
      expect([...titles(first), ...titles(second), ...titles(third)]).toHaveLength(5);
      expect(new Set([...titles(first), ...titles(second), ...titles(third)]).size).toBe(5);
    });

    it('a full rebuild keeps answering during the swap and ends with the same results', async () => {
      const before = titles(await search('pageSize=100&sort=date'));
      const seen: number[] = [];
      let rebuilding = true;
      const polling = (async () => {
        while (rebuilding) seen.push((await search('pageSize=100')).total);
      })();
      const indexed = await stack.worker.get(SearchIndexer).rebuild();
      rebuilding = false;
      await polling;
      expect(indexed).toBe(5);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((total) => total === 5)).toBe(true);
      expect(titles(await search('pageSize=100&sort=date'))).toEqual(before);
    });

    it.each([
      ['radiusKm=600&plz=99867', 'radiusKm'],
      ['facets=preis', 'facets.0'],
      ['pageSize=101', 'pageSize'],
      ['plz=00000', 'plz'],
      ['sort=distance', 'sort'],
      ['mode=hybrid', 'mode.0'],
      ['from=2027-05-01&to=2027-04-01', 'to'],
    ])('refuses %s with 400 naming %s', async (query, path) => {
      const response = await anonymous().get(`/search/offers?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    });

    it('serves the result as an iCalendar feed that a real iCal parser reads', async () => {
      const response = await fetch(`${stack.baseUrl}/api/v1/search/offers.ics?region=16&sort=date`);
      expect(response.headers.get('content-type')).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events.map((e) => e.summary)).toEqual(['Schulung für Ehrenamtliche in der Flüchtlingshilfe', 'Fortbildung Geflüchtetenarbeit: Grundlagen für Berater*innen']);
      expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2027-02-10T08:00:00.000Z');
      expect(events[0]?.location).toBe('99867');
    });

    it('a published change is searchable within 2 s through the outbox relay; archiving removes it', async () => {
      const started = Date.now();
      await publish(editor, tenant.id, 'neu', { title: 'Werkstatt Konfliktmoderation', topics: ['conflict-management'], sessions: [onsite('99880', '2027-06-01')] });
      let found = false;
      while (!found && Date.now() - started < 5000) {
        found = titles(await search('q=Konfliktmoderation')).length === 1;
        if (!found) await new Promise((r) => setTimeout(r, 100));
      }
      const elapsed = Date.now() - started;
      expect(found).toBe(true);
      expect(elapsed).toBeLessThan(2000);
      await editor.post(`/tenants/${tenant.id}/offers/${ids['neu']}/archive`);
      await drain();
      expect(titles(await search('q=Konfliktmoderation'))).toEqual([]);
    });

    it('the platform operator edits the synonym list; a new group takes effect; errors name the line', async () => {
      const operator = stack.client();
      await operator.login((await stack.seedUser(`betrieb-${engineName}@knotenpunkt.example`, { platformRole: 'operator' })).email);
      const builtIn = await operator.get('/platform/search/synonyms');
      expect(builtIn.body).toMatchObject({ builtIn: true, updatedAt: null });
      expect(builtIn.body.groups.length).toBeGreaterThan(10);
      expect((await editor.get('/platform/search/synonyms')).status).toBe(403);
      const bad = await operator.put('/platform/search/synonyms', { source: `${builtIn.body.source}\nnur-ein-begriff` });
      expect(bad.status).toBe(400);
      expect(bad.body.issues[0]).toMatchObject({ path: 'source', message: expect.stringMatching(/^Zeile \d+:/) });
      expect(titles(await search('q=Brückenbauer'))).toEqual([]);
      const saved = await operator.put('/platform/search/synonyms', { source: `${builtIn.body.source}\nBrückenbauer, Integrationslotse` });
      expect(saved.body).toMatchObject({ builtIn: false });
      expect(titles(await search('q=Brückenbauerinnen'))[0]).toBe('Qualifizierung Integrationslotsen');
      expect(await stack.sql(`SELECT action FROM audit_log WHERE action = 'search.synonyms-updated'`)).toHaveLength(1);
    });

    it('serves a repeated query from the cache until the index changes', async () => {
      const first = titles(await search('q=Asylrecht&mode=online'));
      expect(first).toEqual(['Online-Seminar Asylrecht für Engagierte']);
      // Behind the indexer's back: a cached answer does not see this …
      await stack.sql(`UPDATE search_offer SET summary = jsonb_set(summary, '{title}', '"Geändert ohne Indexer"') WHERE offer_id = $1`, [ids['online']]);
      expect(titles(await search('q=Asylrecht&mode=online'))).toEqual(first);
      // … until the indexer announces a change.
      await stack.sql(`INSERT INTO index_outbox (tenant_id, entity, entity_id) VALUES ($1, 'offer', $2)`, [tenant.id, ids['online']]);
      await drain();
      expect(titles(await search('q=Asylrecht&mode=online'))).toEqual(['Online-Seminar Asylrecht für Engagierte']);
    });

    it('an offer that became past leaves search', async () => {
      await stack.sql(`UPDATE offer SET last_session_end = now() - interval '1 day' WHERE id = $1`, [ids['leipzig']]);
      await stack.worker.get(MarkPastHandler).handle();
      await drain();
      expect(titles(await search('q=Kompetenz'))).toEqual([]);
    });

    describe('partners (organisations)', () => {
      let operator: ApiClient;
      let founder: ApiClient;
      const partners = async (query: string) => {
        const response = await anonymous().get(`/search/organisations?${query}`);
        if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(response.body)}`);
        return response.body;
      };
      const names = (body: any) => body.items.map((i: { tenant: { name: string } }) => i.tenant.name);
      const profile = async (tenantId: string, email: string, input: Record<string, unknown>) => {
        const admin = stack.client();
        const user = await stack.seedUser(email);
        await stack.addMember(tenantId, user.id, 'admin');
        await admin.login(user.email);
        const saved = await admin.put(`/tenants/${tenantId}/profile`, input);
        if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
      };

      beforeAll(async () => {
        await profile(tenant.id, `leitung-${engineName}@vhs-gotha.example`, {
          description: 'Volkshochschule im Landkreis Gotha: Sprachkurse und Schulungen für Ehrenamtliche in der Flüchtlingshilfe.',
          address: { postalCode: '99867', locality: 'Gotha' }, serviceAreas: ['16067'], topics: ['volunteer-management', 'language-support'], audiences: ['volunteers'],
          reviewByParent: false, staleAfterDays: 120,
        });
        await profile(otherTenant.id, `leitung-${engineName}@bw-sachsen.example`, {
          description: 'Fortbildungen für Berater*innen in ganz Sachsen.', address: { postalCode: '04109', locality: 'Leipzig' }, serviceAreas: ['14'],
          topics: ['intercultural-competence'], audiences: ['professionals'],
        });
        // Created through the api (sign-up path): searchable by name and type without a profile.
        founder = stack.client();
        await founder.login((await stack.seedUser(`gruendung-${engineName}@willkommen.example`)).email);
        const created = await founder.post('/tenants', { name: 'Initiative Willkommen Erfurt', slug: `willkommen-erfurt-${engineName}`, type: 'initiative' });
        if (created.status !== 201) throw new Error(JSON.stringify(created.body));
        operator = stack.client();
        await operator.login((await stack.seedUser(`betrieb-partner-${engineName}@knotenpunkt.example`, { platformRole: 'operator' })).email);
        await drain();
        await drain();
      });

      it('finds organisations by text, with synonyms, typos and gender forms', async () => {
        expect(names(await partners('q=Flüchtlingshilfe'))).toEqual(['VHS Gotha']);
        expect(names(await partners('q=Geflüchtetenarbeit'))).toEqual(['VHS Gotha']);
        expect(names(await partners('q=Volkshochshule'))).toEqual(['VHS Gotha']);
        expect(names(await partners('q=Beraterinnen'))).toEqual(['Bildungswerk Sachsen']);
        expect(names(await partners('q=Willkommen'))).toEqual(['Initiative Willkommen Erfurt']);
      });

      it('filters by type, topic and audience', async () => {
        expect(names(await partners('type=welfare'))).toEqual(['Bildungswerk Sachsen']);
        expect(names(await partners('type=initiative,adult-education&sort=name'))).toEqual(['Initiative Willkommen Erfurt', 'VHS Gotha']);
        expect(names(await partners('topic=volunteer-management'))).toEqual(['VHS Gotha']);
        expect(names(await partners('audience=professionals'))).toEqual(['Bildungswerk Sachsen']);
      });

      it('service area: an organisation serving a Land covers every place in it; one serving a Kreis is found in its Land', async () => {
        expect(names(await partners('region=147130000000'))).toEqual(['Bildungswerk Sachsen']);
        expect(names(await partners('region=14'))).toEqual(['Bildungswerk Sachsen']);
        expect(names(await partners('region=16'))).toEqual(['VHS Gotha']);
        expect(names(await partners('region=16067'))).toEqual(['VHS Gotha']);
        expect(names(await partners('region=09'))).toEqual([]);
      });

      it('radius around a PLZ: addresses within it only, with the distance', async () => {
        const body = await partners('plz=99084&radiusKm=40&sort=distance');
        expect(names(body)).toEqual(['VHS Gotha']);
        expect(body.items[0].distanceKm).toBeGreaterThan(15);
        expect(body.items[0].distanceKm).toBeLessThan(40);
        expect(names(await partners('plz=04109&radiusKm=10'))).toEqual(['Bildungswerk Sachsen']);
      });

      it('shows the public profile and the count of current offers, never the private settings', async () => {
        const body = await partners('q=Gotha&facets=type,topic,land');
        const hit = body.items[0];
        expect(hit).toMatchObject({ tenant: { name: 'VHS Gotha', type: 'adult-education' }, address: { postalCode: '99867', locality: 'Gotha' }, serviceAreas: [expect.objectContaining({ key: '16067' })], currentOffers: 3 });
        expect(hit).not.toHaveProperty('reviewByParent');
        expect(hit).not.toHaveProperty('staleAfterDays');
        expect(JSON.stringify(body)).not.toContain('120');
        expect(body.facets).toEqual({ type: { 'adult-education': 1 }, topic: { 'volunteer-management': 1, 'language-support': 1 }, land: { '16': 1 } });
      });

      it('facet counts add up to the total', async () => {
        const body = await partners('facets=type');
        expect(body.total).toBe(3);
        expect(Object.values(body.facets.type as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(3);
      });

      it('a profile change is searchable within 2 s through the outbox relay', async () => {
        const admin = stack.client();
        await admin.login(`leitung-${engineName}@bw-sachsen.example`);
        const started = Date.now();
        const saved = await admin.put(`/tenants/${otherTenant.id}/profile`, { description: 'Fortbildungen und Supervision für Berater*innen.', address: { postalCode: '04109' }, serviceAreas: ['14'] });
        expect(saved.status).toBe(200);
        let found = false;
        while (!found && Date.now() - started < 5000) {
          found = names(await partners('q=Supervision')).length === 1;
          if (!found) await new Promise((r) => setTimeout(r, 100));
        }
        expect(found).toBe(true);
        expect(Date.now() - started).toBeLessThan(2000);
      });

      it('a suspended organisation and its offers leave search; reactivated, they return', async () => {
        expect(titles(await search('q=Integrationslotsen'))[0]).toBe('Qualifizierung Integrationslotsen');
        expect((await operator.patch(`/platform/tenants/${otherTenant.id}`, { status: 'suspended' })).status).toBe(200);
        await drain();
        await drain();
        expect(names(await partners('q=Supervision'))).toEqual([]);
        expect(titles(await search('q=Integrationslotsen'))).not.toContain('Qualifizierung Integrationslotsen');
        expect(titles(await search('q=Leipzig'))).not.toContain('Interkulturelle Kompetenz für BeraterInnen');
        expect((await operator.patch(`/platform/tenants/${otherTenant.id}`, { status: 'active' })).status).toBe(200);
        await drain();
        await drain();
        expect(names(await partners('q=Supervision'))).toEqual(['Bildungswerk Sachsen']);
        expect(titles(await search('q=Integrationslotsen'))[0]).toBe('Qualifizierung Integrationslotsen');
      });

      it('a full rebuild indexes every active organisation', async () => {
        await stack.worker.get(SearchIndexer).rebuild();
        expect(names(await partners('sort=name'))).toEqual(['Bildungswerk Sachsen', 'Initiative Willkommen Erfurt', 'VHS Gotha']);
      });

      it.each([
        ['type=verein', 'type.0'],
        ['radiusKm=20', 'radiusKm'],
        ['plz=99867&radiusKm=501', 'radiusKm'],
        ['pageSize=101', 'pageSize'],
        ['facets=preis', 'facets.0'],
        ['sort=distance', 'sort'],
        ['sort=date', 'sort'],
        ['region=xx', 'region'],
      ])('refuses %s with 400 naming %s', async (query, path) => {
        const response = await anonymous().get(`/search/organisations?${query}`);
        expect(response.status).toBe(400);
        expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      });
    });
  });
}

/** The indexes a Meilisearch run created (the live one and a rebuild's leftover), so a shared engine stays clean. */
async function dropMeiliIndexes(overrides: Record<string, string>, name: string): Promise<void> {
  const headers = overrides['MEILI_MASTER_KEY'] ? { authorization: `Bearer ${overrides['MEILI_MASTER_KEY']}` } : undefined;
  for (const uid of [name, `${name}_next`, meiliOrganisationIndexName(name), `${meiliOrganisationIndexName(name)}_next`]) await fetch(new URL(`/indexes/${uid}`, overrides['MEILI_URL']), { method: 'DELETE', headers }).catch(() => undefined);
}

searchContract('postgres', {});

describe('search engine selection', () => {
  it('boots with an unreachable Meilisearch (MEILI_URL set), reports it in /api/health and never falls back silently', async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    const stack = await startTenancyStack({ MEILI_URL: 'http://127.0.0.1:9', MEILI_MASTER_KEY: 'unreachable-key-0123456789' });
    try {
      expect(stack.worker.get<symbol, SearchIndex>(SEARCH_INDEX).engine).toBe('meilisearch');
      const health = await stack.client().get('/api/health');
      expect(health.status).toBe(200);
      expect(health.body.status).toBe('degraded');
      expect(health.body.checks.search).toMatchObject({ status: 'down', engine: 'meilisearch' });
      expect(health.body.checks.search.error).toEqual(expect.any(String));
      expect((await stack.client().get('/search/offers?q=Schulung')).status).toBeGreaterThanOrEqual(500);
    } finally {
      await stack.stop();
    }
  });
});

// Meilisearch, when one is reachable (docs/development.md, "Running the search contract suite
// against Meilisearch"). Without TEST_MEILI_URL this describe block is simply not defined: no
// skipped test is registered, the PostgreSQL run above is the whole suite.
const meiliUrl = process.env['TEST_MEILI_URL'];
if (meiliUrl) {
  const key = process.env['TEST_MEILI_MASTER_KEY'];
  searchContract('meilisearch', { MEILI_URL: meiliUrl, ...(key ? { MEILI_MASTER_KEY: key } : {}) });
}
