import { tokens } from '@knotenpunkt/shared/search-text';
import type { EngineQuery, TextUnit } from '../search-index.port';
import type { MemoryOffer, MemoryOfferText } from './memory-offer';
import { ENOUGH_RESULTS, MemoryOfferIndex } from './memory-offer-index';

const NOW = '2027-01-10T12:00:00.000Z';
const day = (d: string, hour = 9) => Date.parse(`${d}T${String(hour).padStart(2, '0')}:00:00Z`);

function offer(id: string, over: Partial<MemoryOffer> = {}): MemoryOffer {
  const start = day('2027-02-01');
  return {
    id, kind: 'course', topics: [], audiences: [], languages: ['de'], modes: ['onsite'], laender: ['16'], isFree: false, freeFor: [], lastEnd: start + 7 * 3600e3,
    onRequest: false, serviceAreas: [], onlineLaender: [],
    sessions: [session('2027-02-01', { regionKey: '160670000000', lat: 50.95, lon: 10.7 })],
    ...over,
  };
}

function session(d: string, over: Partial<MemoryOffer['sessions'][number]> = {}): MemoryOffer['sessions'][number] {
  const startsAt = day(d);
  return {
    startsAt, endsAt: startsAt + 7 * 3600e3, mode: 'onsite', lat: null, lon: null, regionKey: null, registrationDeadline: null,
    document: { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 7 * 3600e3).toISOString(), startsText: d, endsText: d, mode: 'onsite', lat: null, lon: null, regionKeys: [], postalCode: null, locality: null, freePlaces: null, capacity: null, registrationDeadline: null },
    ...over,
  };
}

const text = (a: string, c = ''): MemoryOfferText => ({ a, b: '', c, d: '' });
const unit = (...terms: string[]): TextUnit => ({ source: terms[0] as string, group: 0, alternatives: terms.map((term, i) => ({ term, weight: i === 0 ? 1 : 0.9, prefix: false })) });
const units = (q: string) => tokens(q).map((t) => unit(t));

function query(over: Partial<EngineQuery> = {}): EngineQuery {
  return { text: '', words: [], units: [], filters: {}, sort: 'relevance', facets: [], page: 1, pageSize: 20, now: NOW, ...over };
}

describe('MemoryOfferIndex', () => {
  let index: MemoryOfferIndex;
  beforeEach(() => {
    index = new MemoryOfferIndex(tokens);
  });
  const ids = (q: EngineQuery) => index.search(q).hits.map((h) => h.offer.id);

  it('ranks by how much of the query an offer covers, and never returns nothing while a word matches', () => {
    index.upsert(offer('both'), text('Konflikte moderieren', 'Fortbildung für Ehrenamtliche'));
    index.upsert(offer('one'), text('Fortbildung Asylrecht'));
    index.upsert(offer('none'), text('Sprachcafé'));
    expect(ids(query({ units: units('Fortbildung Konflikte Willkommensinitiative') }))).toEqual(['both', 'one']);
    expect(ids(query({ units: units('Willkommensinitiative') }))).toEqual([]);
  });

  it('keeps only offers matching more words while that still gives enough results (matching strategy)', () => {
    for (let i = 0; i < ENOUGH_RESULTS; i++) index.upsert(offer(`full${i}`), text('Fortbildung Asylrecht'));
    index.upsert(offer('partial'), text('Fortbildung Elternarbeit'));
    const result = index.search(query({ units: units('Fortbildung Asylrecht') }));
    expect(result.total).toBe(ENOUGH_RESULTS);
    expect(result.matchedUnits).toBe(2);
    index.remove('full0');
    const fewer = index.search(query({ units: units('Fortbildung Asylrecht') }));
    expect(fewer.total).toBe(ENOUGH_RESULTS);
    expect(fewer.matchedUnits).toBe(1);
    expect(fewer.hits.map((h) => h.offer.id).at(-1)).toBe('partial');
  });

  it('weights rare words above common ones and the title above the description', () => {
    for (let i = 0; i < 5; i++) index.upsert(offer(`common${i}`), text('Workshop', 'Fortbildung'));
    index.upsert(offer('rare'), text('Traumapädagogik'));
    index.upsert(offer('title'), text('Fortbildung'));
    const found = ids(query({ units: units('Fortbildung Traumapädagogik') }));
    expect(found[0]).toBe('rare');
    expect(found[1]).toBe('title');
  });

  it('matches prefixes, phrases and typos of unknown words', () => {
    index.upsert(offer('gesetz'), text('Asylbewerberleistungsgesetz verständlich'));
    index.upsert(offer('tisch'), text('Runder Tisch Integration'));
    index.upsert(offer('tisch-apart'), text('Runder Geburtstag', 'Tisch'));
    index.upsert(offer('typo'), text('Sprachmittler gesucht'));
    expect(ids(query({ units: [{ source: 'asyl', group: 0, alternatives: [{ term: 'asyl', weight: 1, prefix: true }] }] }))).toEqual(['gesetz']);
    expect(ids(query({ units: [{ source: 'runder tisch', group: 0, alternatives: [{ term: 'runder tisch', weight: 1, prefix: false }] }] })).sort()).toEqual(['tisch', 'tisch-apart']);
    expect(ids(query({ units: units('Sprachmitler') }))).toEqual(['typo']);
  });

  it('removes and replaces offers; compaction keeps results', () => {
    index.upsert(offer('a'), text('Asylrecht'));
    index.upsert(offer('a'), text('Elternarbeit'));
    expect(ids(query({ units: units('Asylrecht') }))).toEqual([]);
    expect(ids(query({ units: units('Elternarbeit') }))).toEqual(['a']);
    index.compactSlots();
    expect(ids(query({ units: units('Elternarbeit') }))).toEqual(['a']);
    index.remove('a');
    expect(index.size).toBe(0);
    expect(ids(query())).toEqual([]);
  });

  it('updates take new slots; once more than half are unused the slots are renumbered and every search still finds the same', () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 1500; i++) index.upsert(offer(`o${i}`, { topics: [i % 2 ? 'asylum-law' : 'language'], freeFor: round === 2 && i === 7 ? ['volunteers'] : [] }), text(i === 42 ? 'Elternarbeit Kita' : `Kurs ${round}`));
    }
    expect(index.size).toBe(1500);
    expect(index.slots).toBeLessThan(3000);
    expect(ids(query({ units: units('Elternarbeit') }))).toEqual(['o42']);
    expect(index.search(query({ units: units('Kurs 2'), facets: ['topic'] })).facets.topic).toEqual({ 'asylum-law': 750, language: 749 });
    expect(ids(query({ filters: { freeFor: 'volunteers' } }))).toEqual(['o7']);
    index.remove('o42');
    expect(ids(query({ units: units('Elternarbeit') }))).toEqual([]);
  });

  it('region: venues in it, Land-specific online offers of that Land, on-request offers where the provider serves', () => {
    index.upsert(offer('gotha'), text('Kurs'));
    index.upsert(offer('leipzig', { laender: ['14'], sessions: [session('2027-02-03', { regionKey: '147130000000', lat: 51.34, lon: 12.37 })] }), text('Kurs'));
    index.upsert(offer('online-sachsen', { laender: ['14'], modes: ['online'], onlineLaender: ['14'], sessions: [session('2027-02-04', { mode: 'online' })] }), text('Kurs'));
    index.upsert(offer('online-bund', { laender: [], modes: ['online'], sessions: [session('2027-02-04', { mode: 'online' })] }), text('Kurs'));
    index.upsert(offer('anfrage', { laender: [], sessions: [], lastEnd: null, onRequest: true, serviceAreas: ['14'] }), text('Kurs'));
    expect(ids(query({ filters: { region: '14' }, sort: 'date' }))).toEqual(['leipzig', 'online-sachsen', 'anfrage']);
    expect(ids(query({ filters: { region: '14713' }, sort: 'date' }))).toEqual(['leipzig', 'online-sachsen', 'anfrage']);
    expect(ids(query({ filters: { region: '16' } }))).toEqual(['gotha']);
    const located = index.search(query({ filters: { center: { lat: 51.3, lon: 12.4, radiusKm: 20, regionKey: '147130000000' } }, sort: 'distance' }));
    expect(located.hits.map((h) => [h.offer.id, h.onRequest])).toEqual([['leipzig', false], ['online-sachsen', false], ['anfrage', true]]);
    expect(located.hits[0]?.distanceKm).toBeGreaterThan(0);
    // Without a place, every current offer; on-request offers are not "found by region" then.
    expect(index.search(query()).hits.find((h) => h.offer.id === 'anfrage')?.onRequest).toBe(false);
    expect(ids(query({ filters: { modes: ['online'] } })).sort()).toEqual(['online-bund', 'online-sachsen']);
  });

  it('date, place and distance of a hit belong to the same session; ended sessions and offers do not count', () => {
    index.upsert(
      offer('two', { sessions: [session('2027-01-05', { regionKey: '160670000000', lat: 50.95, lon: 10.7 }), session('2027-02-01', { regionKey: '160670000000', lat: 50.95, lon: 10.7 }), session('2027-03-01', { regionKey: '160510000000', lat: 50.98, lon: 11.03 })] }),
      text('Kurs'),
    );
    index.upsert(offer('past', { lastEnd: day('2027-01-01'), sessions: [session('2026-12-20')] }), text('Kurs'));
    const hit = index.search(query({ filters: { center: { lat: 50.98, lon: 11.03, radiusKm: 5 } } })).hits;
    expect(hit.map((h) => h.offer.id)).toEqual(['two']);
    expect(hit[0]?.sessions.map((s) => s.document.startsText)).toEqual(['2027-03-01']);
    expect(hit[0]?.sessions[0]?.distanceKm).toBe(hit[0]?.distanceKm);
  });

  it('ranks an offer whose registration deadline has passed below an open one', () => {
    index.upsert(offer('closed', { sessions: [session('2027-02-01', { regionKey: '16', registrationDeadline: '2027-01-05' })] }), text('Asylrecht Grundkurs'));
    index.upsert(offer('open', { sessions: [session('2027-02-02', { regionKey: '16', registrationDeadline: '2027-01-20' })] }), text('Asylrecht Grundkurs'));
    expect(ids(query({ units: units('Asylrecht') }))).toEqual(['open', 'closed']);
  });

  it('filters, counts facets over every match and pages', () => {
    for (let i = 0; i < 30; i++) index.upsert(offer(`o${i}`, { topics: [i % 2 ? 'asylum-law' : 'language'], isFree: i % 3 === 0, freeFor: i % 3 === 1 ? ['volunteers'] : [] }), text('Kurs'));
    const all = index.search(query({ facets: ['topic', 'free'], pageSize: 7, page: 5 }));
    expect(all.total).toBe(30);
    expect(all.hits).toHaveLength(2);
    expect(all.facets.topic).toEqual({ 'asylum-law': 15, language: 15 });
    expect(all.facets.free).toEqual({ true: 10, false: 20 });
    expect(index.search(query({ filters: { freeFor: 'volunteers' } })).total).toBe(20);
    expect(index.search(query({ filters: { topics: ['asylum-law'], free: true } })).total).toBe(5);
  });
});
