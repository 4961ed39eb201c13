import { offerSearchQuerySchema, organisationSearchQuerySchema } from '@knotenpunkt/shared/contracts';

import {
  EMPTY_OFFER_SEARCH,
  EMPTY_ORGANISATION_SEARCH,
  type OfferSearchState,
  hasOfferFilters,
  offerFilterParams,
  offerSearchQueryParams,
  offerSearchStateFromParams,
  organisationSearchQueryParams,
  organisationSearchStateFromParams,
  queryString,
} from './search-state';

const full: OfferSearchState = {
  q: 'Interkulturelle Kompetenz',
  place: { kind: 'plz', plz: '99084', radiusKm: 25 },
  free: true,
  freeForVolunteers: true,
  modes: ['online', 'onsite'],
  audiences: ['volunteers'],
  topics: ['asylum-law', 'intercultural-competence'],
  languages: ['de', 'ar'],
  kinds: ['course'],
  from: '2027-01-01',
  to: '2027-06-30',
  sort: 'distance',
  page: 3,
  view: 'map',
};

describe('offer search state ⇄ address', () => {
  it('reads the empty address as the empty search and writes it back as nothing', () => {
    expect(offerSearchStateFromParams({})).toEqual(EMPTY_OFFER_SEARCH);
    expect(offerSearchQueryParams(EMPTY_OFFER_SEARCH)).toEqual({});
  });

  it('round-trips every field with the api’s parameter names', () => {
    const params = offerSearchQueryParams(full);
    expect(params).toEqual({
      q: 'Interkulturelle Kompetenz',
      plz: '99084',
      radiusKm: '25',
      free: 'true',
      freeFor: 'volunteers',
      mode: 'online,onsite',
      audience: 'volunteers',
      topic: 'asylum-law,intercultural-competence',
      language: 'de,ar',
      kind: 'course',
      from: '2027-01-01',
      to: '2027-06-30',
      sort: 'distance',
      page: '3',
      view: 'map',
    });
    expect(offerSearchStateFromParams(params)).toEqual(full);
  });

  it('writes what the api accepts (checked with the contract’s schema)', () => {
    const { view: _view, ...api } = offerSearchQueryParams(full);
    expect(offerSearchQuerySchema.safeParse(api).success).toBe(true);
    const region = offerSearchQueryParams({ ...EMPTY_OFFER_SEARCH, place: { kind: 'region', key: '16067' }, sort: 'date' });
    expect(region).toEqual({ region: '16067', sort: 'date' });
    expect(offerSearchQuerySchema.safeParse(region).success).toBe(true);
  });

  it('accepts repeated parameters and keeps the code lists’ order without duplicates', () => {
    const state = offerSearchStateFromParams({ topic: ['housing', 'asylum-law,housing'], mode: 'blended,online' });
    expect(state.topics).toEqual(['asylum-law', 'housing']);
    expect(state.modes).toEqual(['online', 'blended']);
  });

  it('drops what the api would refuse instead of failing', () => {
    const state = offerSearchStateFromParams({
      q: '  Beratung  ',
      region: '123456',
      plz: '1234',
      radiusKm: '30',
      topic: 'cooking,asylum-law',
      language: 'de,GERMAN,AR',
      from: '2027-02-30',
      to: '2027-01-01',
      sort: 'distance',
      page: '0',
      view: 'satellite',
      freeFor: 'professionals',
      free: 'yes',
    });
    expect(state).toEqual({ ...EMPTY_OFFER_SEARCH, q: 'Beratung', topics: ['asylum-law'], languages: ['de', 'ar'], to: '2027-01-01' });
  });

  it('keeps a radius only with a PLZ (unknown radius → 50 km) and prefers the PLZ over a region', () => {
    expect(offerSearchStateFromParams({ plz: '99084', radiusKm: '33', region: '16' }).place).toEqual({ kind: 'plz', plz: '99084', radiusKm: 50 });
    expect(offerSearchStateFromParams({ region: '16', radiusKm: '10' }).place).toEqual({ kind: 'region', key: '16' });
    expect(offerSearchQueryParams({ ...EMPTY_OFFER_SEARCH, place: { kind: 'region', key: '16' }, sort: 'distance' })).toEqual({ region: '16' });
  });

  it('drops a "to" day before "from"', () => {
    expect(offerSearchStateFromParams({ from: '2027-03-01', to: '2027-02-01' })).toMatchObject({ from: '2027-03-01', to: '' });
  });

  it('gives the calendar feed the filters without page and view, percent-encoded', () => {
    expect(offerFilterParams(full)).not.toHaveProperty('page');
    expect(offerFilterParams(full)).not.toHaveProperty('view');
    expect(queryString({ q: 'Asyl & Recht', topic: 'a,b' })).toBe('q=Asyl%20%26%20Recht&topic=a%2Cb');
  });

  it('knows when filters beyond text and place are set', () => {
    expect(hasOfferFilters({ ...EMPTY_OFFER_SEARCH, q: 'x', place: { kind: 'region', key: '16' } })).toBe(false);
    expect(hasOfferFilters({ ...EMPTY_OFFER_SEARCH, freeForVolunteers: true })).toBe(true);
    expect(hasOfferFilters({ ...EMPTY_OFFER_SEARCH, to: '2027-01-01' })).toBe(true);
  });
});

describe('organisation search state ⇄ address', () => {
  it('round-trips and matches the contract', () => {
    const state = {
      ...EMPTY_ORGANISATION_SEARCH,
      q: 'Bildung',
      place: { kind: 'plz', plz: '99867', radiusKm: 10 },
      types: ['adult-education', 'welfare'],
      topics: ['asylum-law'],
      audiences: ['volunteers'],
      sort: 'name',
      page: 2,
    } as const;
    const params = organisationSearchQueryParams(state);
    expect(params).toEqual({ q: 'Bildung', plz: '99867', radiusKm: '10', type: 'adult-education,welfare', topic: 'asylum-law', audience: 'volunteers', sort: 'name', page: '2' });
    expect(organisationSearchStateFromParams(params)).toEqual(state);
    expect(organisationSearchQuerySchema.safeParse(params).success).toBe(true);
  });

  it('drops unknown types and a distance sort without a centre', () => {
    expect(organisationSearchStateFromParams({ type: 'club,initiative', sort: 'distance' })).toEqual({ ...EMPTY_ORGANISATION_SEARCH, types: ['initiative'] });
    expect(organisationSearchStateFromParams({ sort: 'date' }).sort).toBe('relevance');
  });
});
