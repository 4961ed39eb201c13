import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { loadRegions } from '@knotenpunkt/api/regions';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { WORKSPACE_ROOT, axeViolations, expectEventually, launchChromium, screenshot } from './support';
import { type PortalStack, WatchedPage, startPortalStack } from './tenancy-stack';

const SEED_DEMO = path.join(WORKSPACE_ROOT, 'dist/apps/api/seed-demo.js');

/**
 * The public search pages in Chromium against the real api, worker, PostgreSQL and Redis, with
 * the official region data and the demo organisations and offers (loaded with the built
 * `seed-demo.js`, through the regular import, and indexed by the worker's relay):
 * an initiative in Erfurt (PLZ 99084) looks for a volunteer training on intercultural competence
 * within 50 km that is free for volunteers, finds the VHS seminar in Gotha and opens it; the
 * address restores the search after back, reload and as a deep link; facet counts; the map
 * without tiles; the iCal feed; English; the api-down state; axe at 1280 and 375 px in both
 * languages; and the partner search. Needs TEST_DATABASE_ADMIN_URL, TEST_REDIS_URL and
 * `npx nx run-many -t build -p portal api`.
 */
describe('offer and partner search in Chromium (real api, worker, demo data)', () => {
  let stack: PortalStack;
  let browser: Browser;
  let context: BrowserContext;
  let visitor: WatchedPage;
  let page: Page;
  const TITLE = 'Interkulturelle Kompetenz im Ehrenamt – Begegnungen bewusst gestalten';
  const PROVIDER = 'Volkshochschule Musterstadt (Demo)';
  /** The search the initiative ends up with; the UI writes exactly this address. */
  const SEARCH = '/angebote?q=Interkulturelle%20Kompetenz&plz=99084&radiusKm=50&freeFor=volunteers';

  const h1 = () => page.locator('main#main h1').first().innerText();
  const text = (locator: Locator) => locator.innerText().then((t) => t.replace(/\s+/g, ' ').trim());
  const count = () => text(page.locator('.search-toolbar__count'));
  const hitTitles = () => page.locator('main .search-results > .search-hits .search-hit__title').allInnerTexts();
  const hit = (title: string) => page.locator('main .search-hit', { has: page.getByRole('link', { name: title, exact: true }) });
  /** The search page shows a finished answer (count, or the error) and nothing is loading. */
  const settled = () =>
    page.waitForFunction(
      () => !document.querySelector('main .kp-loading') && /(gefunden|found|nicht erreichbar|cannot be reached)/.test(document.querySelector('main .search-toolbar__count')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );

  async function open(pathname: string, heading: string) {
    await page.goto(stack.portal.url + pathname);
    // The page comes server-rendered: wait until the app's chunks are in and it has hydrated.
    await page.waitForLoadState('networkidle');
    await expectEventually(h1, heading, 15_000);
    await settled();
  }

  async function expectAccessible(name: string) {
    expect({ url: page.url(), violations: await axeViolations(page) }).toEqual({ url: page.url(), violations: '' });
    await screenshot(page, `screenshots/${name}`);
  }

  async function apiSearch(query: string): Promise<{ total: number; items: { title: string }[] }> {
    const response = await fetch(`${stack.portal.url}/api/v1/search/offers?${query}`);
    return (await response.json()) as { total: number; items: { title: string }[] };
  }

  beforeAll(async () => {
    if (!existsSync(SEED_DEMO)) throw new Error(`${SEED_DEMO} is missing: run \`npx nx build api\` first (the test loads the demo data with it).`);
    stack = await startPortalStack();
    await loadRegions(stack.db.ownerUrl, path.join(WORKSPACE_ROOT, 'data/regions'));
    await promisify(execFile)(process.execPath, [SEED_DEMO, '--json'], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: stack.db.ownerUrl, DATABASE_MIGRATION_URL: stack.db.ownerUrl },
      timeout: 120_000,
    });
    // The worker's relay indexes the published demo offers (every second).
    const deadline = Date.now() + 60_000;
    while ((await apiSearch('q=Interkulturelle')).total === 0) {
      if (Date.now() > deadline) throw new Error('the demo offers were not indexed within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await launchChromium();
    // New York time: only the page can make the dates Berlin dates.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'America/New_York' });
    visitor = await WatchedPage.open(context);
    page = visitor.page;
  }, 300_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  beforeEach(() => {
    // A newer search cancels the request of the older one (switchMap), and leaving a page cancels its
    // requests (the offer page's JSON-LD): the browser reports both as aborted.
    visitor.allow(/^request failed: \S+\/api\/v1\/\S+ net::ERR_ABORTED$/);
  });

  afterEach(() => {
    expect(visitor.takeUnexpected()).toEqual([]);
  });

  it('an initiative finds a free volunteer training within 50 km of a PLZ and opens it', async () => {
    await open('/angebote', 'Angebote finden');
    expect(await page.title()).toBe('Angebote finden – Knotenpunkt');
    expect(await count()).toMatch(/^\d+ Angebote gefunden$/);
    // One search landmark, headings in order.
    expect(await page.getByRole('search', { name: 'Angebote durchsuchen' }).count()).toBe(1);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(expect.arrayContaining(['Filter', 'Ergebnisse']));

    // Text by keyboard, then the PLZ through the picker.
    await page.getByLabel('Suchbegriff').focus();
    await page.keyboard.type('Interkulturelle Kompetenz');
    const picker = page.getByRole('combobox', { name: 'Region oder PLZ' });
    await picker.focus();
    await page.keyboard.type('99084', { delay: 30 });
    await page.locator('[role="listbox"]:not([hidden]) [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/plz=99084/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Interkulturelle Kompetenz');
    expect(new URL(page.url()).searchParams.get('radiusKm')).toBe('50');

    // 10 km: the Gotha venue is out of reach, but the provider runs the offer online for Thüringen
    // (its service area), so it stays a result, labelled online, with its online date.
    await page.getByLabel('Umkreis').selectOption('10');
    await page.waitForURL(/radiusKm=10/);
    await settled();
    await expectEventually(async () => (await hitTitles()).includes(TITLE), true, 10_000);
    expect(await text(hit(TITLE).locator('.search-hit__badges'))).toContain('Online');
    expect(await text(hit(TITLE).locator('.search-hit__facts'))).not.toMatch(/Gotha|entfernt/);

    // A word nothing contains (not even as a compound part or typo): the empty state with its suggestions.
    await page.getByLabel('Suchbegriff').fill('Qwertzuiop');
    await page.getByLabel('Suchbegriff').press('Enter');
    await page.waitForURL(/q=Qwertzuiop/);
    await settled();
    await expectEventually(() => text(page.locator('.search-empty h3')), 'Kein Angebot gefunden');
    expect(await page.getByRole('button', { name: 'Umkreis vergrößern' }).count()).toBe(1);
    await page.getByLabel('Suchbegriff').fill('Interkulturelle Kompetenz');
    await page.getByLabel('Suchbegriff').press('Enter');
    await page.waitForURL(/q=Interkulturelle/);
    await settled();

    // 50 km (keyboard on the select), then "kostenlos für Ehrenamtliche" with Space.
    await page.getByLabel('Umkreis').focus();
    await page.getByLabel('Umkreis').selectOption('50');
    await page.waitForURL(/radiusKm=50/);
    await settled();
    await page.getByLabel('Kostenlos für Ehrenamtliche').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/freeFor=volunteers/);
    await settled();
    await expectEventually(async () => (await hitTitles()).includes(TITLE), true, 10_000);
    const found = hit(TITLE);
    expect(await text(found.locator('.search-hit__provider'))).toBe(`von ${PROVIDER}`);
    const facts = await text(found.locator('.search-hit__facts'));
    // The next matching on-site date in Berlin time (23 January 2027, 09:30), in Gotha, about 22 km away.
    expect(facts).toMatch(/Nächster Termin: 23\.01\.2027, 09:30 · 99867 Gotha/);
    expect(facts).toMatch(/\b2\d km entfernt$/);
    const badges = await text(found.locator('.search-hit__badges'));
    expect(badges).toContain('Kostenlos für Ehrenamtliche');
    expect(badges).toContain('7 freie Plätze');
    expect(badges).toContain('Anmeldung bis 13. Januar 2027');
    // The count is announced politely.
    expect(await page.locator('.search-toolbar__count').getAttribute('aria-live')).toBe('polite');
    expect(await count()).toMatch(/^(1 Angebot|\d+ Angebote) gefunden$/);
    // Sorting by distance is offered with a centre.
    expect(await page.getByLabel('Sortieren nach').locator('option').allInnerTexts()).toEqual(['Relevanz', 'Datum', 'Entfernung']);
    expect(page.url()).toBe(stack.portal.url + SEARCH);
    await expectAccessible('search-offers');

    await found.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/angebote\/[a-z0-9-]+$/);
    await expectEventually(h1, TITLE, 10_000);

    // Back: the same search, fields filled from the address.
    await page.goBack();
    await page.waitForURL(stack.portal.url + SEARCH);
    await settled();
    expect(await hitTitles()).toContain(TITLE);
    expect(await page.getByLabel('Suchbegriff').inputValue()).toBe('Interkulturelle Kompetenz');
    expect(await page.getByLabel('Kostenlos für Ehrenamtliche').isChecked()).toBe(true);
  });

  it('restores the same results from the address after a reload and as a deep link; shows facet counts', async () => {
    await open(SEARCH, 'Angebote finden');
    const titles = await hitTitles();
    expect(titles).toContain(TITLE);
    await page.reload();
    await expectEventually(h1, 'Angebote finden', 10_000);
    await settled();
    expect(await hitTitles()).toEqual(titles);
    // The picker shows the PLZ with its place, the radius select 50 km.
    await expectEventually(() => page.getByRole('combobox', { name: 'Region oder PLZ' }).inputValue(), '99084 Erfurt');
    expect(await page.getByLabel('Umkreis').inputValue()).toBe('50');
    // Facet counts next to the options, consistent with the api.
    const modes = await page.getByRole('group', { name: 'Format' }).locator('label').allInnerTexts();
    expect(modes.some((label) => /^Vor Ort \(\d+\)$/.test(label.trim()))).toBe(true);
    const api = await apiSearch(`${SEARCH.split('?')[1]}&facets=kind`);
    expect(api.items.map((item) => item.title)).toEqual(titles);
  });

  it('opens the map without tiles: numbered markers, a keyboard-reachable list of places, Leaflet loaded only then', async () => {
    const chunks: Promise<string>[] = [];
    page.on('response', (response) => {
      if (/\/chunk-[^/]+\.js$/.test(response.url())) chunks.push(response.text().catch(() => ''));
    });
    const leafletLoaded = async () => (await Promise.all(chunks)).some((source) => source.includes('leafletjs.com'));
    await open('/angebote?plz=99084&radiusKm=50', 'Angebote finden');
    expect(await leafletLoaded()).toBe(false);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    const mapButton = page.getByRole('button', { name: 'Karte', exact: true });
    expect(await mapButton.getAttribute('aria-pressed')).toBe('false');
    await mapButton.click();
    await page.waitForURL(/view=map/);
    expect(await page.getByRole('button', { name: 'Karte', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const map = page.getByRole('region', { name: 'Karte der Suchergebnisse' });
    await map.locator('.leaflet-marker-icon').first().waitFor({ timeout: 15_000 });
    expect(await leafletLoaded()).toBe(true);
    expect(await page.locator('img.leaflet-tile').count()).toBe(0);
    expect(await text(page.locator('.kp-offer-map__note'))).toMatch(/^Ohne Hintergrundkarte/);
    const places = page.locator('.kp-offer-map__place');
    expect(await places.count()).toBeGreaterThan(1);
    expect(await map.locator('.leaflet-marker-icon').count()).toBe(await places.count());
    // Markers are buttons in the tab order, named by place and number of offers.
    const firstMarker = map.locator('.leaflet-marker-icon').first();
    expect(await firstMarker.getAttribute('tabindex')).toBe('0');
    expect(await firstMarker.getAttribute('title')).toMatch(/^Ort 1: \d{5} .+, \d+ Angebote?$/);
    // "Show on the map" from the text alternative opens the marker's popup with links.
    const gotha = places.filter({ hasText: '99867 Gotha' });
    await gotha.getByRole('button', { name: /auf der Karte zeigen$/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.kp-map-popup').waitFor();
    expect(await page.locator('.kp-map-popup').getByRole('link', { name: TITLE }).count()).toBe(1);
    expect(await gotha.getByRole('link', { name: TITLE }).count()).toBe(1);
    await expectAccessible('search-offers-map');
    // Back to the list by keyboard.
    await page.getByRole('button', { name: 'Liste', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('view'));
    await expectEventually(() => page.locator('.leaflet-container').count(), 0);
    expect(await hitTitles()).not.toEqual([]);
  });

  it('links the same search as an iCalendar feed (text/calendar) and a webcal address', async () => {
    await open(SEARCH, 'Angebote finden');
    const link = page.getByRole('link', { name: 'Kalender abonnieren (iCal)' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('/api/v1/search/offers.ics?')).toBe(true);
    expect(new URLSearchParams(href.split('?')[1]).get('freeFor')).toBe('volunteers');
    const response = await page.request.get(stack.portal.url + href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR/);
    expect(body.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${TITLE}`);
    const webcal = await page.getByRole('link', { name: 'In Kalender-App öffnen (webcal)' }).getAttribute('href');
    expect(webcal).toBe(`webcal://${new URL(stack.portal.url).host}${href}`);
  });

  it('switches to English on the page: texts, counts, dates', async () => {
    await open(SEARCH, 'Angebote finden');
    await page.getByRole('button', { name: 'English' }).click();
    await expectEventually(h1, 'Find offers');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Find offers – Knotenpunkt');
    await settled();
    expect(await count()).toMatch(/^(1 offer|\d+ offers) found$/);
    const found = hit(TITLE);
    expect(await text(found.locator('.search-hit__facts'))).toMatch(/Next date: Jan 23, 2027, 9:30\sAM · 99867 Gotha/);
    expect(await text(found.locator('.search-hit__badges'))).toContain('Free for volunteers');
    expect(await page.getByRole('button', { name: 'Map', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expectEventually(h1, 'Angebote finden');
  });

  it('says so when the search api is down, and recovers with "Erneut versuchen"', async () => {
    // The first page comes server-rendered; the next search is the browser's own request.
    await open('/angebote', 'Angebote finden');
    const searchCall = /\/api\/v1\/search\/offers\?/;
    await page.route(searchCall, (route) => route.fulfill({ status: 502, contentType: 'application/json', body: JSON.stringify({ statusCode: 502, error: 'Bad Gateway', message: 'api unreachable' }) }));
    visitor.allow(/HTTP 502: .*\/api\/v1\/search\/offers/, /status of 502/);
    await page.getByLabel('Suchbegriff').fill('Asyl');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/q=Asyl/);
    await expectEventually(() => text(page.getByRole('alert')), 'Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal. Ihre Suche bleibt in der Adresse erhalten. Erneut versuchen', 10_000);
    expect(await count()).toBe('Die Suche ist gerade nicht erreichbar');
    await screenshot(page, 'screenshots/search-offers-api-down');
    await page.unroute(searchCall);
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expectEventually(async () => /^\d+ Angebote? gefunden$/.test(await count()), true, 10_000);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('finds a demo organisation by type and topic on /partner and links its page', async () => {
    const api = await fetch(`${stack.portal.url}/api/v1/search/organisations?type=adult-education&topic=asylum-law`);
    expect(api.status).toBe(200);
    await open('/partner', 'Partner finden');
    await expectEventually(async () => (await count()).endsWith('Organisationen gefunden'), true, 10_000);
    const types = page.getByRole('group', { name: 'Art der Organisation' });
    await types.locator('label', { hasText: 'Bildungsträger (Erwachsenenbildung)' }).click();
    await page.waitForURL(/type=adult-education/);
    await settled();
    await page.getByRole('group', { name: 'Thema' }).locator('label', { hasText: 'Asyl- und Aufenthaltsrecht' }).click();
    await page.waitForURL(/topic=asylum-law/);
    await settled();
    const vhs = page.locator('main .search-hit', { has: page.getByRole('link', { name: 'Volkshochschule Musterstadt (Demo)' }) });
    expect(await vhs.count()).toBe(1);
    expect(await vhs.getByRole('link').first().getAttribute('href')).toBe('/o/demo-vhs');
    const facts = await text(vhs);
    expect(facts).toContain('Bildungsträger (Erwachsenenbildung)');
    expect(facts).toContain('Sitz: 99867 Gotha');
    expect(facts).toMatch(/\d+ aktuelle Angebote/);
    // Type counts beside the options.
    expect((await types.locator('label').allInnerTexts()).some((label) => /^Wohlfahrtsverband \(\d+\)$/.test(label.trim()))).toBe(true);
    await expectAccessible('search-partners');
    await vhs.getByRole('link', { name: 'Volkshochschule Musterstadt (Demo)' }).click();
    await page.waitForURL(/\/o\/demo-vhs$/);
    await expectEventually(h1, 'Volkshochschule Musterstadt (Demo)', 10_000);
  });

  it('both search pages in German and English at 1280 and 375 px: no horizontal scrolling, axe 0 violations', async () => {
    const offerSearch = SEARCH;
    for (const language of ['de', 'en'] as const) {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [pathname, heading, name] of [
          [offerSearch, language === 'de' ? 'Angebote finden' : 'Find offers', 'offers'],
          ['/partner?type=welfare', language === 'de' ? 'Partner finden' : 'Find partners', 'partners'],
        ] as const) {
          await open(`${pathname}${pathname.includes('?') ? '&' : '?'}lang=${language}`, heading);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          await expectAccessible(`search-${name}-${language}-${width}`);
          // Narrow: the filters fold behind a disclosure button, the results come first.
          const toggle = page.locator('main .search-filters__toggle');
          expect(await toggle.isVisible()).toBe(width < 900);
          if (width < 900) {
            const panel = page.locator('main .search-filters__panel');
            expect([await toggle.getAttribute('aria-expanded'), await panel.isVisible()]).toEqual(['false', false]);
            await toggle.focus();
            await page.keyboard.press('Enter');
            await expectEventually(() => panel.isVisible(), true);
            expect(await toggle.getAttribute('aria-expanded')).toBe('true');
            expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
            expect({ url: page.url(), violations: await axeViolations(page) }).toEqual({ url: page.url(), violations: '' });
          }
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
