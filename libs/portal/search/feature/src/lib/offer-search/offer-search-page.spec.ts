import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TestBed } from '@angular/core/testing';
import type { OfferHit, OfferSearchResult } from '@knotenpunkt/shared/contracts';
import { configure, ticks } from '@knotenpunkt/portal/shared/testing';

import { searchRoutes } from '../search.routes';

const PROVIDER = { id: '8d9c7d1e-0000-4000-8000-0000000000a1', slug: 'demo-vhs', name: 'Volkshochschule Musterstadt (Demo)', type: 'adult-education' as const };

function hit(overrides: Partial<OfferHit> = {}): OfferHit {
  return {
    id: '8d9c7d1e-0000-4000-8000-0000000000c1',
    slug: 'interkulturelle-kompetenz',
    status: 'published',
    kind: 'course',
    title: 'Interkulturelle Kompetenz im Ehrenamt',
    abstract: 'Tagesseminar für Engagierte.',
    topics: ['intercultural-competence'],
    audiences: ['volunteers'],
    price: { amount: 40, currency: 'EUR', isFree: false, freeFor: ['volunteers'] },
    provider: PROVIDER,
    nextSessionStartsAt: '2027-01-23T08:30:00.000Z',
    lastSessionEndsAt: '2027-06-15T18:30:00.000Z',
    publishedAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    sessionCount: 4,
    modes: ['onsite', 'online'],
    nextSession: {
      startsAt: '2027-01-23T08:30:00.000Z',
      endsAt: '2027-01-23T15:30:00.000Z',
      mode: 'onsite',
      locality: 'Gotha',
      postalCode: '99867',
      freePlaces: 7,
      capacity: 18,
      registrationDeadline: '2099-01-13',
      distanceKm: 22.4,
    },
    distanceKm: 22.4,
    fallback: false,
    hasPlainLanguage: true,
    ...overrides,
  } as OfferHit;
}

function result(overrides: Partial<OfferSearchResult> = {}): OfferSearchResult {
  return { items: [hit()], total: 1, totalCapped: false, page: 1, pageSize: 20, facets: { mode: { onsite: 1, online: 1 }, free: { false: 1 } }, fallback: [], ...overrides };
}

async function openSearch(url: string) {
  const http = await configure({ routes: searchRoutes });
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(url);
  await ticks();
  const settle = async () => {
    await ticks();
    harness.detectChanges();
  };
  const element = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return { http, harness, navigation, element, text, settle };
}

const searchRequests = (http: Awaited<ReturnType<typeof openSearch>>['http']) => http.match((r) => r.url === '/api/v1/search/offers' || r.url.startsWith('/api/v1/postal-codes/'));

describe('OfferSearchPage', () => {
  it('asks the api with the state from the address and shows the hits with their facts and badges', async () => {
    const { http, navigation, text, element, settle } = await openSearch('/angebote?q=Interkulturell&plz=99084&radiusKm=50&freeFor=volunteers');
    const requests = searchRequests(http);
    const search = requests.find((r) => r.request.url === '/api/v1/search/offers');
    expect(search?.request.params.get('q')).toBe('Interkulturell');
    expect(search?.request.params.get('plz')).toBe('99084');
    expect(search?.request.params.get('freeFor')).toBe('volunteers');
    search?.flush(result());
    // The picker shows the PLZ with its place.
    requests.find((r) => r.request.url === '/api/v1/postal-codes/99084')?.flush({ postalCode: '99084', locality: 'Erfurt', centroid: { lat: 50.98, lon: 11.03 }, gemeinden: [], places: ['Erfurt'] });
    await navigation;
    await settle();

    expect(text('.search-toolbar__count')).toBe('1 Angebot gefunden');
    expect(element().querySelector('.search-toolbar__count')?.getAttribute('aria-live')).toBe('polite');
    expect(element().querySelector<HTMLInputElement>('#offer-search-q')?.value).toBe('Interkulturell');
    expect(element().querySelector<HTMLInputElement>('input[role="combobox"]')?.value).toBe('99084 Erfurt');
    expect(element().querySelector<HTMLSelectElement>('#offer-search-radius')?.value).toBe('50');
    expect(element().querySelector('.search-hit__title a')?.getAttribute('href')).toBe('/angebote/interkulturelle-kompetenz');
    expect(text('.search-hit__facts')).toBe('Nächster Termin: 23.01.2027, 09:30 · 99867 Gotha 22 km entfernt');
    expect([...element().querySelectorAll('.search-hit__badges li')].map((li) => li.textContent?.trim())).toEqual([
      'Kostenlos für Ehrenamtliche',
      'In Einfacher Sprache',
      '7 freie Plätze',
      'Anmeldung bis 13. Januar 2099',
    ]);
    // Facet counts beside the options; distance sort with a centre.
    const modes = [...element().querySelectorAll('kp-facet-group')[0]?.querySelectorAll('label') ?? []].map((l) => l.textContent?.replace(/\s+/g, ' ').trim());
    expect(modes).toEqual(['Online (1)', 'Vor Ort (1)', 'Vor Ort und online (0)']);
    expect([...element().querySelectorAll('#offer-sort option')].map((o) => o.textContent?.trim())).toEqual(['Relevanz', 'Datum', 'Entfernung']);
    expect(element().querySelector('.search-calendar a')?.getAttribute('href')).toBe('/api/v1/search/offers.ics?q=Interkulturell&plz=99084&radiusKm=50&freeFor=volunteers');
  });

  it('writes ticked filters and the text field to the address, page back to 1', async () => {
    const { http, navigation, element, settle } = await openSearch('/angebote?page=3');
    searchRequests(http).forEach((r) => r.flush(result({ page: 3, total: 45 })));
    await navigation;
    await settle();
    const field = element().querySelector<HTMLInputElement>('#offer-search-q');
    if (!field) throw new Error('no text field');
    field.value = 'Asyl';
    field.dispatchEvent(new Event('input'));
    element().querySelector<HTMLInputElement>('#offer-filter-volunteers')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/angebote?q=Asyl&freeFor=volunteers');
    const next = http.match((r) => r.url === '/api/v1/search/offers');
    expect(next.map((r) => r.request.params.get('freeFor'))).toEqual(['volunteers']);
    next.forEach((r) => r.flush(result({ items: [], total: 0 })));
    await settle();
    // Empty: suggestions to remove filters and to search without the text.
    expect(element().querySelector('.search-empty h3')?.textContent?.trim()).toBe('Kein Angebot gefunden');
    expect([...element().querySelectorAll('.search-empty__suggestions button')].map((b) => b.textContent?.trim())).toEqual(['Filter entfernen', 'Ohne Suchbegriff suchen']);
    (element().querySelector('.search-empty__suggestions button') as HTMLButtonElement).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/angebote?q=Asyl');
    http.match(() => true).forEach((r) => r.flush(result()));
  });

  it('shows online fallback hits in their own section, "mehr als 1.000" when capped, and the api-down state', async () => {
    const { http, navigation, element, text, settle } = await openSearch('/angebote?q=Recht');
    http.expectOne((r) => r.url === '/api/v1/search/offers').flush(result({ total: 1000, totalCapped: true, fallback: [hit({ id: 'f1', slug: 'online', title: 'Online-Kurs', fallback: true, hasPlainLanguage: false, nextSession: null, modes: ['online'] })] }));
    await navigation;
    await settle();
    expect(text('.search-toolbar__count')).toBe('Mehr als 1.000 Angebote gefunden – grenzen Sie die Suche ein, um alle zu sehen');
    expect(text('#offer-fallback-heading')).toBe('Online-Angebote');
    expect([...element().querySelectorAll('.search-fallback .search-hit__badges li')].map((li) => li.textContent?.trim())).toEqual(['Kostenlos für Ehrenamtliche', 'Online', 'Online-Alternative']);

    element().querySelector<HTMLButtonElement>('.search-toolbar__view button:last-child')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/angebote?q=Recht&view=map');
    // Same search for list and map: no new request.
    expect(http.match((r) => r.url === '/api/v1/search/offers')).toHaveLength(0);
    http.match(() => true).forEach((r) => r.flush({ postalCode: '99867', locality: 'Gotha', centroid: { lat: 50.95, lon: 10.7 }, gemeinden: [], places: [] }));

    await TestBed.inject(Router).navigateByUrl('/angebote?q=Kaputt');
    await ticks();
    http.expectOne((r) => r.url === '/api/v1/search/offers').flush({ statusCode: 502, error: 'Bad Gateway', message: 'down' }, { status: 502, statusText: 'Bad Gateway' });
    await settle();
    expect(text('[role="alert"] strong')).toBe('Die Suche ist gerade nicht erreichbar.');
    expect(text('.search-toolbar__count')).toBe('Die Suche ist gerade nicht erreichbar');
  });
});
