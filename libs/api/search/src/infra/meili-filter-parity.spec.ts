import type { Offer } from '@knotenpunkt/shared/contracts';
import { offerDocument, type OfferDocument } from '../domain/offer-document';
import type { MemoryOffer } from '../domain/memory/memory-offer';
import { MemoryOfferIndex } from '../domain/memory/memory-offer-index';
import type { EngineQuery } from '../domain/search-index.port';
import { engineResult, meiliDocuments, meiliFilter, type MeiliOfferDocument } from './meili-search-index';

/**
 * The region semantics of the Meilisearch adapter against the embedded engine's `matchOffer`:
 * the filter expressions the adapter sends are evaluated here over the documents it writes (a
 * small evaluator for the part of Meilisearch's filter syntax the adapter uses), and the offers
 * found must be the ones the in-memory index finds for the same query. Meilisearch itself is
 * not available in unit tests; the contract suite (`search.int-spec.ts` with TEST_MEILI_URL)
 * runs the real engine.
 */

// ---- a Meilisearch filter evaluator (the subset the adapter writes) ----

type Token = { kind: 'string' | 'number' | 'word' | 'punct'; value: string };

function lex(expression: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|(>=|<=|!=|[=<>()[\],])|([A-Za-z_][A-Za-z0-9_]*))/y;
  let at = 0;
  while (at < expression.length) {
    if (/^\s*$/.test(expression.slice(at))) break;
    pattern.lastIndex = at;
    const m = pattern.exec(expression);
    if (!m) throw new Error(`cannot read the filter at ${at}: ${expression.slice(at)}`);
    if (m[1] !== undefined) tokens.push({ kind: 'string', value: m[1].replace(/\\(.)/g, '$1') });
    else if (m[2] !== undefined) tokens.push({ kind: 'number', value: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'punct', value: m[3] });
    else tokens.push({ kind: 'word', value: m[4] as string });
    at = pattern.lastIndex;
  }
  return tokens;
}

type Doc = Record<string, unknown>;
type Predicate = (doc: Doc) => boolean;

const RAD = Math.PI / 180;
const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const h = Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lng - a.lng) * RAD) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
};

/** Values of an attribute as Meilisearch compares them (arrays: any element; booleans as "true"/"false"). */
const valuesOf = (doc: Doc, attribute: string): unknown[] => {
  const value = doc[attribute];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
};

function parse(expression: string): Predicate {
  const tokens = lex(expression);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of filter: ${expression}`);
    return t;
  };
  const expect = (value: string) => {
    const t = next();
    if (t.value !== value) throw new Error(`expected ${value}, got ${t.value} in ${expression}`);
  };
  const literal = (): string => {
    const t = next();
    if (t.kind === 'punct') throw new Error(`expected a value, got ${t.value}`);
    return t.value;
  };
  function or(): Predicate {
    const parts = [and()];
    while (peek()?.kind === 'word' && peek()?.value === 'OR') {
      next();
      parts.push(and());
    }
    return (doc) => parts.some((p) => p(doc));
  }
  function and(): Predicate {
    const parts = [primary()];
    while (peek()?.kind === 'word' && peek()?.value === 'AND') {
      next();
      parts.push(primary());
    }
    return (doc) => parts.every((p) => p(doc));
  }
  function primary(): Predicate {
    const t = next();
    if (t.value === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (t.kind === 'word' && t.value === '_geoRadius') {
      expect('(');
      const lat = Number(literal());
      expect(',');
      const lng = Number(literal());
      expect(',');
      const radius = Number(literal());
      expect(')');
      return (doc) => {
        const geo = doc['_geo'] as { lat: number; lng: number } | undefined;
        return geo !== undefined && metres({ lat, lng }, geo) <= radius;
      };
    }
    if (t.kind !== 'word') throw new Error(`expected an attribute, got ${t.value}`);
    const attribute = t.value;
    const op = next();
    if (op.value === 'IN') {
      expect('[');
      const list: string[] = [];
      while (peek()?.value !== ']') {
        list.push(literal());
        if (peek()?.value === ',') next();
      }
      expect(']');
      return (doc) => valuesOf(doc, attribute).some((v) => list.includes(String(v)));
    }
    const value = literal();
    switch (op.value) {
      case '=':
        return (doc) => valuesOf(doc, attribute).some((v) => String(v) === value);
      case '!=':
        return (doc) => !valuesOf(doc, attribute).some((v) => String(v) === value);
      case '>=':
        return (doc) => valuesOf(doc, attribute).some((v) => typeof v === 'number' && v >= Number(value));
      case '>':
        return (doc) => valuesOf(doc, attribute).some((v) => typeof v === 'number' && v > Number(value));
      case '<=':
        return (doc) => valuesOf(doc, attribute).some((v) => typeof v === 'number' && v <= Number(value));
      case '<':
        return (doc) => valuesOf(doc, attribute).some((v) => typeof v === 'number' && v < Number(value));
      default:
        throw new Error(`unknown operator ${op.value}`);
    }
  }
  const predicate = or();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${expression}`);
  return predicate;
}

/** Meilisearch's array form: every expression must hold. */
const matches = (filter: string[], doc: MeiliOfferDocument) => filter.every((expression) => parse(expression)(doc as unknown as Doc));

// ---- fixtures ----

const NOW_MS = Date.parse('2026-12-01T00:00:00Z');
const NOW = '2026-12-01T10:00:00.000Z';
const GOTHA = { lat: 50.9489, lon: 10.7018, regionKey: '160670029029', postalCode: '99867', locality: 'Gotha' };
const LEIPZIG = { lat: 51.3397, lon: 12.3731, regionKey: '147130000000', postalCode: '04109', locality: 'Leipzig' };
let sequence = 0;

function onsite(place: typeof GOTHA, day: string) {
  return {
    id: `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`, externalId: null, modulePosition: null, startsAt: `${day}T09:00`, endsAt: `${day}T16:00`, mode: 'onsite' as const,
    venue: { name: null, street: null, postalCode: place.postalCode, locality: place.locality, lat: null, lon: null, regionKey: place.regionKey, regionName: place.locality, point: { lat: place.lat, lon: place.lon } },
    onlineUrl: null, capacity: 20, freePlaces: 3, registrationDeadline: null, schedule: null, instructors: [], past: false,
  };
}

function online(day: string) {
  return { ...onsite(GOTHA, day), mode: 'online' as const, venue: null, onlineUrl: 'https://meet.example/x' };
}

function document(id: string, title: string, sessions: (ReturnType<typeof onsite> | ReturnType<typeof online>)[], serviceAreas: string[] = []): OfferDocument {
  const offer = {
    id, slug: id, externalId: null, status: 'published', kind: 'course', title, abstract: null, plainLanguageSummary: null, description: 'Lang', topics: [], audiences: [], languages: ['de'],
    prerequisites: null, admissionRules: null, price: { amount: null, currency: 'EUR', isFree: true, freeFor: [] }, certificate: null, funders: [], contact: null, url: null, links: [],
    provider: { id: '00000000-0000-4000-8000-0000000000aa', slug: 'p', name: 'Träger', type: 'association' }, partners: [], modules: [],
    sessions, nextSessionStartsAt: null, lastSessionEndsAt: null, publishedAt: null, updatedAt: '2026-12-01T00:00:00.000Z',
  } as unknown as Offer;
  return offerDocument(offer, 'tenant', NOW_MS, { serviceAreas });
}

const documents: OfferDocument[] = [
  document('gotha', 'Kurs in Gotha', [onsite(GOTHA, '2027-03-02')]),
  document('leipzig-and-online', 'Kurs in Leipzig und online', [onsite(LEIPZIG, '2027-03-04'), online('2027-03-11')], ['14']),
  document('online-sachsen', 'Online für Engagierte in Sachsen', [online('2027-02-20')]),
  document('online-nationwide', 'Online für alle', [online('2027-02-21')], ['01', '02', '03', '04', '05']),
  document('request-kreis-gotha', 'Beratung auf Anfrage', [], ['16067']),
  document('request-sachsen', 'Beratung auf Anfrage', [], ['14']),
  document('request-leipzig', 'Beratung auf Anfrage', [], ['147130000000']),
  document('request-nowhere', 'Beratung auf Anfrage', []),
  document('ended', 'Vorbei', [onsite(GOTHA, '2026-11-02')]),
];

/** The embedded engine's view of the same document (what memory-offer-search loads from search_offer). */
function memoryOffer(d: OfferDocument): MemoryOffer {
  return {
    id: d.id, kind: d.kind, topics: d.topics, audiences: d.audiences, languages: d.languages, modes: d.modes, laender: d.laender, isFree: d.isFree, freeFor: d.freeFor,
    lastEnd: d.lastEnd ? Date.parse(d.lastEnd) : null, onRequest: d.onRequest, serviceAreas: d.serviceAreas, onlineLaender: d.onlineLaender,
    sessions: d.sessions.map((s) => ({
      startsAt: Date.parse(s.startsAt), endsAt: Date.parse(s.endsAt), mode: s.mode, lat: s.lat, lon: s.lon,
      regionKey: s.regionKeys.length ? s.regionKeys.reduce((deepest, k) => (k.length > deepest.length ? k : deepest), '') : null,
      registrationDeadline: s.registrationDeadline, document: s,
    })),
  };
}

const query = (filters: EngineQuery['filters']): EngineQuery => ({ text: '', words: [], units: [], filters, sort: 'relevance', facets: [], page: 1, pageSize: 100, now: NOW });

const meiliDocs = documents.flatMap((d) => meiliDocuments(d, 'r'));
const memory = new MemoryOfferIndex((text) => text.split(' '));
for (const d of documents) memory.upsert(memoryOffer(d), { a: d.text.a, b: '', c: '', d: '' });

/** Offers (and whether they are flagged on request) the adapter's filter finds, hits mapped as the adapter maps them. */
function meiliFinds(q: EngineQuery): string[] {
  const filter = meiliFilter(q);
  const found = new Map<string, MeiliOfferDocument>();
  for (const doc of meiliDocs) if (matches(filter, doc) && !found.has(doc.offerId)) found.set(doc.offerId, doc);
  const result = engineResult(q, { hits: [...found.values()].map((d) => ({ offerId: d.offerId, summary: d.summary, onRequest: d.onRequest })), totalHits: found.size }, []);
  return result.hits.map((h) => `${h.id}${h.onRequest ? ' (on request)' : ''}`).sort();
}

function memoryFinds(q: EngineQuery): string[] {
  return memory
    .search(q)
    .hits.map((h) => `${h.offer.id}${h.onRequest ? ' (on request)' : ''}`)
    .sort();
}

describe('Meilisearch filters: the same offers as the embedded engine (region semantics)', () => {
  it('the evaluator reads the filter syntax the adapter writes', () => {
    const doc = { regionKeys: ['16', '16067'], isFree: true, startsAt: 10, _geo: { lat: 50.95, lng: 10.7 } } as unknown as MeiliOfferDocument;
    expect(matches(['(regionKeys = "16067" OR areaKeys = "16067")', 'isFree = true', 'startsAt >= 10', 'startsAt < 11'], doc)).toBe(true);
    expect(matches(['mode IN ["online", "onsite"]'], doc)).toBe(false);
    expect(matches(['_geoRadius(50.95, 10.71, 1000)'], doc)).toBe(true);
    expect(matches(['_geoRadius(51.34, 12.37, 1000)'], doc)).toBe(false);
    expect(matches(['kind != "x"'], doc)).toBe(true);
    expect(() => matches(['regionKeys = '], doc)).toThrow();
  });

  it('without a place: every offer with upcoming dates or none at all, none flagged; ended dates are not found', () => {
    const q = query({});
    expect(meiliFinds(q)).toEqual(memoryFinds(q));
    expect(meiliFinds(q)).not.toContain('ended');
    expect(meiliFinds(q)).toContain('request-nowhere');
  });

  const regions = ['16', '160', '16067', '160670029', '160670029029', '14', '147', '14713', '147130000000', '146120000000', '09'];
  it.each(regions)('region %s: the same offers, on-request ones flagged', (region) => {
    const q = query({ region });
    expect(meiliFinds(q)).toEqual(memoryFinds(q));
  });

  it('spot checks of the region semantics', () => {
    // Thüringen: the Gotha course and the offer on request of a provider serving the Landkreis Gotha (within Thüringen).
    expect(meiliFinds(query({ region: '16' }))).toEqual(['gotha', 'request-kreis-gotha (on request)']);
    // Leipzig: the course there, online sessions run for Sachsen, and providers serving Sachsen or Leipzig.
    expect(meiliFinds(query({ region: '147130000000' }))).toEqual(['leipzig-and-online', 'online-sachsen', 'request-leipzig (on request)', 'request-sachsen (on request)']);
    // Sachsen as a whole: also the provider serving only Leipzig (within it).
    expect(meiliFinds(query({ region: '14' }))).toContain('request-leipzig (on request)');
    // Bayern: nothing (the nationwide online offer belongs to no Land).
    expect(meiliFinds(query({ region: '09' }))).toEqual([]);
  });

  const centres: [string, NonNullable<EngineQuery['filters']['center']>][] = [
    ['Gotha with its Gemeinde', { lat: GOTHA.lat, lon: GOTHA.lon, radiusKm: 20, regionKey: GOTHA.regionKey }],
    ['Gotha without a Gemeinde', { lat: GOTHA.lat, lon: GOTHA.lon, radiusKm: 20 }],
    ['Leipzig with its Gemeinde', { lat: LEIPZIG.lat, lon: LEIPZIG.lon, radiusKm: 10, regionKey: LEIPZIG.regionKey }],
    ['Leipzig, 200 km', { lat: LEIPZIG.lat, lon: LEIPZIG.lon, radiusKm: 200, regionKey: LEIPZIG.regionKey }],
    ['Dresden with its Gemeinde', { lat: 51.0504, lon: 13.7373, radiusKm: 10, regionKey: '146120000000' }],
    ['München', { lat: 48.137, lon: 11.575, radiusKm: 50, regionKey: '091620000000' }],
  ];
  it.each(centres)('radius around %s: the same offers, on-request ones flagged', (_name, center) => {
    const q = query({ center });
    expect(meiliFinds(q)).toEqual(memoryFinds(q));
  });

  it('a radius reaches offers on request and Land-wide online sessions only through the centre\'s Gemeinde', () => {
    expect(meiliFinds(query({ center: centres[2]?.[1] as NonNullable<EngineQuery['filters']['center']> }))).toEqual([
      'leipzig-and-online', 'online-sachsen', 'request-leipzig (on request)', 'request-sachsen (on request)',
    ]);
    expect(meiliFinds(query({ center: { lat: LEIPZIG.lat, lon: LEIPZIG.lon, radiusKm: 10 } }))).toEqual(['leipzig-and-online']);
  });

  it.each([
    ['mode online', { modes: ['online'] }],
    ['mode online in Sachsen', { modes: ['online'], region: '14' }],
    ['mode onsite in Sachsen', { modes: ['onsite'], region: '14' }],
    ['dates', { from: '2027-03-01T00:00:00.000Z', to: '2027-04-01T00:00:00.000Z' }],
    ['dates in Leipzig', { from: '2027-03-01T00:00:00.000Z', region: '147130000000' }],
    ['region and radius', { region: '14', center: { lat: LEIPZIG.lat, lon: LEIPZIG.lon, radiusKm: 10, regionKey: LEIPZIG.regionKey } }],
  ] as [string, EngineQuery['filters']][])('%s: the same offers; a date or mode filter never finds an offer on request', (_name, filters) => {
    const q = query(filters);
    expect(meiliFinds(q)).toEqual(memoryFinds(q));
    if (filters.modes || filters.from || filters.to) expect(meiliFinds(q).some((id) => id.startsWith('request-'))).toBe(false);
  });
});
