import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

/** Intl uses no-break and thin spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

import { money, priceWording, sessionRange, shortDate } from './offer-format';
import { PublicCatalogueService } from './public-catalogue.service';

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { api: TestBed.inject(PublicCatalogueService), http: TestBed.inject(HttpTestingController) };
}

describe('PublicCatalogueService', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('reads an offer and its JSON-LD as text', async () => {
    const { api, http } = setUp();
    void firstValueFrom(api.offer('thami-plus'));
    http.expectOne('/api/v1/offers/thami-plus').flush({});
    const jsonLd = firstValueFrom(api.offerJsonLd('thami-plus'));
    const request = http.expectOne('/api/v1/offers/thami-plus/jsonld');
    expect(request.request.responseType).toBe('text');
    expect(request.request.headers.get('Accept')).toBe('application/ld+json');
    request.flush('{"@type":"Course"}');
    expect(await jsonLd).toBe('{"@type":"Course"}');
  });

  it('asks for an organisation page only past the first one, and for filtered offer lists', () => {
    const { api, http } = setUp();
    void firstValueFrom(api.organisation('bildungswerk-erfurt'));
    http.expectOne('/api/v1/organisations/bildungswerk-erfurt').flush({});
    void firstValueFrom(api.organisation('bildungswerk-erfurt', 2));
    http.expectOne('/api/v1/organisations/bildungswerk-erfurt?page=2').flush({});
    void firstValueFrom(api.offers({ organisation: 'bildungswerk-erfurt', topic: 'asylum-law', page: 3 }));
    http.expectOne('/api/v1/offers?organisation=bildungswerk-erfurt&topic=asylum-law&page=3').flush({ items: [], total: 0, page: 3, pageSize: 20 });
  });
});

describe('offer formatting', () => {
  it('words prices', () => {
    const price = { amount: null, currency: 'EUR', isFree: false, freeFor: [] };
    expect(priceWording({ ...price, isFree: true }).key).toBe('offerPrice.free');
    expect(priceWording({ ...price, amount: 0 }).key).toBe('offerPrice.free');
    expect(priceWording(price).key).toBe('offerPrice.onRequest');
    expect(priceWording({ ...price, freeFor: ['volunteers'] })).toEqual({ key: 'offerPrice.freeFor', audiences: ['volunteers'] });
    expect(priceWording({ ...price, amount: 120, freeFor: ['volunteers'] }).key).toBe('offerPrice.amountFreeFor');
    expect(priceWording({ ...price, amount: 120 }).key).toBe('offerPrice.amount');
    expect(plain(money(120, 'EUR', 'de'))).toBe('120 €');
    expect(plain(money(12.5, 'EUR', 'de'))).toBe('12,50 €');
  });

  it('shows dates in Berlin time, all-day dates without time', () => {
    expect(sessionRange('2027-05-08T09:30:00+02:00', '2027-05-08T16:00:00+02:00', 'de')).toMatch(/^Samstag, 8\. Mai 2027, 09:30\s?–\s?16:00 Uhr$/);
    expect(sessionRange('2027-05-08T07:30:00.000Z', '2027-05-08T14:00:00.000Z', 'de')).toMatch(/09:30\s?–\s?16:00/);
    expect(plain(sessionRange('2027-08-01', '2027-12-10', 'de'))).toBe('Sonntag, 1. August – Freitag, 10. Dezember 2027');
    expect(sessionRange('2027-08-01', '2027-08-01', 'de')).toBe('Sonntag, 1. August 2027');
    expect(shortDate('2027-04-30', 'de')).toBe('30. April 2027');
    expect(shortDate('2027-05-08T07:30:00.000Z', 'de')).toBe('08.05.2027, 09:30');
    // An all-day date as the lists send it: the instant of Berlin midnight.
    expect(shortDate('2026-12-10T23:00:00.000Z', 'de')).toBe('11. Dezember 2026');
  });
});
