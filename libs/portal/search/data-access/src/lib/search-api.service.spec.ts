import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { OfferSearchResult, OrganisationSearchResult } from '@knotenpunkt/shared/contracts';
import { firstValueFrom } from 'rxjs';

import { SearchApiService, webcalUrl } from './search-api.service';
import { EMPTY_OFFER_SEARCH, EMPTY_ORGANISATION_SEARCH } from './search-state';

describe('SearchApiService', () => {
  let api: SearchApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(SearchApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks GET /search/offers with the state, the facets and the page size (never `view`)', async () => {
    const result: OfferSearchResult = { items: [], total: 0, totalCapped: false, page: 2, pageSize: 20, facets: {}, fallback: [] };
    const answer = firstValueFrom(
      api.searchOffers({ ...EMPTY_OFFER_SEARCH, q: 'Asyl', place: { kind: 'plz', plz: '99084', radiusKm: 50 }, freeForVolunteers: true, topics: ['asylum-law', 'housing'], page: 2, view: 'map' }),
    );
    const request = http.expectOne((r) => r.url === '/api/v1/search/offers');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys().sort()).toEqual(['facets', 'freeFor', 'page', 'pageSize', 'plz', 'q', 'radiusKm', 'topic']);
    expect(request.request.urlWithParams).toContain('facets=topic,audience,language,mode,kind,free,land');
    expect(request.request.params.get('topic')).toBe('asylum-law,housing');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush(result);
    expect(await answer).toEqual(result);
  });

  it('passes an api error on', async () => {
    const answer = firstValueFrom(api.searchOffers(EMPTY_OFFER_SEARCH));
    http.expectOne((r) => r.url === '/api/v1/search/offers').flush({ statusCode: 502, error: 'Bad Gateway', message: 'down' }, { status: 502, statusText: 'Bad Gateway' });
    await expect(answer).rejects.toMatchObject({ status: 502 });
  });

  it('builds the calendar feed address from the filters', () => {
    expect(api.offerCalendarUrl(EMPTY_OFFER_SEARCH)).toBe('/api/v1/search/offers.ics');
    expect(api.offerCalendarUrl({ ...EMPTY_OFFER_SEARCH, q: 'Recht & Asyl', modes: ['online'], page: 4, view: 'map' })).toBe(
      '/api/v1/search/offers.ics?q=Recht%20%26%20Asyl&mode=online',
    );
    expect(webcalUrl('https://knotenpunkt.example/api/v1/search/offers.ics?q=x')).toBe('webcal://knotenpunkt.example/api/v1/search/offers.ics?q=x');
    expect(webcalUrl('/relative')).toBeNull();
  });

  it('asks GET /search/organisations with type, topic, region and the organisation facets', async () => {
    const result: OrganisationSearchResult = { items: [], total: 0, page: 1, pageSize: 20, facets: { type: { welfare: 2 } } };
    const answer = firstValueFrom(api.searchOrganisations({ ...EMPTY_ORGANISATION_SEARCH, types: ['welfare'], topics: ['trauma'], place: { kind: 'region', key: '16' }, sort: 'name' }));
    const request = http.expectOne((r) => r.url === '/api/v1/search/organisations');
    expect(Object.fromEntries(request.request.params.keys().map((k) => [k, request.request.params.get(k)]))).toEqual({
      type: 'welfare',
      topic: 'trauma',
      region: '16',
      sort: 'name',
      facets: 'type,topic,audience,land',
      pageSize: '20',
    });
    request.flush(result);
    expect(await answer).toEqual(result);
  });
});

describe('SearchApiService with per-group facet counts', () => {
  let api: SearchApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(SearchApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const empty: OfferSearchResult = { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20, facets: {}, fallback: [] };

  it('asks once without ticked filters', async () => {
    const answer = firstValueFrom(api.searchOffersWithFacets({ ...EMPTY_OFFER_SEARCH, q: 'Asyl' }));
    http.expectOne((r) => r.url === '/api/v1/search/offers').flush(empty);
    expect(await answer).toEqual(empty);
  });

  it('replaces a ticked group’s counts by those of the search without that group', async () => {
    const answer = firstValueFrom(api.searchOffersWithFacets({ ...EMPTY_OFFER_SEARCH, q: 'Asyl', modes: ['online'], topics: ['asylum-law'] }));
    const requests = http.match((r) => r.url === '/api/v1/search/offers');
    expect(requests.map((r) => r.request.urlWithParams)).toEqual([
      '/api/v1/search/offers?q=Asyl&mode=online&topic=asylum-law&facets=topic,audience,language,mode,kind,free,land&pageSize=20',
      '/api/v1/search/offers?q=Asyl&topic=asylum-law&facets=mode&pageSize=1&onlineFallback=false',
      '/api/v1/search/offers?q=Asyl&mode=online&facets=topic&pageSize=1&onlineFallback=false',
    ]);
    requests[0]?.flush({ ...empty, total: 2, facets: { mode: { online: 2 }, topic: { 'asylum-law': 2 }, kind: { course: 2 } } });
    requests[1]?.flush({ ...empty, facets: { mode: { online: 2, onsite: 5 } } });
    requests[2]?.error(new ProgressEvent('error'));
    const result = await answer;
    expect(result.total).toBe(2);
    expect(result.facets).toEqual({ mode: { online: 2, onsite: 5 }, topic: { 'asylum-law': 2 }, kind: { course: 2 } });
  });

  it('does the same for organisation types', async () => {
    const answer = firstValueFrom(api.searchOrganisationsWithFacets({ ...EMPTY_ORGANISATION_SEARCH, types: ['welfare'], page: 2 }));
    const requests = http.match((r) => r.url === '/api/v1/search/organisations');
    expect(requests.map((r) => r.request.urlWithParams)).toEqual([
      '/api/v1/search/organisations?type=welfare&page=2&facets=type,topic,audience,land&pageSize=20',
      '/api/v1/search/organisations?facets=type&pageSize=1',
    ]);
    requests[0]?.flush({ items: [], total: 1, page: 2, pageSize: 20, facets: { type: { welfare: 1 } } });
    requests[1]?.flush({ items: [], total: 5, page: 1, pageSize: 1, facets: { type: { welfare: 1, umbrella: 1, 'adult-education': 1 } } });
    expect((await answer).facets['type']).toEqual({ welfare: 1, umbrella: 1, 'adult-education': 1 });
  });
});
