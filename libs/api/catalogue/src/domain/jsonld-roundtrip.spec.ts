import { offerInputSchema, type Offer } from '@knotenpunkt/shared/contracts';
import { canonicalOffer, derivedSessionId, hashOf } from './canonical-offer';
import { exchangeDocument } from './jsonld-export';
import { exchangePropertyOf, readExchangeDocument } from './jsonld-import';

const partner = { id: '11111111-1111-4111-8111-111111111111', externalId: 'urn:org:partner', name: 'Partner e. V.', type: 'initiative' as const, url: null, email: null, phone: null, tenant: null };

function offer(): Offer {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    slug: 'beispiel-22222222',
    externalId: 'urn:offer:beispiel',
    status: 'published',
    kind: 'programme',
    title: 'Qualifizierung Integrationsbegleiter*innen',
    abstract: 'Kurz gesagt.',
    plainLanguageSummary: 'In Einfacher Sprache.',
    description: 'Lang.\n\nZweiter Absatz.',
    topics: ['asylum-law', 'trauma'],
    audiences: ['volunteers'],
    languages: ['de', 'ar'],
    prerequisites: 'Erfahrung im Ehrenamt',
    admissionRules: 'Nach Gespräch',
    price: { amount: 50, currency: 'EUR', isFree: false, freeFor: ['volunteers'] },
    certificate: { name: 'Zertifikat', issuer: 'Landesring (Demo)', recognisedBy: 'Ministerium (Demo)', legalBasis: '§ 1 DemoVO' },
    funders: ['Stiftung (Demo)'],
    contact: { name: 'Pia Programm', email: 'pia@example.org', phone: '+49 30 1234' },
    url: 'https://example.org/angebot',
    links: [{ label: 'Flyer', url: 'https://example.org/flyer.pdf' }],
    provider: { id: '33333333-3333-4333-8333-333333333333', slug: 'traeger', name: 'Träger', type: 'welfare' },
    partners: [{ ...partner, role: 'Kooperationspartner' }],
    modules: [
      { id: '44444444-4444-4444-8444-444444444444', position: 1, externalId: null, title: 'Modul 1', description: 'Recht', partnerId: partner.id, partner },
      { id: '55555555-5555-4555-8555-555555555555', position: 2, externalId: null, title: 'Modul 2', description: null, partnerId: null, partner: null },
    ],
    sessions: [
      {
        id: '66666666-6666-4666-8666-666666666666', externalId: 'urn:s:1', modulePosition: null, startsAt: '2027-03-01', endsAt: '2027-06-30', mode: 'blended',
        venue: { name: 'Haus', street: 'Weg 1', postalCode: '99084', locality: 'Erfurt', lat: 50.98, lon: 11.03, regionKey: null, regionName: null, point: { lat: 50.98, lon: 11.03 } }, onlineUrl: 'https://meet.example/x',
        capacity: 20, freePlaces: 4, registrationDeadline: '2027-02-01', schedule: { repeatFrequency: 'P1W', byDay: ['Tuesday'], text: 'dienstags' }, instructors: ['Dr. A'], past: false,
      },
      {
        id: '77777777-7777-4777-8777-777777777777', externalId: 'urn:s:2', modulePosition: 1, startsAt: '2027-03-02T09:00:00+01:00', endsAt: '2027-03-02T16:00:00+01:00', mode: 'online',
        venue: null, onlineUrl: 'https://meet.example/y', capacity: null, freePlaces: null, registrationDeadline: null, schedule: null, instructors: [], past: false,
      },
    ],
    nextSessionStartsAt: null,
    lastSessionEndsAt: null,
    publishedAt: null,
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
}

const own = { externalId: 'urn:org:traeger', name: 'Träger', type: 'welfare', description: null, url: null, email: null, phone: null, address: null, serviceAreas: ['16'], topics: [], parentExternalId: null, logoUrl: null };

describe('exchange format round trip (pure)', () => {
  it('reads back every field it writes', () => {
    const doc = exchangeDocument(own, [offer()]);
    const graph = readExchangeDocument(JSON.parse(JSON.stringify(doc)), null);
    expect(graph.issues).toEqual([]);
    expect(graph.ownNode).toBe('urn:org:traeger');
    expect(graph.partners).toEqual([{ node: 'urn:org:partner', input: expect.objectContaining({ name: 'Partner e. V.', type: 'initiative' }) }]);
    const [read] = graph.offers;
    const ids = new Map([['urn:org:partner', partner.id]]);
    const input = offerInputSchema.parse({
      ...read?.input,
      partners: read?.input.partners?.map((p) => ({ ...p, partnerId: ids.get(p.partnerId) })),
      modules: read?.input.modules?.map((m) => ({ ...m, partnerId: m.partnerId ? ids.get(m.partnerId) : null })),
    });
    const o = offer();
    expect(input).toMatchObject({
      kind: o.kind, title: o.title, abstract: o.abstract, plainLanguageSummary: o.plainLanguageSummary, description: o.description, topics: o.topics,
      audiences: o.audiences, languages: o.languages, prerequisites: o.prerequisites, admissionRules: o.admissionRules, price: o.price,
      certificate: o.certificate, funders: o.funders, contact: o.contact, url: o.url, links: o.links,
      partners: [{ partnerId: partner.id, role: 'Kooperationspartner' }],
      modules: [{ title: 'Modul 1', partnerId: partner.id }, { title: 'Modul 2', partnerId: null }],
    });
    expect(input.sessions).toEqual([
      expect.objectContaining({ externalId: 'urn:s:1', modulePosition: null, startsAt: '2027-03-01', mode: 'blended', onlineUrl: 'https://meet.example/x', capacity: 20, freePlaces: 4, registrationDeadline: '2027-02-01', schedule: { repeatFrequency: 'P1W', byDay: ['Tuesday'], text: 'dienstags' }, instructors: ['Dr. A'], venue: expect.objectContaining({ postalCode: '99084', lat: 50.98 }) }),
      expect.objectContaining({ externalId: 'urn:s:2', modulePosition: 1, startsAt: '2027-03-02T09:00:00+01:00', mode: 'online', venue: null }),
    ]);
    // The same content hashes the same, whatever order the sessions came in.
    const reversed = { ...input, sessions: [...input.sessions].reverse() };
    const id = (s: { modulePosition: number | null; startsAt: string }) => derivedSessionId('urn:offer:beispiel', s);
    expect(hashOf(canonicalOffer(reversed, id))).toBe(hashOf(canonicalOffer(input, id)));
  });

  it('maps schema paths back to the properties of the file', () => {
    const graph = readExchangeDocument(JSON.parse(JSON.stringify(exchangeDocument(own, [offer()]))), null);
    const read = graph.offers[0] as NonNullable<(typeof graph.offers)[0]>;
    // Sessions of modules sit inside the module node.
    expect(exchangePropertyOf(read, ['sessions', 1, 'startsAt'])).toBe('hasPart[0].hasCourseInstance[0].startDate');
    expect(exchangePropertyOf(read, ['sessions', 0, 'venue', 'postalCode'])).toBe('hasCourseInstance[0].location.address.postalCode');
    expect(exchangePropertyOf(read, ['topics', 1])).toBe('about[1]');
    expect(exchangePropertyOf(read, ['certificate', 'recognisedBy'])).toBe('educationalCredentialAwarded.recognizedBy');
    expect(exchangePropertyOf(read, ['modules', 0, 'title'])).toBe('hasPart[0].name');
  });

  it('reports structure problems by node: missing @id, duplicates, foreign providers, unknown properties', () => {
    const graph = readExchangeDocument(
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': 'urn:org:a', name: 'A' },
          { '@type': 'Course', name: 'Ohne Kennung', provider: 'urn:org:a' },
          { '@type': 'Course', '@id': 'urn:c:1', name: 'Eins', provider: 'urn:org:a', keywords: 'x' },
          { '@type': 'Course', '@id': 'urn:c:1', name: 'Doppelt', provider: 'urn:org:a' },
          { '@type': 'Event', '@id': 'urn:e:1' },
        ],
      },
      null,
    );
    expect(graph.issues).toEqual(
      expect.arrayContaining([
        { severity: 'error', node: '@graph[1]', property: '@id', message: 'catalogue.import.idMissing' },
        { severity: 'error', node: 'urn:c:1', property: '@id', message: 'catalogue.import.idDuplicate' },
        { severity: 'warning', node: 'urn:e:1', property: '@type', message: 'catalogue.import.type' },
        { severity: 'warning', node: 'urn:c:1', property: 'keywords', message: 'catalogue.import.ignored' },
      ]),
    );
    const foreign = readExchangeDocument({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Course', '@id': 'urn:c:2', name: 'X', provider: 'urn:org:b' }] }, 'urn:org:a');
    expect(foreign.issues).toEqual([{ severity: 'error', node: 'urn:c:2', property: 'provider', message: 'catalogue.import.provider' }]);
    expect(readExchangeDocument({ '@graph': [] }, null).issues).toEqual([{ severity: 'error', node: '(document)', property: null, message: 'catalogue.import.graph' }]);
  });
});
