import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { LanguageService, provideI18n } from '@knotenpunkt/portal/shared/util';
import { firstValueFrom } from 'rxjs';

import { API_BASE_URL, RegionsService, apiErrorOf } from './regions.service';

const goerlitz: RegionSuggestion = {
  kind: 'region',
  id: '14626',
  label: 'Landkreis Görlitz',
  context: 'Sachsen',
  level: 'kreis',
  centroid: { lat: 51.2, lon: 14.8 },
};

async function setUp(providers: unknown[] = []) {
  localStorage.clear();
  window.history.replaceState({}, '', '/');
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideI18n({ loader: () => Promise.resolve({}) }),
      ...(providers as never[]),
    ],
  });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  return { service: TestBed.inject(RegionsService), http: TestBed.inject(HttpTestingController) };
}

describe('RegionsService', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks /api/v1/regions/suggest with q, limit and levels and returns the items', async () => {
    const { service, http } = await setUp();
    const result = firstValueFrom(service.suggest(' Görlitz ', { limit: 10, levels: ['kreis', 'gemeinde'] }));
    const request = http.expectOne((r) => r.url === '/api/v1/regions/suggest');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('q')).toBe('Görlitz');
    expect(request.request.params.get('limit')).toBe('10');
    expect(request.request.params.get('levels')).toBe('kreis,gemeinde');
    expect(request.request.urlWithParams).toBe('/api/v1/regions/suggest?q=G%C3%B6rlitz&limit=10&levels=kreis,gemeinde');
    request.flush({ items: [goerlitz] });
    expect(await result).toEqual([goerlitz]);
  });

  it('leaves out limit and levels when not given', async () => {
    const { service, http } = await setUp();
    void firstValueFrom(service.suggest('990'));
    const request = http.expectOne('/api/v1/regions/suggest?q=990');
    expect(request.request.params.keys()).toEqual(['q']);
    request.flush({ items: [] });
  });

  it('sends the current portal language as Accept-Language', async () => {
    const { service, http } = await setUp();
    void firstValueFrom(service.suggest('Gotha'));
    expect(http.expectOne((r) => r.url.endsWith('/suggest')).request.headers.get('Accept-Language')).toBe('de');

    await TestBed.inject(LanguageService).use('en');
    void firstValueFrom(service.region('16067'));
    const request = http.expectOne('/api/v1/regions/16067');
    expect(request.request.headers.get('Accept-Language')).toBe('en');
    request.flush({});
  });

  it('fetches a region by key and a postal code by PLZ', async () => {
    const { service, http } = await setUp();
    const region = firstValueFrom(service.region('14626'));
    http.expectOne('/api/v1/regions/14626').flush({ key: '14626', label: 'Landkreis Görlitz' });
    expect((await region).label).toBe('Landkreis Görlitz');

    const plz = firstValueFrom(service.postalCode('99084'));
    http.expectOne('/api/v1/postal-codes/99084').flush({ postalCode: '99084', locality: 'Erfurt' });
    expect((await plz).locality).toBe('Erfurt');
  });

  it('uses API_BASE_URL when provided', async () => {
    const { service, http } = await setUp([{ provide: API_BASE_URL, useValue: 'https://api.example.org/api/v1' }]);
    void firstValueFrom(service.postalCode('01067'));
    http.expectOne('https://api.example.org/api/v1/postal-codes/01067').flush({});
  });

  it('passes the api error through, readable with apiErrorOf', async () => {
    const { service, http } = await setUp();
    const result = firstValueFrom(service.suggest('G'));
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Die Anfrage enthält ungültige Angaben.',
      issues: [{ path: 'q', message: 'Bitte mindestens 2 Zeichen eingeben', code: 'too_small' }],
    };
    http.expectOne((r) => r.url.endsWith('/suggest')).flush(body, { status: 400, statusText: 'Bad Request' });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect(apiErrorOf(error)).toEqual(body);
  });

  it('apiErrorOf returns null for network failures and non-api bodies', async () => {
    const { service, http } = await setUp();
    const result = firstValueFrom(service.suggest('Gotha'));
    http.expectOne((r) => r.url.endsWith('/suggest')).error(new ProgressEvent('error'));
    expect(apiErrorOf(await result.catch((e: unknown) => e))).toBeNull();
    expect(apiErrorOf(new Error('x'))).toBeNull();
    expect(apiErrorOf(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }))).toBeNull();
  });
});
