import type { OfferHit } from '@knotenpunkt/shared/contracts';

import { mapPlaces } from '../offer-map/offer-map';
import { deadlineState, distanceText } from './offer-search-page';

function hit(id: string, postalCode: string | null, locality: string | null = null, point: { lat: number; lon: number } | null = null): OfferHit {
  return {
    id,
    slug: id,
    title: `Angebot ${id}`,
    nextSession: postalCode === null && locality === null ? null : { startsAt: '2027-01-23T08:30:00.000Z', endsAt: '2027-01-23T15:30:00.000Z', mode: 'onsite', locality, postalCode, freePlaces: 3, capacity: 10, registrationDeadline: null, distanceKm: 12, lat: point?.lat ?? null, lon: point?.lon ?? null },
  } as unknown as OfferHit;
}

describe('search page helpers', () => {
  it('words a registration deadline relative to today', () => {
    expect(deadlineState(null, '2027-01-01')).toBeNull();
    expect(deadlineState('2027-01-20', '2027-01-01')).toEqual({ kind: 'open', day: '2027-01-20' });
    expect(deadlineState('2027-01-08', '2027-01-01')).toEqual({ kind: 'soon', day: '2027-01-08' });
    expect(deadlineState('2026-12-31T22:59:00.000Z', '2027-01-01')).toEqual({ kind: 'closed', day: '2026-12-31' });
  });

  it('shows distances with one decimal below 10 km', () => {
    expect(distanceText(3.26, 'de')).toBe('3,3 km');
    expect(distanceText(22.6, 'de')).toBe('23 km');
    expect(distanceText(3.26, 'en')).toBe('3.3 km');
  });

  it('groups hits by postal code at the venue point and leaves out hits without one', () => {
    const gotha = { lat: 50.95, lon: 10.7 };
    const places = mapPlaces([hit('a', '99867', 'Gotha', gotha), hit('b', '99880', 'Waltershausen', { lat: 50.93, lon: 10.56 }), hit('c', '99867', 'Gotha', gotha), hit('d', null), hit('e', '12345', 'Nirgendwo')]);
    expect(places.map((p) => [p.number, p.postalCode, p.locality, p.lat, p.hits.map((h) => h.id)])).toEqual([
      [1, '99867', 'Gotha', 50.95, ['a', 'c']],
      [2, '99880', 'Waltershausen', 50.93, ['b']],
    ]);
  });
});
