import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { ApiClient } from './api-client';
import { expectEventually, launchChromium } from './support';
import { type PortalStack, WatchedPage, startPortalStack } from './tenancy-stack';

/** The raw HTML the portal server answers with, as a crawler or link preview gets it (no JavaScript). */
async function raw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url, { headers: { Accept: 'text/html', ...headers } });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** Text of the first element matching `pattern` (tags stripped, entities of the test data decoded). */
function textOf(html: string, pattern: RegExp): string {
  const match = pattern.exec(html);
  return (match?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script\b[^>]*\btype="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? 'null'));
}

/**
 * Server-side rendering of the public pages against the real api, worker, PostgreSQL and Redis:
 * the offer page, an organisation page and the imprint arrive as finished HTML (title, h1, text,
 * meta description, the offer's JSON-LD equal to the api's), unknown slugs are real 404s, account
 * and workspace routes get the client shell, and the server page hydrates in Chromium without
 * console errors, without asking the api again, and stays interactive (language switch).
 */
describe('server-side rendering of the public pages (real api and worker)', () => {
  let stack: PortalStack;
  let browser: Browser;
  let context: BrowserContext;
  let visitor: WatchedPage;
  let page: Page;
  let tenant: { id: string; slug: string; name: string };
  let offer: { id: string; slug: string };
  const TITLE = 'Interkulturelle Öffnung in der Verwaltung';
  const ABSTRACT = 'Zwei Tage Praxis für Mitarbeitende von Ausländerbehörden & Jobcentern.';
  const DESCRIPTION = 'Wir arbeiten mit Fällen aus Ihrem Alltag.';

  beforeAll(async () => {
    stack = await startPortalStack();
    tenant = await stack.seedTenant('ssr-bildungswerk', { name: 'SSR Bildungswerk e. V.', type: 'adult-education' });
    const editorUser = await stack.seedUser('redaktion@ssr.example', 'Sam Redaktion');
    await stack.addMember(tenant.id, editorUser.id, 'admin');
    const editor = new ApiClient(stack.portal.url);
    await editor.login('redaktion@ssr.example', editorUser.password);
    await editor.expect(200, 'PUT', `/tenants/${tenant.id}/profile`, { description: 'Wir bilden in Sachsen-Anhalt fort.' });
    offer = await editor.expect<{ id: string; slug: string }>(201, 'POST', `/tenants/${tenant.id}/offers`, {
      kind: 'course',
      title: TITLE,
      abstract: ABSTRACT,
      description: DESCRIPTION,
      topics: ['intercultural-opening'],
      audiences: ['administration'],
      price: { isFree: true },
      sessions: [{ startsAt: '2027-09-14T09:00', endsAt: '2027-09-14T16:00', mode: 'online', onlineUrl: 'https://meet.example/ssr' }],
    });
    await editor.expect(200, 'POST', `/tenants/${tenant.id}/offers/${offer.id}/submit`);
    await stack.sql(`INSERT INTO legal_page (tenant_id, page, content) VALUES (NULL, 'imprint', $1)`, [
      JSON.stringify({
        organisationName: 'Knotenpunkt gGmbH',
        address: { street: 'Beispielweg 1', postalCode: '10115', city: 'Berlin', country: 'Deutschland' },
        representatives: 'Geschäftsführung: Jo Beispiel',
        email: 'kontakt@knotenpunkt.example',
        responsibleForContent: { name: 'Jo Beispiel', address: 'Beispielweg 1, 10115 Berlin' },
      }),
    ]);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', javaScriptEnabled: true });
    visitor = await WatchedPage.open(context);
    page = visitor.page;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    expect(visitor.takeUnexpected()).toEqual([]);
  });

  it('renders the offer page on the server: title, meta description, h1, text and the api JSON-LD', async () => {
    const { status, html, headers } = await raw(`${stack.portal.url}/angebote/${offer.slug}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(headers.get('cache-control')).toBe('no-cache');
    expect(headers.get('content-security-policy')).toMatch(/^script-src 'self'/);
    expect(textOf(html, /<title>([\s\S]*?)<\/title>/)).toBe(`${TITLE} – Knotenpunkt`);
    expect(textOf(html, /<meta name="description" content="([^"]*)"/)).toBe(ABSTRACT);
    expect(textOf(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe(TITLE);
    expect(html).toContain(DESCRIPTION);
    expect(html).toContain(tenant.name);
    const fromApi = (await (await fetch(`${stack.portal.url}/api/v1/offers/${offer.slug}/jsonld`)).json()) as Record<string, unknown>;
    expect(jsonLdBlocks(html)).toEqual([fromApi]);
    expect(fromApi['name']).toBe(TITLE);
    // The JSON-LD sits in <head>, and the api answers travel along for hydration (transfer state).
    expect(html.indexOf('application/ld+json')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toMatch(/<script id="ng-state" type="application\/json">/);
  });

  it('renders the organisation page and the imprint on the server', async () => {
    const organisation = await raw(`${stack.portal.url}/o/${tenant.slug}`);
    expect(organisation.status).toBe(200);
    expect(textOf(organisation.html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe(tenant.name);
    expect(organisation.html).toContain('Wir bilden in Sachsen-Anhalt fort.');
    expect(organisation.html).toContain(TITLE);

    const imprint = await raw(`${stack.portal.url}/impressum`);
    expect(imprint.status).toBe(200);
    expect(textOf(imprint.html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('Impressum');
    expect(imprint.html).toContain('Knotenpunkt gGmbH');
    expect(imprint.html).toContain('Geschäftsführung: Jo Beispiel');
    expect(textOf(imprint.html, /<title>([\s\S]*?)<\/title>/)).toBe('Impressum – Knotenpunkt');
  });

  it('answers 404 for an unknown offer or organisation, with the not-found page in the HTML', async () => {
    const unknownOffer = await raw(`${stack.portal.url}/angebote/gibt-es-nicht-123`);
    expect(unknownOffer.status).toBe(404);
    expect(unknownOffer.html).toContain('<h1');
    expect(jsonLdBlocks(unknownOffer.html)).toEqual([]);
    const unknownOrganisation = await raw(`${stack.portal.url}/o/gibt-es-nicht-123`);
    expect(unknownOrganisation.status).toBe(404);
  });

  it('renders English when the language cookie or ?lang=en asks for it', async () => {
    const byCookie = await raw(`${stack.portal.url}/impressum`, { Cookie: 'kp-lang=en' });
    expect(byCookie.html).toMatch(/<html lang="en"/);
    expect(textOf(byCookie.html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('Legal notice');
    const byQuery = await raw(`${stack.portal.url}/impressum?lang=en`);
    expect(textOf(byQuery.html, /<h1[^>]*>([\s\S]*?)<\/h1>/)).toBe('Legal notice');
    // The choice in the address is remembered, as the browser app does, so the next page (even a
    // client-rendered one, before this page's app has started) is English too.
    expect(byQuery.headers.get('set-cookie')).toMatch(/^kp-lang=en; Path=\/; Max-Age=31536000; SameSite=Lax/);
    expect(byCookie.headers.get('set-cookie')).toBeNull();
    expect((await raw(`${stack.portal.url}/impressum`)).html).toMatch(/<html lang="de"/);
  });

  it('never renders with the visitor\'s session: a logged-in request gets the anonymous page', async () => {
    const member = new ApiClient(stack.portal.url);
    const user = await stack.seedUser('leser@ssr.example', 'Lee Leser');
    await member.login('leser@ssr.example', user.password);
    const cookie = member.cookieHeader();
    const { html } = await raw(`${stack.portal.url}/angebote/${offer.slug}`, { Cookie: cookie });
    expect(html).not.toContain('Lee Leser');
    expect(html).not.toContain('leser@ssr.example');
  });

  it('gives account, workspace and admin routes the client shell (rendered in the browser)', async () => {
    for (const route of ['/konto', '/arbeitsbereich/angebote', `/verwaltung/${tenant.id}/mitglieder`, '/anmelden']) {
      const { status, html, headers } = await raw(stack.portal.url + route);
      expect({ route, status }).toEqual({ route, status: 200 });
      expect(html).toMatch(/<kp-root><\/kp-root>/);
      expect(html).not.toContain('ng-state');
      expect(headers.get('content-security-policy')).toMatch(/^script-src 'self'/);
    }
  });

  it('hydrates the offer page in Chromium without asking the api again, and stays interactive', async () => {
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(new URL(request.url()).pathname);
    });
    // Marks the server's <h1> node once the HTML is parsed, before the app's (deferred) scripts run.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        const h1 = document.querySelector('main h1');
        if (document.readyState === 'interactive' && h1) (h1 as unknown as { kpFromServer: boolean }).kpFromServer = true;
      });
    });
    await page.goto(`${stack.portal.url}/angebote/${offer.slug}`);
    await expectEventually(() => page.locator('main#main h1').first().innerText(), TITLE, 10_000);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    // Hydration kept the server's DOM (the marked node is still the page's h1) instead of re-rendering.
    await expectEventually(() => page.evaluate(() => (document.querySelector('main h1') as unknown as { kpFromServer?: boolean }).kpFromServer === true), true, 10_000);
    // The offer and its JSON-LD came with the page (transfer cache); only the session is asked.
    expect(apiCalls.filter((p) => p.startsWith('/api/v1/offers'))).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await expectEventually(() => page.locator('html').getAttribute('lang'), 'en', 10_000);
    await expectEventually(() => page.locator('footer a').first().innerText(), 'Legal notice', 10_000);
    expect(await page.locator('main#main h1').first().innerText()).toBe(TITLE);
    // Client-side navigation after hydration works as before.
    await page.locator('section[aria-labelledby="offer-provider"] a').click();
    await expectEventually(() => page.locator('main#main h1').first().innerText(), tenant.name, 10_000);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
  }, 60_000);
});
