import path from 'node:path';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '@knotenpunkt/api/bootstrap';
import { type TestDatabase, createTestDatabase, testConfig } from '@knotenpunkt/api/core/testing';
import { loadRegions } from '@knotenpunkt/api/regions';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import {
  WORKSPACE_ROOT,
  axeViolations,
  expectEventually,
  launchChromium,
  screenshot,
  startPortal,
  watchForErrors,
} from './support';

/**
 * The region/PLZ picker on /angebote (the offer search) against the real api: a fresh test database (needs
 * TEST_DATABASE_ADMIN_URL and TEST_REDIS_URL, see docs/development.md) with the official region
 * data from data/regions loaded, the api in this process, and the portal server proxying to it.
 */
describe('region picker in Chromium (production build, real api)', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication | undefined;
  let portal: Awaited<ReturnType<typeof startPortal>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: () => string[];
  /** Problems a test expects (the api-down test); checked instead of "none". */
  let expectedProblems: (problem: string) => boolean;

  beforeAll(async () => {
    db = await createTestDatabase();
    await loadRegions(db.ownerUrl, path.join(WORKSPACE_ROOT, 'data/regions'));
    api = await createApiApp(testConfig(db));
    await api.listen(0, '127.0.0.1');
    portal = await startPortal(await api.getUrl());
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await api?.close();
    await db?.drop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    page = await context.newPage();
    problems = watchForErrors(page);
    expectedProblems = () => false;
  });

  afterEach(async () => {
    expect(problems().filter((problem) => !expectedProblems(problem))).toEqual([]);
    await context.close();
  });

  const combobox = () => page.getByRole('combobox', { name: 'Region oder PLZ' });
  const listbox = () => page.locator('[role="listbox"]');
  const options = () => page.locator('[role="listbox"]:not([hidden]) [role="option"]');
  const optionLabels = () => options().locator('.option__label').allInnerTexts();
  const liveRegion = () => page.locator('kp-region-picker [aria-live="polite"]').innerText();
  /** What the offer search took over from the picker: the place in the address, the label in the field. */
  const choice = async () => {
    const params = new URL(page.url()).searchParams;
    return params.has('region') || params.has('plz') ? `${await combobox().inputValue()} (${params.has('plz') ? 'plz' : 'region'})` : null;
  };
  const noChoice = () => ['region', 'plz'].every((name) => !new URL(page.url()).searchParams.has(name));
  const optionLabelled = (label: string) =>
    options().filter({ has: page.locator('.option__label', { hasText: new RegExp(`^${label}$`) }) });

  async function openOffers() {
    await page.goto(portal.url + '/angebote');
    // The offer search comes server-rendered: typing before it has hydrated would be lost.
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !!document.querySelector('main#main h1')?.textContent?.trim());
    await combobox().waitFor();
  }

  /**
   * Types like a person (one key at a time) into the field and waits until the answer to the
   * whole text is rendered (the list is no longer `aria-busy`).
   */
  async function search(text: string, field = combobox()) {
    const answered = page.waitForResponse(
      (response) => response.url().includes('/api/v1/regions/suggest') && new URL(response.url()).searchParams.get('q') === text,
    );
    await field.click();
    await field.pressSequentially(text, { delay: 40 });
    await answered;
    await page.waitForFunction(() => document.querySelector('[role="listbox"]')?.getAttribute('aria-busy') === 'false');
  }

  /** Presses a key, then waits for Angular (zoneless, so rendering is scheduled) to show `expected`. */
  async function press<T>(key: string, read: () => Promise<T>, expected: T) {
    await page.keyboard.press(key);
    await expectEventually(read, expected);
  }

  const expanded = () => combobox().getAttribute('aria-expanded');
  const activeDescendant = () => combobox().getAttribute('aria-activedescendant');

  it('suggests town and district for "Görl", picks with ArrowDown + Enter, accessible with the list open', async () => {
    const suggestQueries: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/regions/suggest')) suggestQueries.push(new URL(request.url()).searchParams.get('q') ?? '');
    });
    await openOffers();
    expect(await page.getByRole('search', { name: 'Angebote durchsuchen' }).count()).toBe(1);
    expect(await expanded()).toBe('false');

    await search('Görl');
    expect(await optionLabels()).toEqual(expect.arrayContaining(['Görlitz, Stadt', 'Landkreis Görlitz']));
    expect(await expanded()).toBe('true');
    expect(await combobox().getAttribute('aria-controls')).toBe(await listbox().getAttribute('id'));
    await expectEventually(async () => /^\d+ Vorschläge$/.test(await liveRegion()), true);
    // Debounced and at least 2 characters: no request for "G", fewer requests than keystrokes.
    expect(suggestQueries.filter((q) => q.length < 2)).toEqual([]);
    expect(suggestQueries.length).toBeLessThanOrEqual(3);
    const town = optionLabelled('Görlitz, Stadt');
    expect(await town.locator('.option__context').innerText()).toBe('Landkreis Görlitz, Sachsen');
    expect(await town.locator('.option__kind').innerText()).toBe('Gemeinde');
    expect(await optionLabelled('Landkreis Görlitz').locator('.option__kind').innerText()).toBe('Kreis');

    expect(await axeViolations(page)).toBe('');
    await screenshot(page, 'region-picker');

    const first = options().first();
    const firstId = await first.getAttribute('id');
    await press('ArrowDown', activeDescendant, firstId);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'region-picker-active');
    const firstLabel = await first.locator('.option__label').innerText();
    const firstContext = await first.locator('.option__context').innerText();
    await press('Enter', choice, `${firstLabel} (region)`);
    expect(firstContext).not.toBe('');
    expect(await combobox().inputValue()).toBe(firstLabel);
    expect(await expanded()).toBe('false');
    expect(await listbox().isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expectEventually(() => liveRegion(), `${firstLabel} ausgewählt`);
    await screenshot(page, 'region-picker-picked');
  });

  it('finds postal codes for "990"; Escape closes, a second Escape clears', async () => {
    await openOffers();
    await search('990');
    const labels = await optionLabels();
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.filter((label) => !/^990\d\d\b/.test(label))).toEqual([]);
    expect(new Set(await options().locator('.option__kind').allInnerTexts())).toEqual(new Set(['PLZ']));
    const erfurt = options().filter({ has: page.locator('.option__label', { hasText: /^99084\b/ }) }).first();
    expect(await erfurt.locator('.option__context').innerText()).toMatch(/Erfurt.*Thüringen/);

    await press('ArrowDown', activeDescendant, await options().nth(0).getAttribute('id'));
    await press('ArrowDown', activeDescendant, await options().nth(1).getAttribute('id'));
    await press('ArrowUp', activeDescendant, await options().nth(0).getAttribute('id'));

    await press('Escape', expanded, 'false');
    expect(await activeDescendant()).toBeNull();
    expect(await listbox().isHidden()).toBe(true);
    expect(await combobox().inputValue()).toBe('990');
    await press('Escape', () => combobox().inputValue(), '');
    await expectEventually(async () => noChoice(), true);
  });

  it('picks "Landkreis Gotha" with the mouse and clears with the "Auswahl löschen" button', async () => {
    await openOffers();
    await search('Gotha');
    await optionLabelled('Landkreis Gotha').click();
    await expectEventually(() => choice(), 'Landkreis Gotha (region)');
    expect(new URL(page.url()).searchParams.get('region')).toBe('16067');
    expect(await combobox().inputValue()).toBe('Landkreis Gotha');

    await page.getByRole('button', { name: 'Auswahl löschen' }).click();
    await expectEventually(() => combobox().inputValue(), '');
    await expectEventually(async () => noChoice(), true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  });

  it('says so when nothing matches', async () => {
    await openOffers();
    await search('Xyzzyqv');
    await page.locator('.message', { hasText: 'Keine Region oder PLZ gefunden' }).waitFor();
    await expectEventually(() => liveRegion(), 'Keine Treffer');
    expect(await combobox().getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page)).toBe('');
  });

  it('works at 320 px without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openOffers();
    await search('Görl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = await listbox().boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(await axeViolations(page)).toBe('');
    await screenshot(page, 'region-picker-320');
  });

  it('speaks English after the language switch and asks the api in English', async () => {
    const languages: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/regions/suggest')) languages.push(request.headers()['accept-language']);
    });
    await openOffers();
    await page.locator('header button[lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await search('990', page.getByRole('combobox', { name: 'Region or postcode' }));
    expect(new Set(await options().locator('.option__kind').allInnerTexts())).toEqual(new Set(['Postcode']));
    await expectEventually(async () => /^\d+ suggestions$/.test(await liveRegion()), true);
    expect(languages.length).toBeGreaterThan(0);
    expect(languages.every((language) => language === 'en')).toBe(true);
    expect(await axeViolations(page)).toBe('');
  });

  // Last on purpose: stops the api.
  it('shows a readable message when the api is down, and the page keeps working', async () => {
    await openOffers();
    await api?.close();
    api = undefined;
    // The portal server answers 502 in the api's error format; Chromium logs the failed load.
    // Clearing the field at the end searches again (offers everywhere), which fails the same way.
    expectedProblems = (problem) => /HTTP 502: .*\/api\/v1\/(regions\/suggest|search\/offers)/.test(problem) || /status of 502/.test(problem);
    await search('Erfurt');
    const message = page.locator('.message--error');
    await message.waitFor();
    expect(await message.innerText()).toBe(
      'Die Vorschläge konnten gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
    );
    await expectEventually(() => liveRegion(), await message.innerText());
    expect(await axeViolations(page)).toBe('');
    await screenshot(page, 'region-picker-api-down');
    await press('Escape', () => message.count(), 0);
    await press('Escape', () => combobox().inputValue(), '');
    expect(problems().length).toBeGreaterThan(0);
  });
});
