import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Offer } from '@knotenpunkt/shared/contracts';
import { configure, ticks } from '@knotenpunkt/portal/shared/testing';

import { publicCatalogueRoutes } from '../public-catalogue.routes';
import { paragraphs, telHref } from './offer-page';

/** Asserted, so the fixture survives fields being added to the venue. */
type Venue = NonNullable<Offer['sessions'][number]['venue']>;

const PROVIDER = { id: '8d9c7d1e-0000-4000-8000-0000000000a1', slug: 'bildungswerk-erfurt', name: 'Bildungswerk Erfurt e. V.', type: 'adult-education' as const };

function offer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: '8d9c7d1e-0000-4000-8000-0000000000c1',
    slug: 'thami-plus',
    externalId: 'urn:offer:thami',
    status: 'published',
    kind: 'programme',
    title: 'ThAMI plus',
    abstract: 'Berufsbegleitende Qualifizierung.',
    plainLanguageSummary: 'Sie lernen beraten.',
    description: 'Erster Absatz.\n\nZweiter Absatz.',
    topics: ['asylum-law'],
    audiences: ['multipliers'],
    languages: ['de'],
    prerequisites: null,
    admissionRules: null,
    price: { amount: null, currency: 'EUR', isFree: false, freeFor: ['volunteers'] },
    certificate: null,
    funders: [],
    contact: null,
    url: null,
    links: [],
    provider: PROVIDER,
    partners: [],
    modules: [
      { id: '8d9c7d1e-0000-4000-8000-0000000000d2', position: 2, externalId: null, title: 'Methoden', description: null, partnerId: '8d9c7d1e-0000-4000-8000-0000000000e1', partner: { id: '8d9c7d1e-0000-4000-8000-0000000000e1', externalId: 'urn:p', name: 'VHS-Verband', type: 'adult-education', url: null, email: null, phone: null, tenant: null } },
      { id: '8d9c7d1e-0000-4000-8000-0000000000d1', position: 1, externalId: null, title: 'Grundlagen', description: null, partnerId: null, partner: null },
    ],
    sessions: [
      { id: '8d9c7d1e-0000-4000-8000-0000000000f2', externalId: 's2', modulePosition: null, startsAt: '2024-03-01', endsAt: '2024-03-01', mode: 'online', venue: null, onlineUrl: null, capacity: null, freePlaces: null, registrationDeadline: null, schedule: null, instructors: [], past: true },
      { id: '8d9c7d1e-0000-4000-8000-0000000000f1', externalId: 's1', modulePosition: 1, startsAt: '2099-05-08T09:30:00+02:00', endsAt: '2099-05-08T16:00:00+02:00', mode: 'onsite', venue: { name: null, street: null, postalCode: '99084', locality: 'Erfurt', lat: null, lon: null, regionKey: null, regionName: null, point: null } as Venue, onlineUrl: null, capacity: 20, freePlaces: 0, registrationDeadline: '2099-04-30', schedule: { repeatFrequency: 'P1W', byDay: ['Monday'], text: null }, instructors: [], past: false },
    ],
    nextSessionStartsAt: null,
    lastSessionEndsAt: null,
    publishedAt: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

async function openOffer(slug = 'thami-plus') {
  const http = await configure({ routes: publicCatalogueRoutes });
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(`/angebote/${slug}`);
  await ticks();
  const element = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await ticks();
    harness.detectChanges();
  };
  return { http, harness, navigation, element, settle };
}

describe('OfferPage', () => {
  it('shows the offer: sorted modules with who delivers them, upcoming dates first, price, and embeds the JSON-LD while open', async () => {
    const { http, harness, navigation, element: el, settle } = await openOffer();
    http.expectOne('/api/v1/offers/thami-plus').flush(offer());
    await navigation;
    await settle();
    const jsonLd = '{"@context":"https://schema.org","@type":"Course","name":"ThAMI </script> plus"}';
    http.expectOne('/api/v1/offers/thami-plus/jsonld').flush(jsonLd);
    await settle();
    const element = el();

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('ThAMI plus');
    expect(element.querySelector('.offer__plain h2')?.textContent?.trim()).toBe('In Einfacher Sprache');
    expect(element.querySelectorAll('.offer__text p')).toHaveLength(2);
    expect(element.querySelector('.offer__price')?.textContent?.trim()).toBe('kostenlos für Ehrenamtliche');
    const modules = [...element.querySelectorAll('.offer__modules > li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(modules).toEqual(['Modul 1: Grundlagen Durchgeführt von Bildungswerk Erfurt e. V.', 'Modul 2: Methoden Durchgeführt von VHS-Verband (Partnerorganisation)']);
    const sessions = [...element.querySelectorAll('.offer__sessions > li')];
    expect(sessions[0]?.textContent).toContain('2099');
    expect(sessions[0]?.textContent).toContain('ausgebucht');
    expect(sessions[0]?.textContent).toContain('wöchentlich, Montag');
    expect(sessions[0]?.textContent).toContain('Anmeldung bis 30. April 2099');
    expect(sessions[1]?.textContent).toContain('vorbei');
    expect(sessions[1]?.textContent).not.toContain('Anmeld');

    const document = TestBed.inject(DOCUMENT);
    const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.textContent).not.toContain('</script>');
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(JSON.parse(jsonLd));
    expect(TestBed.inject(Title).getTitle()).toBe('ThAMI plus – Knotenpunkt');

    harness.fixture.destroy();
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it('shows a friendly not-found state for a draft or unknown slug and asks for no JSON-LD', async () => {
    const { http, navigation, element: el, settle } = await openOffer('entwurf');
    http.expectOne('/api/v1/offers/entwurf').flush({ code: 'offer-not-found' }, { status: 404, statusText: 'Not Found' });
    await navigation;
    await settle();
    const element = el();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Angebot nicht gefunden');
    expect(element.querySelector('a.kp-button')?.getAttribute('href')).toBe('/angebote');
    http.expectNone('/api/v1/offers/entwurf/jsonld');
  });

  it('says that a past offer has ended; helpers split paragraphs and build tel: links', async () => {
    const { http, navigation, element: el, settle } = await openOffer();
    http.expectOne('/api/v1/offers/thami-plus').flush(offer({ status: 'past', plainLanguageSummary: null }));
    await navigation;
    await settle();
    http.expectOne('/api/v1/offers/thami-plus/jsonld').flush('{}');
    await settle();
    const element = el();
    expect(element.querySelector('.offer__ended')?.textContent).toContain('Dieses Angebot ist beendet.');
    expect(element.querySelector('.offer__plain')).toBeNull();
    expect(paragraphs('a\nb\n\n  \n\nc')).toEqual(['a\nb', 'c']);
    expect(telHref('+49 (361) 12-34')).toBe('tel:+493611234');
  });
});
