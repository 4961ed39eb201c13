import type { OrganisationProfile } from '@knotenpunkt/shared/contracts';
import { organisationDocument } from '../domain/organisation-document';
import type { OrganisationEngineQuery } from '../domain/search-index.port';
import { meiliOrganisationDocument, meiliOrganisationFilter, meiliOrganisationSearchParams, meiliOrganisationSettings, organisationEngineResult } from './meili-organisation-search';
import { meiliOrganisationIndexName } from './meili-search-index';

const profile: OrganisationProfile = {
  tenant: { id: '00000000-0000-4000-8000-0000000000aa', slug: 'vhs-gotha', name: 'VHS Gotha', type: 'adult-education' },
  parent: null,
  description: 'Schulungen für Berater*innen',
  address: { street: null, postalCode: '99867', locality: 'Gotha', region: { key: '160670029029', name: 'Gotha', level: 'gemeinde' } },
  serviceAreas: [{ key: '16067', name: 'Landkreis Gotha', level: 'kreis' }],
  topics: ['volunteer-management'],
  audiences: ['volunteers'],
  contactPoints: [],
  website: null,
  email: null,
  phone: null,
  logoUrl: null,
  updatedAt: null,
};
const query = (over: Partial<OrganisationEngineQuery> = {}): OrganisationEngineQuery => ({ words: [], filters: {}, sort: 'relevance', facets: [], page: 1, pageSize: 20, ...over });

describe('organisation documents', () => {
  it('knows where the organisation works (service areas and address with every region above) and what it covers', () => {
    const d = organisationDocument(profile, { lat: 50.95, lon: 10.7 }, 3);
    expect(d.areaKeys).toEqual(['16', '160', '16067', '160670029', '160670029029']);
    expect(d.coverKeys).toEqual(['16067', '160670029029']);
    expect(d.laender).toEqual(['16']);
  });

  it('becomes one Meilisearch document with normalised text, the point as _geo and a sortable name', () => {
    const m = meiliOrganisationDocument(organisationDocument(profile, { lat: 50.95, lon: 10.7 }, 3));
    expect(m).toMatchObject({ id: profile.tenant.id, nameSort: 'vhs gotha', currentOffers: 3, _geo: { lat: 50.95, lng: 10.7 } });
    expect(m.textC).toBe('schulungen berater');
    expect(meiliOrganisationDocument(organisationDocument(profile, { lat: null, lon: null }, 0))).not.toHaveProperty('_geo');
  });
});

describe('Meilisearch partner requests', () => {
  it('uses an index of its own beside the offers', () => {
    expect(meiliOrganisationIndexName('kp_test_offers')).toBe('kp_test_organisations');
  });

  it('can filter and sort on everything the queries use', () => {
    const settings = meiliOrganisationSettings([]);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['type', 'topics', 'audiences', 'areaKeys', 'coverKeys', 'laender', '_geo']));
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['nameSort', '_geo']));
  });

  it('matches a region the organisation works within or one its areas cover (the region and every region above it)', () => {
    expect(meiliOrganisationFilter(query({ filters: { region: '16067' } }))).toEqual(['(areaKeys = "16067" OR coverKeys IN ["16", "160", "16067"])']);
  });

  it('filters type, topic, audience with IN and a radius in metres; quotes values', () => {
    expect(meiliOrganisationFilter(query({ filters: { types: ['welfare', 'x"y'], topics: ['health'], audiences: ['volunteers'], center: { lat: 51, lon: 10, radiusKm: 25 } } }))).toEqual([
      'type IN ["welfare", "x\\"y"]',
      'topics IN ["health"]',
      'audiences IN ["volunteers"]',
      '_geoRadius(51, 10, 25000)',
    ]);
  });

  it('sorts by name or distance, pages finitely and renames facets', () => {
    const byName = meiliOrganisationSearchParams(query({ sort: 'name', facets: ['type', 'land'], words: [['berater', 'beratung']] }));
    expect(byName).toMatchObject({ q: 'berater', sort: ['nameSort:asc'], facets: ['type', 'laender'], page: 1, hitsPerPage: 20, matchingStrategy: 'all' });
    expect(meiliOrganisationSearchParams(query({ sort: 'distance', filters: { center: { lat: 51, lon: 10, radiusKm: 25 } } })).sort).toEqual(['_geoPoint(51, 10):asc', 'nameSort:asc']);
    expect(meiliOrganisationSearchParams(query())).not.toHaveProperty('sort');
  });

  it('maps hits with the distance in km: from _geoDistance, else computed from _geo', () => {
    const center = { lat: 50.98, lon: 11.03, radiusKm: 50 };
    const result = organisationEngineResult(query({ filters: { center }, facets: ['land'] }), {
      hits: [
        { id: 'a', currentOffers: 1, profile, _geoDistance: 23456 },
        { id: 'b', currentOffers: 0, profile, _geo: { lat: 50.95, lng: 10.7 } },
      ],
      totalHits: 2,
      facetDistribution: { laender: { '16': 2 } },
    });
    expect(result.hits.map((h) => h.distanceKm)).toEqual([23.5, 23.3]);
    expect(result).toMatchObject({ total: 2, facets: { land: { '16': 2 } } });
  });
});
