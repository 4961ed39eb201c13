import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import type { Offer } from '@knotenpunkt/shared/contracts';
import { analyseQuery, buildThesaurus, defaultRelatedTerms, defaultSynonymGroups, indexTerms, meiliTypoTolerance, stem, tokens } from '@knotenpunkt/shared/search-text';
import { offerDocument, type OfferDocument } from '../domain/offer-document';
import type { EngineQuery, TextUnit } from '../domain/search-index.port';
import {
  FAR_FUTURE,
  MAX_TOTAL_HITS,
  MEILI_BATCH,
  MeiliSearchIndex,
  engineResult,
  meiliDocuments,
  meiliFilter,
  meiliIndexName,
  meiliOfferSynonyms,
  meiliText,
  radiusCondition,
  regionCondition,
  meiliQueryText,
  meiliSearchParams,
  meiliSessionsParams,
  meiliSettings,
  meiliSort,
  quoteFilterValue,
} from './meili-search-index';

const OFFER_ID = '00000000-0000-4000-8000-00000000000a';
const venue = (regionKey: string) => ({ name: null, street: null, postalCode: '99867', locality: 'Gotha', lat: null, lon: null, regionKey, regionName: 'Gotha', point: { lat: 50.95, lon: 10.7 } });
const session = (startsAt: string, endsAt: string, regionKey: string | null, mode: 'onsite' | 'online' = 'onsite') => ({
  id: '00000000-0000-4000-8000-000000000001', externalId: `urn:s:${startsAt}`, modulePosition: null, startsAt, endsAt, mode,
  venue: regionKey ? venue(regionKey) : null, onlineUrl: null, capacity: 20, freePlaces: 3, registrationDeadline: null, schedule: null, instructors: [], past: false,
});
const offer = (sessions: ReturnType<typeof session>[], id = OFFER_ID) =>
  ({
    id, slug: 's', externalId: 'urn:o', status: 'published', kind: 'course', title: 'Schulung Flüchtlingshilfe für Berater*innen',
    abstract: 'Kurz und gut', plainLanguageSummary: null, description: 'Lang', topics: ['asylum-law'], audiences: ['volunteers'], languages: ['de'], prerequisites: null, admissionRules: null,
    price: { amount: 20, currency: 'EUR', isFree: false, freeFor: ['volunteers'] }, certificate: null, funders: ['Stiftung'], contact: null, url: null, links: [],
    provider: { id: '00000000-0000-4000-8000-0000000000aa', slug: 'vhs', name: 'VHS Gotha', type: 'adult-education' }, partners: [], modules: [],
    sessions, nextSessionStartsAt: null, lastSessionEndsAt: null, publishedAt: null, updatedAt: '2026-12-01T00:00:00.000Z',
  }) as Offer;
const NOW = Date.parse('2026-12-01T00:00:00Z');
const withSessions = (id = OFFER_ID) =>
  offerDocument(offer([session('2027-03-02T09:00:00+01:00', '2027-03-02T16:00:00+01:00', '160670029029'), session('2027-04-01', '2027-04-02', null, 'online')], id), 'tenant-1', NOW);
const withoutSessions = () => offerDocument(offer([]), 'tenant-1', NOW);

/** An analysed unit with its alternatives (the first one weighs 1), a group of its own. */
let groups = 0;
const unit = (...terms: string[]): TextUnit => ({ source: terms[0] as string, group: ++groups, alternatives: terms.map((term, i) => ({ term, weight: i === 0 ? 1 : 0.9, prefix: false })) });

const query = (overrides: Partial<EngineQuery> = {}, filters: EngineQuery['filters'] = {}): EngineQuery => ({
  text: '', words: [], units: [], filters, sort: 'relevance', facets: [], page: 1, pageSize: 20, now: '2026-12-01T10:00:00.000Z', ...overrides,
});

describe('Meilisearch index name', () => {
  it('derives a valid uid from the queue prefix', () => {
    expect(meiliIndexName('kp')).toBe('kp_offers');
    expect(meiliIndexName('kp:test-7_A')).toBe('kp_test-7_a_offers');
    expect(meiliIndexName('kp:test-7_A')).toMatch(/^[a-z0-9_-]+$/);
  });
});

describe('Meilisearch settings', () => {
  const settings = meiliSettings([['Flüchtlingshilfe', 'Geflüchtetenarbeit'], ['Deutsch als Zweitsprache', 'DaZ'], ['Berater*innen', 'Beratende']]);

  it('searches the four weighted text fields in ranking order, nothing else', () => {
    expect(settings.searchableAttributes).toEqual(['textA', 'textB', 'textC', 'textD']);
  });

  it('fixes the locale of the text fields (no second, German-dictionary split of the analysed terms; queries get the same locale)', () => {
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['textA', 'textB', 'textC', 'textD'], locales: ['eng'] }]);
    expect(meiliSearchParams(query()).locales).toEqual(settings.localizedAttributes?.[0]?.locales);
  });

  it('can filter, sort and facet on everything the queries use, one offer per result', () => {
    for (const a of [
      'offerId', 'revision', 'hasSession', 'id', 'kind', 'topics', 'audiences', 'languages', 'isFree', 'freeFor', 'modes', 'mode', 'regionKeys', 'laender', 'startsAt', 'endsAt', '_geo',
      'onlineLaender', 'serviceAreas', 'areaKeys',
    ]) {
      expect(settings.filterableAttributes).toContain(a);
    }
    expect(settings.sortableAttributes).toEqual(['startsAt', '_geo']);
    expect(settings.distinctAttribute).toBe('offerId');
  });

  it('ranks by an explicit sort first, then relevance, then the earliest session', () => {
    expect(settings.rankingRules?.[0]).toBe('sort');
    expect(settings.rankingRules?.slice(1, -1)).toEqual(['words', 'typo', 'proximity', 'attributeRank', 'exactness', 'wordPosition']);
    expect(settings.rankingRules?.at(-1)).toBe('startsAt:asc');
  });

  it('writes synonyms symmetric and stemmed like the indexed text (phrases, gender forms, umlauts, inflection)', () => {
    expect(meiliSettings([['Flüchtlingshilfe', 'Geflüchtetenarbeit'], ['Deutsch als Zweitsprache', 'DaZ'], ['Berater*innen', 'Beratende']], []).synonyms).toEqual({
      fluechtlingshilf: ['gefluechtetenarbeit'],
      gefluechtetenarbeit: ['fluechtlingshilf'],
      'deutsch als zweitsprach': ['daz'],
      daz: ['deutsch als zweitsprach'],
      berater: ['beratend'],
      beratend: ['berater'],
    });
    // Every key and value is what indexTerms/analyseQuery make of the term.
    for (const [key, values] of Object.entries(settings.synonyms ?? {})) {
      for (const term of [key, ...values]) expect(term).toBe(tokens(term).map(stem).join(' '));
    }
  });

  it('adds the related terms one way: a broader term (and its synonyms) finds the narrower ones, not the other way round', () => {
    const synonyms = meiliOfferSynonyms([['Tagung', 'Konferenz'], ['Fachtag', 'Fachtagung']], [['Fachtag', 'Tagung'], ['Deutsch als Zweitsprache', 'Sprachförderung'], ['Kurs', 'Kurse']]);
    expect(synonyms).toEqual({
      tagung: ['konferenz', 'fachtag', 'fachtagung'],
      konferenz: ['tagung', 'fachtag', 'fachtagung'],
      fachtag: ['fachtagung'],
      fachtagung: ['fachtag'],
      sprachfoerderung: ['deutsch als zweitsprach'],
    });
    // The built-in pairs by default: "Kita" finds "Krippe", "Krippe" does not find every "Kita".
    expect(meiliSettings([]).synonyms?.['kita']).toEqual(expect.arrayContaining(['kripp', 'kindergart', 'hort']));
    expect(meiliSettings([]).synonyms?.['kripp']).toBeUndefined();
    expect(meiliSettings([]).synonyms).toEqual(meiliOfferSynonyms([], defaultRelatedTerms));
  });

  it('uses the shared typo budget (1 typo from 5 letters, 2 from 9, none on numbers) and high limits', () => {
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true });
    expect(settings.typoTolerance).toEqual({ ...meiliTypoTolerance, minWordSizeForTypos: { ...meiliTypoTolerance.minWordSizeForTypos } });
    expect(settings.pagination?.maxTotalHits).toBe(MAX_TOTAL_HITS);
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(100_000);
    expect(settings.faceting?.maxValuesPerFacet).toBeGreaterThanOrEqual(100);
    expect(settings.stopWords).toEqual([]);
  });
});

describe('Meilisearch documents', () => {
  it('writes one document per upcoming session with the session-level place, mode and dates', () => {
    const docs = meiliDocuments(withSessions(), 'rev-1');
    expect(docs.map((d) => d.id)).toEqual([`${OFFER_ID}-0`, `${OFFER_ID}-1`]);
    const [onsite, online] = docs;
    expect(onsite).toMatchObject({
      offerId: OFFER_ID, revision: 'rev-1', hasSession: true, mode: 'onsite', regionKeys: ['16', '160', '16067', '160670029', '160670029029'],
      startsAt: Date.parse('2027-03-02T08:00:00Z') / 1000, endsAt: Date.parse('2027-03-02T15:00:00Z') / 1000, _geo: { lat: 50.95, lng: 10.7 },
    });
    expect(onsite?.session?.startsText).toBe('2027-03-02T09:00:00+01:00');
    expect(online).toMatchObject({ mode: 'online', regionKeys: [], hasSession: true, onRequest: false, onlineLaender: [] });
    expect(onsite).not.toHaveProperty('onlineLaender');
    expect(onsite?.onRequest).toBe(false);
    expect(online).not.toHaveProperty('_geo');
    // An all-day end lasts to the end of the day; whole seconds.
    expect(online?.endsAt).toBe(Math.floor(Date.parse('2027-04-02T21:59:59.999Z') / 1000));
  });

  it('repeats the offer-level fields on every document (facets count offers)', () => {
    for (const d of meiliDocuments(withSessions(), 'r')) {
      expect(d).toMatchObject({ kind: 'course', topics: ['asylum-law'], audiences: ['volunteers'], languages: ['de'], isFree: false, freeFor: ['volunteers'], modes: ['online', 'onsite'], laender: ['16'], tenantId: 'tenant-1' });
      expect(d.summary.title).toBe('Schulung Flüchtlingshilfe für Berater*innen');
    }
  });

  it('indexes the stemmed terms of the embedded engine in the text fields (German words of the topics and audiences join field b; venue towns, kind and price field d)', () => {
    const [doc] = meiliDocuments(withSessions(), 'r');
    expect(doc?.textA).toBe('schulung fluechtlingshilf berater . fluechtling hilf');
    expect(doc?.textB).toBe('kurz gut asylrecht aufenthaltsrecht ehrenamtlich . asyl recht aufenthalt recht');
    expect(doc?.textC).toBe('lang');
    expect(doc?.textD).toBe('vhs gotha stiftung gotha kurs kostenlo ehrenamtlich online');
  });

  it('writes exactly the terms of indexTerms, the words in text order and the compound parts after them (phrases stay adjacent)', () => {
    const text = 'Interkulturelle Kompetenzen für Sprach- und Kulturmittler*innen in der Migrationsberatung; Flüchtlingshilfe und Deutsch als Zweitsprache';
    const written = meiliText(text);
    expect(written.replace(' . ', ' ').split(' ').sort()).toEqual(indexTerms(text).sort());
    expect(written).toBe('interkulturell kompetenz sprachmittler kulturmittler migrationsberatung fluechtlingshilf deutsch als zweitsprach . migration beratung fluechtling hilf');
    // The quoted phrases of analysed queries are found word by word in that order.
    for (const phrase of ['interkulturell kompetenz', 'deutsch als zweitsprach']) expect(written).toContain(phrase);
    expect(meiliText('Kurz und gut')).toBe('kurz gut');
    expect(meiliText('')).toBe('');
  });

  it('writes one session-less document for an offer on request (no dates at all), matching every "now"', () => {
    const docs = meiliDocuments(withoutSessions(), 'r');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ id: `${OFFER_ID}-o`, hasSession: false, onRequest: true, regionKeys: [], serviceAreas: [], areaKeys: [], endsAt: FAR_FUTURE, session: null, modes: [], laender: [] });
    expect(docs[0]).not.toHaveProperty('onlineLaender');
    expect(docs[0]).not.toHaveProperty('startsAt');
    expect(docs[0]).not.toHaveProperty('mode');
    expect(docs[0]).not.toHaveProperty('_geo');
    expect(docs[0]?.id).toMatch(/^[a-zA-Z0-9_-]+$/);
  });

  it('gives the document of an offer on request its provider\'s service areas and every region above them', () => {
    const [doc] = meiliDocuments(offerDocument(offer([]), 'tenant-1', NOW, { serviceAreas: ['160670029029', '14'] }), 'r');
    expect(doc).toMatchObject({ onRequest: true, hasSession: false, serviceAreas: ['160670029029', '14'], regionKeys: [] });
    expect(doc?.areaKeys).toEqual(['14', '16', '160', '16067', '160670029', '160670029029']);
  });

  it('gives online sessions without a venue the Länder the offer is run for (named in the title, else the provider\'s few Länder)', () => {
    const named = offerDocument({ ...offer([session('2027-04-01', '2027-04-02', null, 'online')]), title: 'Online-Schulung für Engagierte in Sachsen' }, 't', NOW);
    expect(meiliDocuments(named, 'r')[0]).toMatchObject({ onlineLaender: ['14'], onRequest: false });
    const served = offerDocument(offer([session('2027-03-02', '2027-03-02', '160670029029'), session('2027-04-01', '2027-04-02', null, 'online')]), 't', NOW, { serviceAreas: ['16067'] });
    const [onsite, online] = meiliDocuments(served, 'r');
    expect(online?.onlineLaender).toEqual(['16']);
    expect(onsite).not.toHaveProperty('onlineLaender');
    for (const d of [onsite, online]) {
      expect(d).not.toHaveProperty('serviceAreas');
      expect(d).not.toHaveProperty('areaKeys');
    }
  });

  it('writes nothing for an offer whose dates have all passed (it can no longer be attended; the upsert removes its old documents)', () => {
    const ended = offerDocument(offer([session('2026-11-02', '2026-11-02', '160670029029')]), 't', NOW);
    expect(ended.onRequest).toBe(false);
    expect(meiliDocuments(ended, 'r')).toEqual([]);
  });
});

describe('Meilisearch filter expressions', () => {
  it('quotes strings and escapes quotes and backslashes, so values cannot leave the literal', () => {
    expect(quoteFilterValue('16')).toBe('"16"');
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoteFilterValue('x" OR isFree = true OR kind = "y')).toBe('"x\\" OR isFree = true OR kind = \\"y"');
  });

  it('always drops ended sessions (endsAt, whole seconds rounded up)', () => {
    expect(meiliFilter(query())).toEqual([`endsAt >= ${Date.parse('2026-12-01T10:00:00Z') / 1000}`]);
    expect(meiliFilter(query({ now: '2026-12-01T10:00:00.001Z' }))[0]).toBe(`endsAt >= ${Date.parse('2026-12-01T10:00:00Z') / 1000 + 1}`);
  });

  it('filters the region on the session (any level), on Land-wide online sessions and on offers on request where the provider serves', () => {
    expect(regionCondition('16067')).toBe('(regionKeys = "16067" OR onlineLaender = "16" OR areaKeys = "16067" OR serviceAreas IN ["16", "160", "16067"])');
    expect(regionCondition('16')).toBe('(regionKeys = "16" OR onlineLaender = "16" OR areaKeys = "16" OR serviceAreas IN ["16"])');
    expect(regionCondition('160670029029')).toBe(
      '(regionKeys = "160670029029" OR onlineLaender = "16" OR areaKeys = "160670029029" OR serviceAreas IN ["16", "160", "16067", "160670029", "160670029029"])',
    );
    expect(meiliFilter(query({}, { region: '16067' }))).toContain(regionCondition('16067'));
    // A value that is no region key is still quoted, and has no ancestors.
    expect(regionCondition('1" OR isFree = true')).toBe('(regionKeys = "1\\" OR isFree = true" OR onlineLaender = "1\\"" OR areaKeys = "1\\" OR isFree = true" OR serviceAreas IN ["1\\" OR isFree = true"])');
  });

  it('a radius also reaches Land-wide online sessions and offers on request when the centre\'s Gemeinde is known', () => {
    const center = { lat: 50.95, lon: 10.7, radiusKm: 20, regionKey: '160670029029' };
    expect(radiusCondition(center)).toBe('(_geoRadius(50.95, 10.7, 20000) OR onlineLaender = "16" OR serviceAreas IN ["16", "160", "16067", "160670029", "160670029029"])');
    expect(meiliFilter(query({}, { center }))).toContain(radiusCondition(center));
    expect(radiusCondition({ lat: 50.95, lon: 10.7, radiusKm: 20 })).toBe('_geoRadius(50.95, 10.7, 20000)');
  });

  it('filters a radius in metres around the centre', () => {
    expect(meiliFilter(query({}, { center: { lat: 50.95, lon: 10.7, radiusKm: 50 } }))).toContain('_geoRadius(50.95, 10.7, 50000)');
    expect(meiliFilter(query({}, { center: { lat: 50.95, lon: 10.7, radiusKm: 2.5 } }))).toContain('_geoRadius(50.95, 10.7, 2500)');
    expect(() => meiliFilter(query({}, { center: { lat: Number.NaN, lon: 10.7, radiusKm: 5 } }))).toThrow('lat must be a finite number');
  });

  it('filters sessions starting in [from, to)', () => {
    const from = '2027-03-01T00:00:00.000Z';
    const to = '2027-05-01T00:00:00.000Z';
    const conditions = meiliFilter(query({}, { from, to }));
    expect(conditions).toContain(`startsAt >= ${Date.parse(from) / 1000}`);
    expect(conditions).toContain(`startsAt < ${Date.parse(to) / 1000}`);
  });

  it('filters modes, topics, audiences, languages and kinds with IN (any of)', () => {
    const conditions = meiliFilter(query({}, { modes: ['online', 'blended'], topics: ['asylum-law'], audiences: ['volunteers', 'professionals'], languages: ['de'], kinds: ['course'] }));
    expect(conditions).toEqual(expect.arrayContaining(['mode IN ["online", "blended"]', 'topics IN ["asylum-law"]', 'audiences IN ["volunteers", "professionals"]', 'languages IN ["de"]', 'kind IN ["course"]']));
  });

  it('free: free for everyone; freeFor: also free for that group (as in PostgreSQL)', () => {
    expect(meiliFilter(query({}, { free: true }))).toContain('isFree = true');
    expect(meiliFilter(query({}, { freeFor: 'volunteers' }))).toContain('(isFree = true OR freeFor = "volunteers")');
    const both = meiliFilter(query({}, { free: true, freeFor: 'volunteers' }));
    expect(both).toContain('(isFree = true OR freeFor = "volunteers")');
    expect(both).not.toContain('isFree = true');
    expect(meiliFilter(query({}, { free: false }))).toHaveLength(1);
  });

  it('puts every session condition into one AND list, so one session must meet them all', () => {
    const conditions = meiliFilter(query({}, { region: '16', modes: ['onsite'], from: '2027-01-01T00:00:00.000Z' }));
    expect(conditions).toHaveLength(4);
    expect(Array.isArray(conditions)).toBe(true);
  });
});

describe('Meilisearch sort and query text', () => {
  it('sorts by date or distance; relevance leaves it to the ranking rules', () => {
    expect(meiliSort(query())).toBeUndefined();
    expect(meiliSort(query({ sort: 'date' }))).toEqual(['startsAt:asc']);
    expect(meiliSort(query({ sort: 'distance' }, { center: { lat: 50.95, lon: 10.7, radiusKm: 50 } }))).toEqual(['_geoPoint(50.95, 10.7):asc']);
    expect(() => meiliSort(query({ sort: 'distance' }))).toThrow('centre');
  });

  it('sends what analyseQuery makes of the text: stems, quoted phrases, compound parts, completed elisions', () => {
    const thesaurus = buildThesaurus(defaultSynonymGroups);
    const q = (text: string) => meiliQueryText(analyseQuery(text, thesaurus).units);
    expect(q('Fortbildungen für Ehrenamtliche')).toBe('fortbildung ehrenamtlich');
    expect(q('Deutsch als Zweitsprache in Leipzig')).toBe('"deutsch als zweitsprach" leipzig');
    expect(q('Runder Tisch')).toBe('"rund tisch"');
    // A compound query word: its parts (each unit of the compound starts with the whole word).
    const compound = analyseQuery('Sprachmittlerschulung', thesaurus).units;
    expect(compound.map((u) => u.alternatives[0]?.term)).toEqual(['sprachmittlerschulung', 'sprachmittlerschulung']);
    expect(meiliQueryText(compound)).toBe('sprachmittler schulung');
    expect(q('Sprach- und Kulturmittler')).toBe('sprachmittler kulturmittler');
    expect(q('Flüchtlingshilfe Gotha')).toBe('fluechtlingshilf gotha');
    expect(q('')).toBe('');
  });

  it('sends the first alternative of each analysed unit, phrases quoted (Meilisearch adds synonyms and typos itself)', () => {
    expect(meiliQueryText([unit('schulung', 'fortbild', 'seminar'), unit('gotha')])).toBe('schulung gotha');
    expect(meiliQueryText([unit('deutsch zweitsprach', 'daz'), unit('kita')])).toBe('"deutsch zweitsprach" kita');
    // A compound query word split into its parts (one group): each part is a word of its own.
    const part = (term: string) => ({ ...unit('fluechtlingshilf', term), source: 'fluechtlingshilfe', group: 0 });
    expect(meiliQueryText([part('fluechtling'), part('hilf'), unit('leipzig')])).toBe('fluechtling hilf leipzig');
    expect(meiliQueryText([unit('asylrehct')])).toBe('asylrehct');
    expect(meiliQueryText([{ source: 'x', group: 0, alternatives: [] }, unit('a"b')])).toBe('ab');
    expect(meiliQueryText([])).toBe('');
  });
});

describe('Meilisearch search requests', () => {
  it('asks for one page of distinct offers, the most frequent words dropped first when few match all, the facets renamed', () => {
    const params = meiliSearchParams(query({ text: 'Beratern', words: [['beratern']], units: [unit('berater')], page: 3, pageSize: 25, facets: ['topic', 'free', 'land', 'mode'], sort: 'date' }, { region: '16' }));
    expect(params).toEqual({
      q: 'berater', matchingStrategy: 'frequency', locales: ['eng'], filter: meiliFilter(query({}, { region: '16' })), sort: ['startsAt:asc'], facets: ['topics', 'isFree', 'laender', 'modes'],
      distinct: 'offerId', page: 3, hitsPerPage: 25, attributesToRetrieve: ['offerId', 'summary', 'onRequest'],
    });
    // Finite pagination (exact totalHits and offer facet counts), never offset/limit here.
    expect(params).not.toHaveProperty('offset');
    expect(params).not.toHaveProperty('limit');
  });

  it('sends no facets and no sort when none are asked for', () => {
    const params = meiliSearchParams(query());
    expect(params).not.toHaveProperty('facets');
    expect(params).not.toHaveProperty('sort');
    expect(params.q).toBe('');
  });

  it('fetches the matching sessions of the page: session conditions only, every session, by distance when located', () => {
    const q = query({ facets: ['topic'] }, { center: { lat: 50.95, lon: 10.7, radiusKm: 20 }, topics: ['asylum-law'], modes: ['onsite'] });
    const params = meiliSessionsParams(q, ['a', 'b']);
    expect(params.filter).toEqual(['offerId IN ["a", "b"]', 'hasSession = true', `endsAt >= ${Date.parse(q.now) / 1000}`, '_geoRadius(50.95, 10.7, 20000)', 'mode IN ["onsite"]']);
    expect(params).toMatchObject({ q: '', distinct: 'id', sort: ['_geoPoint(50.95, 10.7):asc'], offset: 0, attributesToRetrieve: ['offerId', 'session'] });
    expect(meiliSessionsParams(query(), ['a']).sort).toEqual(['startsAt:asc']);
  });
});

describe('Meilisearch results', () => {
  const doc = withSessions();
  const [s1, s2] = doc.sessions as [OfferDocument['sessions'][number], OfferDocument['sessions'][number]];

  it('maps hits with their sessions by date and the nearest distance in km (from _geoDistance in metres)', () => {
    const q = query({ facets: ['topic', 'free', 'language'] }, { center: { lat: 50.95, lon: 10.7, radiusKm: 50 } });
    const result = engineResult(
      q,
      { hits: [{ offerId: OFFER_ID, summary: doc.summary }, { offerId: 'other', summary: doc.summary }], totalHits: 7, facetDistribution: { topics: { 'asylum-law': 2 }, isFree: { true: 1, false: 6 } } },
      [{ offerId: OFFER_ID, session: s2, _geoDistance: 12_345 }, { offerId: OFFER_ID, session: s1, _geoDistance: 1_260 }],
    );
    expect(result.total).toBe(7);
    expect(result.hits[0]?.id).toBe(OFFER_ID);
    expect(result.hits[0]?.distanceKm).toBe(1.3);
    expect(result.hits[0]?.document.sessions.map((s) => s.startsAt)).toEqual([s1.startsAt, s2.startsAt]);
    expect(result.hits[0]?.document.sessions.map((s) => (s as OfferDocument['sessions'][number] & { distanceKm: number | null }).distanceKm)).toEqual([1.3, 12.3]);
    expect(result.hits[1]).toEqual({ id: 'other', distanceKm: null, onRequest: false, document: { summary: doc.summary, sessions: [] } });
    expect(result.facets).toEqual({ topic: { 'asylum-law': 2 }, free: { true: 1, false: 6 }, language: {} });
  });

  it('flags an offer on request found by a region or a radius (found where its provider serves), not one found without a place', () => {
    const response = { hits: [{ offerId: OFFER_ID, summary: doc.summary, onRequest: true }, { offerId: 'dated', summary: doc.summary, onRequest: false }], totalHits: 2 };
    expect(engineResult(query({}, { region: '16' }), response, []).hits.map((h) => h.onRequest)).toEqual([true, false]);
    expect(engineResult(query({}, { center: { lat: 50.95, lon: 10.7, radiusKm: 5, regionKey: '160670029029' } }), response, []).hits.map((h) => h.onRequest)).toEqual([true, false]);
    expect(engineResult(query(), response, []).hits.map((h) => h.onRequest)).toEqual([false, false]);
    // Meilisearch does not say how many words the weakest hit matched: left to the service (all units).
    expect(engineResult(query(), response, [])).not.toHaveProperty('textMatch');
  });

  it('has no distance without a centre', () => {
    const result = engineResult(query(), { hits: [{ offerId: OFFER_ID, summary: doc.summary }], totalHits: 1 }, [{ offerId: OFFER_ID, session: s1 }]);
    expect(result.hits[0]?.distanceKm).toBeNull();
    expect(result.hits[0]?.document.sessions[0]).toMatchObject({ startsAt: s1.startsAt, distanceKm: null });
    expect(result.facets).toEqual({});
  });
});

/**
 * The adapter against a stand-in for Meilisearch's HTTP api (the true third-party edge): it
 * records the requests and answers like Meilisearch does (tasks enqueued, then succeeded).
 */
interface Recorded {
  method: string;
  path: string;
  body: unknown;
  auth: string | undefined;
}

class FakeMeili {
  readonly requests: Recorded[] = [];
  private server!: Server;
  private nextTask = 0;
  private readonly tasks = new Map<number, { status: 'succeeded' | 'failed'; type: string; error: { code: string; message: string } | null }>();
  /** Per "METHOD /path": a task that fails with this code, or a direct error answer. */
  failTask = new Map<string, string>();
  searchAnswers: unknown[] = [];
  missingIndex = false;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req).then(([status, body]) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Requests other than task polling. */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`);
  }

  body(call: string, n = 0): unknown {
    return this.requests.filter((r) => `${r.method} ${r.path}` === call)[n]?.body;
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown]> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0] as string;
    const key = `${req.method} ${path}`;
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', body: text ? JSON.parse(text) : undefined, auth: req.headers.authorization });
    const task = /^\/tasks\/(\d+)$/.exec(path);
    if (task) return [200, { uid: Number(task[1]), indexUid: null, batchUid: 0, canceledBy: null, duration: 'PT0S', enqueuedAt: '', startedAt: '', finishedAt: '', ...this.tasks.get(Number(task[1])) }];
    if (key === 'GET /health') return [200, { status: 'available' }];
    if (req.method === 'POST' && path.endsWith('/search')) {
      if (this.missingIndex) return [404, { message: 'Index not found.', code: 'index_not_found', type: 'invalid_request', link: '' }];
      return [200, this.searchAnswers.shift() ?? { hits: [], totalHits: 0, page: 1, hitsPerPage: 20, totalPages: 0, processingTimeMs: 0, query: '' }];
    }
    const uid = this.nextTask++;
    const code = this.failTask.get(key);
    this.tasks.set(uid, { status: code ? 'failed' : 'succeeded', type: 'documentAdditionOrUpdate', error: code ? { code, message: `failed: ${code}` } : null });
    return [202, { taskUid: uid, indexUid: null, status: 'enqueued', type: 'documentAdditionOrUpdate', enqueuedAt: new Date().toISOString() }];
  }
}

describe('MeiliSearchIndex over HTTP (stand-in server)', () => {
  let meili: FakeMeili;
  let index: MeiliSearchIndex;
  const name = 'kp_test_offers';

  beforeEach(async () => {
    meili = new FakeMeili();
    await meili.start();
    index = new MeiliSearchIndex({ host: meili.url, apiKey: 'master-key-0123456789', indexName: name, synonyms: async () => [['Ehrenamt', 'Freiwillige']] });
  });
  afterEach(() => meili.stop());

  it('creates and configures the index once, adds documents in batches, then deletes what the upsert did not write', async () => {
    meili.failTask.set('POST /indexes', 'index_already_exists');
    const sessions = Array.from({ length: MEILI_BATCH + 1 }, (_, i) => session(`2027-05-${String((i % 28) + 1).padStart(2, '0')}`, '2027-06-30', null, 'online'));
    await index.upsertOffers([offerDocument(offer(sessions), 't', NOW), withSessions('00000000-0000-4000-8000-00000000000b')]);
    await index.upsertOffers([withSessions()]);
    expect(meili.calls()).toEqual([
      'POST /indexes', `PATCH /indexes/${name}/settings`,
      `POST /indexes/${name}/documents?primaryKey=id`, `POST /indexes/${name}/documents?primaryKey=id`, `POST /indexes/${name}/documents/delete`,
      `POST /indexes/${name}/documents?primaryKey=id`, `POST /indexes/${name}/documents/delete`,
    ]);
    expect(meili.body('POST /indexes')).toEqual({ uid: name, primaryKey: 'id' });
    const settings = meili.body(`PATCH /indexes/${name}/settings`) as { synonyms: Record<string, string[]>; distinctAttribute: string };
    expect(settings.synonyms).toEqual(meiliOfferSynonyms([['Ehrenamt', 'Freiwillige']]));
    // The group, plus the narrower terms that widen to "Ehrenamt" (defaultRelatedTerms).
    expect(settings.synonyms['freiwillig']).toEqual(expect.arrayContaining(['ehrenamt', 'integrationslot', 'patenschaft']));
    expect(settings.distinctAttribute).toBe('offerId');
    // Both batches are enqueued before the first is awaited, so they may arrive in either order.
    const batches = [0, 1].map((n) => meili.body(`POST /indexes/${name}/documents?primaryKey=id`, n) as { id: string; revision: string }[]);
    expect(batches.map((b) => b.length).sort((x, y) => x - y)).toEqual([1 + 2, MEILI_BATCH]);
    expect(new Set(batches.flat().map((d) => d.id)).size).toBe(MEILI_BATCH + 1 + 2);
    const first = batches[0] as { revision: string }[];
    expect(new Set(batches.flat().map((d) => d.revision)).size).toBe(1);
    const deletion = meili.body(`POST /indexes/${name}/documents/delete`) as { filter: string[] };
    expect(deletion.filter).toEqual([`offerId IN ["${OFFER_ID}", "00000000-0000-4000-8000-00000000000b"]`, `revision != "${first[0]?.revision}"`]);
    expect(meili.requests.every((r) => r.auth === 'Bearer master-key-0123456789')).toBe(true);
  });

  it('fails the upsert when Meilisearch fails the task (the outbox row stays pending)', async () => {
    meili.failTask.set(`POST /indexes/${name}/documents`, 'invalid_document_geo_field');
    await expect(index.upsertOffers([withSessions()])).rejects.toThrow(/Meilisearch task \d+ .* failed: failed: invalid_document_geo_field/);
  });

  it('removes offers by filter, also when there is no index yet', async () => {
    meili.failTask.set(`POST /indexes/${name}/documents/delete`, 'index_not_found');
    await index.removeOffers(['a', 'b"c']);
    await index.removeOffers([]);
    expect(meili.calls()).toEqual([`POST /indexes/${name}/documents/delete`]);
    expect(meili.body(`POST /indexes/${name}/documents/delete`)).toEqual({ filter: 'offerId IN ["a", "b\\"c"]' });
  });

  it('searches offers, then their matching sessions, and maps the answer', async () => {
    const doc = withSessions();
    meili.searchAnswers.push(
      { hits: [{ offerId: OFFER_ID, summary: doc.summary }], totalHits: 1, page: 1, hitsPerPage: 10, totalPages: 1, facetDistribution: { modes: { online: 1, onsite: 1 } }, processingTimeMs: 1, query: 'berater' },
      { hits: [{ offerId: OFFER_ID, session: doc.sessions[0], _geoDistance: 1499 }], estimatedTotalHits: 1, offset: 0, limit: 1000, processingTimeMs: 1, query: '' },
    );
    const q = query({ text: 'Berater', words: [['berater']], units: [unit('berater')], pageSize: 10, facets: ['mode'], sort: 'distance' }, { center: { lat: 50.9, lon: 10.7, radiusKm: 30 } });
    const result = await index.searchOffers(q);
    expect(meili.calls()).toEqual([`POST /indexes/${name}/search`, `POST /indexes/${name}/search`]);
    expect(meili.body(`POST /indexes/${name}/search`, 0)).toEqual(meiliSearchParams(q));
    expect(meili.body(`POST /indexes/${name}/search`, 1)).toEqual(meiliSessionsParams(q, [OFFER_ID]));
    expect(result).toMatchObject({ total: 1, facets: { mode: { online: 1, onsite: 1 } }, hits: [{ id: OFFER_ID, distanceKm: 1.5 }] });
  });

  it('answers an empty result while the index does not exist yet, and makes no session request without hits', async () => {
    meili.missingIndex = true;
    expect(await index.searchOffers(query({ facets: ['kind'] }))).toEqual({ hits: [], total: 0, facets: { kind: {} } });
    meili.missingIndex = false;
    expect((await index.searchOffers(query())).hits).toEqual([]);
    expect(meili.calls()).toEqual([`POST /indexes/${name}/search`, `POST /indexes/${name}/search`]);
  });

  it('rebuilds into <name>_next with the same settings, swaps it in, then deletes the old index', async () => {
    meili.failTask.set(`DELETE /indexes/${name}_next`, 'index_not_found');
    async function* batches() {
      yield [withSessions(), withoutSessions()];
      yield [withSessions('00000000-0000-4000-8000-00000000000c')];
    }
    const progress: number[] = [];
    expect(await index.rebuild(batches(), (n) => progress.push(n))).toBe(3);
    expect(progress).toEqual([2, 3]);
    expect(meili.calls()).toEqual([
      `DELETE /indexes/${name}_next`, 'POST /indexes', `PATCH /indexes/${name}_next/settings`,
      `POST /indexes/${name}_next/documents?primaryKey=id`, `POST /indexes/${name}_next/documents?primaryKey=id`,
      'POST /indexes', `PATCH /indexes/${name}/settings`,
      'POST /swap-indexes', `DELETE /indexes/${name}_next`,
    ]);
    expect(meili.body('POST /indexes', 0)).toEqual({ uid: `${name}_next`, primaryKey: 'id' });
    expect(meili.body(`PATCH /indexes/${name}_next/settings`)).toEqual(meili.body(`PATCH /indexes/${name}/settings`));
    expect(meili.body('POST /swap-indexes')).toEqual([{ indexes: [name, `${name}_next`], rename: false }]);
    expect((meili.body(`POST /indexes/${name}_next/documents?primaryKey=id`, 0) as unknown[]).length).toBe(3);
  });

  it('applies a new synonym list: stemmed to the offer index, normalised like the partner text to the partner index', async () => {
    await index.applySynonyms([['Kita', 'Kindertagesstätte']], [['Krippe', 'Kita']]);
    expect(meili.body(`PUT /indexes/${name}/settings/synonyms`)).toEqual({ kita: ['kindertagesstaett', 'kripp'], kindertagesstaett: ['kita', 'kripp'] });
    expect(meili.body('PUT /indexes/kp_test_organisations/settings/synonyms')).toEqual({ kita: ['kindertagesstaette'], kindertagesstaette: ['kita'] });
    await index.applySynonyms([['Kita', 'Kindertagesstätte']]);
    expect(meili.body(`PUT /indexes/${name}/settings/synonyms`, 1)).toEqual(meiliOfferSynonyms([['Kita', 'Kindertagesstätte']], defaultRelatedTerms));
  });

  it('pings /health; an unreachable engine rejects (and only warns at boot)', async () => {
    await index.ping();
    expect(meili.calls()).toEqual(['GET /health']);
    await meili.stop();
    const gone = new MeiliSearchIndex({ host: meili.url, indexName: name });
    await expect(gone.ping()).rejects.toThrow();
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      expect(() => gone.checkReachable()).not.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(warn).toHaveBeenCalledWith(expect.objectContaining({ host: meili.url }), expect.stringContaining('not reachable'));
    } finally {
      warn.mockRestore();
    }
    await meili.start();
  });
});

describe('Meilisearch filter of the online fallback', () => {
  it('keeps online sessions without a venue of offers run for all of Germany', () => {
    const filter = meiliFilter(query({}, { modes: ['online'], nationwideOnline: true }));
    expect(filter).toEqual(expect.arrayContaining(['hasSession = true', 'mode != "onsite"', 'regionKeys IS EMPTY', '(onlineLaender NOT EXISTS OR onlineLaender IS EMPTY)']));
    expect(meiliFilter(query({}, { modes: ['online'] }))).not.toContain('regionKeys IS EMPTY');
  });
});
