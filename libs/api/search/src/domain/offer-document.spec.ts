import type { Offer } from '@knotenpunkt/shared/contracts';
import { tsQueryText } from '../infra/pg-query';
import { offerDocument } from './offer-document';

const session = (startsAt: string, endsAt: string, regionKey: string | null, mode: 'onsite' | 'online' = 'onsite') => ({
  id: '00000000-0000-4000-8000-000000000001', externalId: `urn:s:${startsAt}`, modulePosition: null, startsAt, endsAt, mode,
  venue: regionKey ? { name: null, street: null, postalCode: '99867', locality: 'Gotha', lat: null, lon: null, regionKey, regionName: 'Gotha', point: { lat: 50.95, lon: 10.7 } } : null,
  onlineUrl: null, capacity: 20, freePlaces: 3, registrationDeadline: null, schedule: null, instructors: [], past: false,
});

const offer = {
  id: '00000000-0000-4000-8000-00000000000a', slug: 's', externalId: 'urn:o', status: 'published', kind: 'course', title: 'Schulung Flüchtlingshilfe',
  abstract: 'Kurz', plainLanguageSummary: null, description: 'Lang', topics: ['asylum-law'], audiences: ['volunteers'], languages: ['de'], prerequisites: null, admissionRules: null,
  price: { amount: 0, currency: 'EUR', isFree: false, freeFor: [] }, certificate: null, funders: ['Stiftung'], contact: null, url: null, links: [],
  provider: { id: '00000000-0000-4000-8000-0000000000aa', slug: 'vhs', name: 'VHS', type: 'adult-education' }, partners: [], modules: [],
  sessions: [session('2026-01-10', '2026-01-10', '160670029029'), session('2027-03-02T09:00:00+01:00', '2027-03-02T16:00:00+01:00', '160670029029'), session('2027-04-01', '2027-04-02', null, 'online')],
  nextSessionStartsAt: null, lastSessionEndsAt: null, publishedAt: null, updatedAt: '2026-12-01T00:00:00.000Z',
} as Offer;

describe('search document of an offer', () => {
  it('keeps upcoming sessions only, with every region level of their place', () => {
    const doc = offerDocument(offer, offer.provider.id, Date.parse('2026-12-01T00:00:00Z'));
    expect(doc.sessions.map((s) => s.startsAt)).toEqual(['2027-03-02T08:00:00.000Z', '2027-03-31T22:00:00.000Z']);
    expect(doc.regionKeys).toEqual(['16', '160', '16067', '160670029', '160670029029']);
    expect(doc.laender).toEqual(['16']);
    expect(doc.modes).toEqual(['online', 'onsite']);
    expect(doc.nextStart).toBe('2027-03-02T08:00:00.000Z');
    // An all-day end lasts to the end of that day.
    expect(doc.lastEnd).toBe('2027-04-02T21:59:59.999Z');
    expect(doc.isFree).toBe(true);
    expect(doc.text.d).toContain('Stiftung');
  });
});

describe('tsquery text', () => {
  it('ANDs the units and ORs their alternatives; phrases become <->', () => {
    expect(tsQueryText([['schulung', 'fortbildung'], ['gotha']])).toBe('(schulung | fortbildung) & gotha');
    expect(tsQueryText([['mbe', 'migrationsberatung erwachsene zuwanderer']])).toBe('(mbe | migrationsberatung <-> erwachsene <-> zuwanderer)');
    expect(tsQueryText([])).toBe('');
  });
});

describe('region semantics of a document', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');
  it('an online session of a provider serving one Land belongs to that Land; nationwide providers to none', () => {
    const doc = offerDocument(offer, offer.provider.id, now, { serviceAreas: ['14523', '14612'] });
    expect(doc.onlineLaender).toEqual(['14']);
    expect(doc.laender).toEqual(['14', '16']);
    expect(doc.serviceAreas).toEqual(['14523', '14612']);
    expect(offerDocument(offer, offer.provider.id, now, { serviceAreas: ['01', '02', '03', '04', '05'] }).onlineLaender).toEqual([]);
    expect(offerDocument(offer, offer.provider.id, now).onlineLaender).toEqual([]);
  });

  it('a Land named in title or abstract makes the online offer regional ("für Engagierte in Sachsen", never Sachsen-Anhalt)', () => {
    expect(offerDocument({ ...offer, abstract: 'Online für Engagierte in Sachsen' } as Offer, offer.provider.id, now).onlineLaender).toEqual(['14']);
    expect(offerDocument({ ...offer, abstract: 'Online für Engagierte in Sachsen-Anhalt' } as Offer, offer.provider.id, now).onlineLaender).toEqual(['15']);
    expect(offerDocument({ ...offer, abstract: 'Online für Niedersachsen' } as Offer, offer.provider.id, now).onlineLaender).toEqual(['03']);
  });

  it('an offer without any dates is on request; venue towns are part of the searchable text', () => {
    expect(offerDocument({ ...offer, sessions: [] } as Offer, offer.provider.id, now).onRequest).toBe(true);
    const dated = offerDocument(offer, offer.provider.id, now);
    expect(dated.onRequest).toBe(false);
    expect(dated.text.d).toContain('Gotha');
  });
});
