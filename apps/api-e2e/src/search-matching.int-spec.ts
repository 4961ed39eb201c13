/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are checked field by field */
import { join } from 'node:path';
import { loadRegions } from '@knotenpunkt/api/regions';
import { SearchIndexer, meiliIndexName } from '@knotenpunkt/api/search';
import { courseInput } from './support/catalogue-fixtures';
import { startTenancyStack, type ApiClient, type TenancyStack } from './support/tenancy-stack';

const root = join(__dirname, '../../..');
const onsite = (plz: string, day: string) => ({ startsAt: `${day}T09:00`, endsAt: `${day}T16:00`, mode: 'onsite', venue: { postalCode: plz }, capacity: 20, freePlaces: 5 });
const online = (day: string) => ({ startsAt: `${day}T17:00`, endsAt: `${day}T19:00`, mode: 'online', onlineUrl: 'https://meet.example/x' });

/**
 * What issue 16 asks of both engines, through the real catalogue → outbox → indexer → engine →
 * HTTP path: partial matching ranked by coverage, compounds and elisions, Land names in the
 * text, Land-wide online and on-request offers in region searches, stop-word-only queries.
 */
function matchingContract(engineName: 'postgres' | 'meilisearch', overrides: Record<string, string>) {
  describe(`search: matching what people mean (${engineName})`, () => {
    let stack: TenancyStack;
    const anonymous = () => stack.client();
    const search = async (query: string) => {
      const response = await anonymous().get(`/search/offers?${query}`);
      if (response.status !== 200) throw new Error(`${query}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const titles = (body: any) => body.items.map((i: { title: string }) => i.title);
    const fallbackTitles = (body: any) => body.fallback.map((i: { title: string }) => i.title);

    async function organisation(slug: string, name: string, serviceAreas: string[], postalCode: string, locality: string): Promise<{ id: string; editor: ApiClient }> {
      const tenant = await stack.seedTenant(`${slug}-${engineName}`, { type: 'welfare', name });
      const user = await stack.seedUser(`redaktion@${slug}-${engineName}.example`);
      await stack.addMember(tenant.id, user.id, 'admin');
      const editor = stack.client();
      await editor.login(user.email);
      const saved = await editor.put(`/tenants/${tenant.id}/profile`, { description: name, address: { postalCode, locality }, serviceAreas, topics: ['asylum-law'], audiences: ['volunteers'] });
      if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));
      return { id: tenant.id, editor };
    }

    async function publish(org: { id: string; editor: ApiClient }, input: Record<string, unknown>): Promise<void> {
      const created = await org.editor.post(`/tenants/${org.id}/offers`, courseInput(input));
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
      const submitted = await org.editor.post(`/tenants/${org.id}/offers/${created.body.id}/submit`);
      if (submitted.body.status !== 'published') throw new Error(JSON.stringify(submitted.body));
    }

    beforeAll(async () => {
      stack = await startTenancyStack(overrides);
      await loadRegions(stack.db.ownerUrl, join(root, 'data/regions'));
      const saxony = await organisation('forum-sachsen', 'Bildungsforum Sachsen', ['14'], '01067', 'Dresden');
      const anhalt = await organisation('netz-anhalt', 'Netzwerk Sachsen-Anhalt', ['15'], '06108', 'Halle (Saale)');
      const federal = await organisation('akademie-bund', 'Bundesakademie Engagement', [], '10115', 'Berlin');
      await publish(saxony, {
        title: 'Schulung für Sprach- und Kulturmittler*innen', abstract: 'Dolmetschen im Trialog für haupt- und ehrenamtlich Engagierte.', topics: ['language-support'],
        price: { isFree: true, amount: null }, sessions: [onsite('04109', '2027-03-10')],
      });
      await publish(saxony, {
        kind: 'on-request', title: 'Asylrecht kompakt: Module auf Anfrage', abstract: 'Wir kommen zu Ihrer Initiative, Termine nach Absprache.', topics: ['asylum-law'],
        price: { amount: 40, freeFor: ['volunteers'] }, sessions: [],
      });
      await publish(saxony, {
        title: 'Online-Fortbildung Aufenthaltsrecht', abstract: 'Für Engagierte in Sachsen, am Bildschirm.', topics: ['asylum-law'], price: { isFree: true, amount: null }, sessions: [online('2027-03-20')],
      });
      await publish(anhalt, {
        title: 'Vernetzungstreffen Willkommensinitiativen', abstract: 'Austausch und Konflikte moderieren in der Flüchtlingshilfe.', kind: 'network-meeting', topics: ['networking'],
        price: { isFree: true, amount: null }, sessions: [onsite('06108', '2027-04-02')],
      });
      await publish(federal, {
        title: 'Online-Seminar Asylverfahren für Ehrenamtliche', abstract: 'Bundesweit, für alle Engagierten.', topics: ['asylum-law'], price: { isFree: true, amount: null }, sessions: [online('2027-03-25')],
      });
      await stack.worker.get(SearchIndexer).drain();
    });
    afterAll(async () => {
      if (stack && engineName === 'meilisearch') await dropIndexes(overrides, meiliIndexName(stack.config.QUEUE_PREFIX));
      await stack?.stop();
    });

    it('ranks by how much of the query an offer covers and never returns nothing while some words match', async () => {
      const body = await search('q=Schulung Konfliktmoderation Willkommensinitiative');
      expect(titles(body)).toContain('Vernetzungstreffen Willkommensinitiativen');
      expect(body.total).toBeGreaterThan(0);
      expect(titles(await search('q=Vernetzungstreffen Konflikte moderieren'))[0]).toBe('Vernetzungstreffen Willkommensinitiativen');
    });

    it('meets compounds and elisions at the part level, both ways', async () => {
      expect(titles(await search('q=Sprachmittlerschulung'))[0]).toBe('Schulung für Sprach- und Kulturmittler*innen');
      expect(titles(await search('q=Kulturmittlerin'))[0]).toBe('Schulung für Sprach- und Kulturmittler*innen');
      expect(titles(await search('q=hauptamtlich'))).toContain('Schulung für Sprach- und Kulturmittler*innen');
      expect(titles(await search('q=Treffen zur Vernetzung'))[0]).toBe('Vernetzungstreffen Willkommensinitiativen');
    });

    it('a Land typed into the text acts as the region; Sachsen is not Sachsen-Anhalt', async () => {
      const inSaxony = titles(await search('q=Schulung in Sachsen&onlineFallback=false'));
      expect(inSaxony).toContain('Schulung für Sprach- und Kulturmittler*innen');
      expect(inSaxony).not.toContain('Vernetzungstreffen Willkommensinitiativen');
      expect(titles(await search('q=Vernetzungstreffen Sachsen-Anhalt&onlineFallback=false'))).toEqual(['Vernetzungstreffen Willkommensinitiativen']);
    });

    it("region: a Land-wide online offer belongs to its Land; on-request offers are found where the provider serves, labelled; nationwide online offers only as fallback", async () => {
      const saxony = await search('region=14&freeFor=volunteers');
      expect(titles(saxony)).toEqual(expect.arrayContaining(['Schulung für Sprach- und Kulturmittler*innen', 'Asylrecht kompakt: Module auf Anfrage', 'Online-Fortbildung Aufenthaltsrecht']));
      expect(titles(saxony)).not.toContain('Online-Seminar Asylverfahren für Ehrenamtliche');
      expect(saxony.items.find((i: any) => i.title === 'Asylrecht kompakt: Module auf Anfrage')).toMatchObject({ onRequest: true, nextSession: null });
      expect(fallbackTitles(saxony)).toEqual(['Online-Seminar Asylverfahren für Ehrenamtliche']);
      // Leipzig lies in Sachsen: the provider serving all of Sachsen and its Land-wide online offer reach it.
      const leipzig = await search('plz=04109&radiusKm=10&onlineFallback=false');
      expect(titles(leipzig)).toEqual(expect.arrayContaining(['Asylrecht kompakt: Module auf Anfrage', 'Online-Fortbildung Aufenthaltsrecht']));
      const anhalt = await search('region=15');
      expect(titles(anhalt)).toEqual(['Vernetzungstreffen Willkommensinitiativen']);
      expect(fallbackTitles(anhalt)).not.toContain('Online-Fortbildung Aufenthaltsrecht');
      // Dates or a mode never find an offer without dates.
      expect(titles(await search('region=14&mode=onsite'))).not.toContain('Asylrecht kompakt: Module auf Anfrage');
    });

    it('a query of stop words only is not a text search', async () => {
      const body = await search('q=für die&sort=relevance');
      expect(body.textMatch).toMatchObject({ ignoredText: true });
      expect(body.total).toBe(5);
    });
  });
}

async function dropIndexes(overrides: Record<string, string>, name: string): Promise<void> {
  const { Meilisearch } = await import('meilisearch');
  const client = new Meilisearch({ host: overrides['MEILI_URL'] as string, apiKey: overrides['MEILI_MASTER_KEY'] });
  for (const uid of [name, `${name.replace(/_offers$/, '')}_organisations`]) await client.deleteIndex(uid).waitTask().catch(() => undefined);
}

matchingContract('postgres', {});

// With TEST_MEILI_URL (docs/development.md) the same contract runs against Meilisearch.
if (process.env['TEST_MEILI_URL']) {
  matchingContract('meilisearch', { MEILI_URL: process.env['TEST_MEILI_URL'], ...(process.env['TEST_MEILI_MASTER_KEY'] ? { MEILI_MASTER_KEY: process.env['TEST_MEILI_MASTER_KEY'] } : {}) });
}
