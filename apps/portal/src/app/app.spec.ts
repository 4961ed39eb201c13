import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { LanguageService } from '@knotenpunkt/portal/shared/util';

import { App } from './app';
import { appConfig } from './app.config';

const tick = () => new Promise((resolve) => setTimeout(resolve));

/** Answers the api calls a page makes while loading (platform legal pages: "not filled in yet"). */
function answerApi(http: HttpTestingController) {
  for (const request of http.match((r) => r.url.startsWith('/api/v1/platform/legal/'))) {
    request.flush({ statusCode: 404, error: 'Not Found', message: 'Nicht gefunden' }, { status: 404, statusText: 'Not Found' });
  }
  // The search pages: nothing found.
  for (const request of http.match((r) => r.url === '/api/v1/search/offers')) {
    request.flush({ items: [], total: 0, totalCapped: false, page: 1, pageSize: 20, facets: {}, fallback: [] });
  }
  for (const request of http.match((r) => r.url === '/api/v1/search/organisations')) {
    request.flush({ items: [], total: 0, page: 1, pageSize: 20, facets: {} });
  }
}

async function renderApp(url: string) {
  TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(App);
  const navigation = TestBed.inject(Router).navigateByUrl(url);
  for (let i = 0; i < 5; i++) await tick();
  answerApi(http);
  await navigation;
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    fixture,
    element,
    http,
    h1: () => element.querySelector('main#main h1')?.textContent?.trim(),
    title: () => TestBed.inject(Title).getTitle(),
  };
}

describe('App', () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState({}, '', '/');
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('renders the German start page inside the shell', async () => {
    const { element, h1, title } = await renderApp('/');
    expect(h1()).toBe('Angebote und Partner finden – über Regionsgrenzen hinweg');
    expect(title()).toBe('Startseite – Knotenpunkt');
    expect(document.documentElement.lang).toBe('de');
    expect(element.querySelector('a')?.textContent?.trim()).toBe('Zum Inhalt springen');
    const footerLinks = [...element.querySelectorAll('footer a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(footerLinks).toEqual([
      ['Impressum', '/impressum'],
      ['Datenschutz', '/datenschutz'],
      ['Barrierefreiheit', '/barrierefreiheit'],
    ]);
    const ctas = [...element.querySelectorAll('main a.kp-button')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(ctas).toEqual([
      ['Angebote finden', '/angebote'],
      ['Partner finden', '/partner'],
    ]);
    const audiences = [...element.querySelectorAll('main li h3')].map((h) => h.textContent?.trim());
    expect(audiences).toContain('Kommunale Koordinator*innen');
    expect(audiences).toHaveLength(6);
  });

  it.each([
    ['/angebote', 'Angebote finden', 'Angebote finden – Knotenpunkt'],
    ['/partner', 'Partner finden', 'Partner finden – Knotenpunkt'],
    ['/impressum', 'Impressum', 'Impressum – Knotenpunkt'],
    ['/datenschutz', 'Datenschutz', 'Datenschutz – Knotenpunkt'],
    ['/barrierefreiheit', 'Barrierefreiheit', 'Barrierefreiheit – Knotenpunkt'],
    ['/gibt-es-nicht', 'Seite nicht gefunden', 'Seite nicht gefunden – Knotenpunkt'],
    ['/impressum/unterseite', 'Seite nicht gefunden', 'Seite nicht gefunden – Knotenpunkt'],
    ['/anmelden', 'Anmelden', 'Anmelden – Knotenpunkt'],
    ['/registrieren', 'Registrieren', 'Registrieren – Knotenpunkt'],
    ['/passwort-vergessen', 'Passwort vergessen', 'Passwort vergessen – Knotenpunkt'],
  ])('resolves %s to its page with heading "%s" and title "%s"', async (url, heading, documentTitle) => {
    const { h1, title } = await renderApp(url);
    expect(h1()).toBe(heading);
    expect(title()).toBe(documentTitle);
  });

  it('shows the offer search with text field, region/PLZ picker, filters and the empty state', async () => {
    const offers = await renderApp('/angebote?q=Nichts');
    const element = offers.element;
    expect(element.querySelector('main form[role="search"]')?.getAttribute('aria-label')).toBe('Angebote durchsuchen');
    expect(element.querySelector<HTMLInputElement>('#offer-search-q')?.value).toBe('Nichts');
    const input = element.querySelector<HTMLInputElement>('main input[role="combobox"]');
    expect(element.querySelector(`label[for="${input?.id}"]`)?.textContent?.trim()).toBe('Region oder PLZ');
    expect([...element.querySelectorAll('main fieldset legend')].map((l) => l.textContent?.trim())).toEqual(['Kosten', 'Format', 'Art des Angebots', 'Zielgruppe', 'Thema', 'Sprache', 'Zeitraum']);
    expect(element.querySelector('.search-empty h3')?.textContent?.trim()).toBe('Kein Angebot gefunden');
    TestBed.resetTestingModule();
    const partners = await renderApp('/partner');
    expect(partners.element.querySelector('main form[role="search"]')?.getAttribute('aria-label')).toBe('Organisationen durchsuchen');
    expect(partners.element.querySelector('main input[role="combobox"]')).not.toBeNull();
  });

  it('shows the platform’s legal pages from the api, with an empty state while not filled in', async () => {
    const { element } = await renderApp('/barrierefreiheit');
    expect(element.querySelector('main .kp-empty-state h2')?.textContent?.trim()).toBe('Noch nicht hinterlegt');
    expect(element.querySelector('main .kp-empty-state p')?.textContent).toContain('Erklärung zur Barrierefreiheit der Plattform');
  });

  it('offers login and sign-up in the header, without asking the api when there is no session cookie', async () => {
    const { element, http } = await renderApp('/');
    http.expectNone('/api/v1/auth/session');
    const links = [...element.querySelectorAll('header .header__actions a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Anmelden', '/anmelden'],
      ['Registrieren', '/registrieren'],
    ]);
  });

  it('redirects pages that need a session to /anmelden with returnUrl', async () => {
    await renderApp('/konto');
    expect(TestBed.inject(Router).url).toBe('/anmelden?returnUrl=%2Fkonto');
  });

  it('echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on state-changing requests only, with Accept-Language', async () => {
    const { http } = await renderApp('/');
    document.cookie = 'XSRF-TOKEN=abc123; path=/';
    const client = TestBed.inject(HttpClient);
    client.post('/api/v1/auth/logout', null).subscribe();
    const post = http.expectOne('/api/v1/auth/logout');
    expect(post.request.headers.get('X-XSRF-TOKEN')).toBe('abc123');
    expect(post.request.headers.get('Accept-Language')).toBe('de');
    client.get('/api/v1/platform/legal/imprint').subscribe({ error: () => undefined });
    expect(http.expectOne('/api/v1/platform/legal/imprint').request.headers.has('X-XSRF-TOKEN')).toBe(false);
    client.put('https://elsewhere.example/x', {}).subscribe();
    expect(http.expectOne('https://elsewhere.example/x').request.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('translates page, shell and title when switching to English', async () => {
    const { fixture, element, h1, title } = await renderApp('/datenschutz');
    await TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(element.querySelector('header .header__actions a')?.textContent?.trim()).toBe('Log in');
    expect(h1()).toBe('Privacy');
    expect(title()).toBe('Privacy – Knotenpunkt');
    expect(document.documentElement.lang).toBe('en');
    expect(element.querySelector('footer a')?.textContent?.trim()).toBe('Legal notice');
  });

  it('starts in English when opened with ?lang=en', async () => {
    window.history.replaceState({}, '', '/?lang=en');
    const { h1 } = await renderApp('/?lang=en');
    expect(h1()).toBe('Find trainings and partners – across regional borders');
    expect(document.documentElement.lang).toBe('en');
  });
});
