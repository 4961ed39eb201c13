import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { axeViolations, expectEventually, launchChromium, screenshot, startPortal, watchForErrors } from './support';

const GERMAN_H1 = 'Angebote und Partner finden – über Regionsgrenzen hinweg';
const ENGLISH_H1 = 'Find trainings and partners – across regional borders';

describe('portal in Chromium (production build)', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: () => string[];

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  // A fresh context per test: empty localStorage, German default.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
    page = await context.newPage();
    problems = watchForErrors(page);
  });

  // The api is not running here: the platform's legal pages and the search pages load their content from it and get
  // the portal server's 502 (shown as a readable message); everything else needs no api.
  // The search pages (/angebote, /partner) ask the api too and say so the same way.
  const apiDown = [/HTTP 502: .*\/api\/v1\/(platform\/legal|search)\//, /status of 502/];

  afterEach(async () => {
    expect(problems().filter((problem) => !apiDown.some((pattern) => pattern.test(problem)))).toEqual([]);
    await context.close();
  });

  const h1 = () => page.locator('main#main h1').innerText();
  /** Loads a URL and waits until the routed page has rendered its heading. */
  async function open(path: string) {
    await page.goto(portal.url + path);
    await page.waitForFunction(() => !!document.querySelector('main#main h1')?.textContent?.trim());
  }
  const htmlLang = () => page.locator('html').getAttribute('lang');
  const languageButton = (lang: 'de' | 'en') => page.locator(`header button[lang="${lang}"]`);

  async function expectNoAxeViolations() {
    expect(await axeViolations(page)).toBe('');
  }

  it('renders the German start page, accessible, with the legal links in the footer', async () => {
    await open('/');
    await expectEventually(() => h1(), GERMAN_H1);
    await expectEventually(() => htmlLang(), 'de');
    await expectEventually(() => page.title(), 'Startseite – Knotenpunkt');
    const footerLinks = page.locator('footer a');
    expect(await footerLinks.allInnerTexts()).toEqual(['Impressum', 'Datenschutz', 'Barrierefreiheit']);
    expect(await footerLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/impressum',
      '/datenschutz',
      '/barrierefreiheit',
    ]);
    expect(await page.locator('main li h3').count()).toBe(6);
    // The portal server sends a strict script CSP: this origin plus the page's inline snippets by hash.
    expect((await fetch(page.url())).headers.get('content-security-policy')).toMatch(/^script-src 'self' 'sha256-[^;]+; object-src 'none'; base-uri 'self'/);
    expect(await languageButton('de').getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations();
    await screenshot(page, 'de-start');

    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoAxeViolations();
    await screenshot(page, 'de-start-mobile');
  });

  it('switches to English with a click, stays accessible and keeps English after a reload', async () => {
    await open('/');
    await languageButton('en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expectEventually(() => h1(), ENGLISH_H1);
    await expectEventually(() => page.title(), 'Home – Knotenpunkt');
    await expectEventually(() => page.locator('footer a').allInnerTexts(), ['Legal notice', 'Privacy', 'Accessibility']);
    expect(await languageButton('en').getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations();
    await screenshot(page, 'en-start');

    await page.reload();
    await expectEventually(() => h1(), ENGLISH_H1);
    await expectEventually(() => htmlLang(), 'en');
  });

  it('is operable by keyboard: skip link first, language switch with Enter and Space', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    const skipLink = page.locator('a', { hasText: 'Zum Inhalt springen' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skipLink.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await screenshot(page, 'de-skip-link-focused');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).pathname).toBe('/');

    await open('/');
    let reachedEnglish = false;
    for (let step = 0; step < 15 && !reachedEnglish; step++) {
      await page.keyboard.press('Tab');
      reachedEnglish = await page.evaluate(
        () => document.activeElement?.tagName === 'BUTTON' && document.activeElement.getAttribute('lang') === 'en',
      );
    }
    expect(reachedEnglish).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expectEventually(() => h1(), ENGLISH_H1);

    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('de');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await expectEventually(() => h1(), GERMAN_H1);
  });

  it('opens in English from ?lang=en and remembers it', async () => {
    await open('/impressum?lang=en');
    await expectEventually(() => h1(), 'Legal notice');
    await expectEventually(() => htmlLang(), 'en');
    await open('/datenschutz');
    await expectEventually(() => h1(), 'Privacy');
  });

  it('leads from the calls to action to the search pages (api down: a readable message)', async () => {
    await open('/');
    await page.getByRole('link', { name: 'Angebote finden' }).click();
    await page.waitForURL(portal.url + '/angebote');
    await expectEventually(() => h1(), 'Angebote finden');
    await expectEventually(() => page.locator('main [role="alert"] strong').innerText(), 'Die Suche ist gerade nicht erreichbar.');
    await expectEventually(() => page.title(), 'Angebote finden – Knotenpunkt');
    await expectNoAxeViolations();
    await screenshot(page, 'de-angebote');

    await page.goBack();
    await page.getByRole('link', { name: 'Partner finden' }).click();
    await page.waitForURL(portal.url + '/partner');
    await expectEventually(() => h1(), 'Partner finden');
    await expectNoAxeViolations();
  });

  const pages = [
    { path: '/impressum', de: 'Impressum', en: 'Legal notice' },
    { path: '/datenschutz', de: 'Datenschutz', en: 'Privacy' },
    { path: '/barrierefreiheit', de: 'Barrierefreiheit', en: 'Accessibility' },
    { path: '/gibt-es-nicht', de: 'Seite nicht gefunden', en: 'Page not found' },
  ];

  it('serves every legal page (api down: a readable message) and the 404 page accessibly in both languages', async () => {
    for (const language of ['de', 'en'] as const) {
      if (language === 'en') {
        await languageButton('en').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      for (const { path, ...headings } of pages) {
        // A direct load (the server's SPA fallback), then a check of content, language and axe.
        await open(path);
        await expectEventually(() => h1(), headings[language]);
        await expectEventually(() => htmlLang(), language);
        await expectEventually(() => page.title(), `${headings[language]} – Knotenpunkt`);
        if (path !== '/gibt-es-nicht') {
          await page.locator('main .kp-notice--error').waitFor();
          expect(await page.locator('main .kp-notice--error').innerText()).toBe(
            language === 'de'
              ? 'Knotenpunkt ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.'
              : 'Knotenpunkt cannot be reached right now. Please try again in a moment.',
          );
        }
        await expectNoAxeViolations();
        await screenshot(page, `${language}${path.replace(/\//g, '-')}`);
      }
    }
  });

  it('navigates the footer links client-side and marks the current page', async () => {
    await open('/');
    // The heading is in the server's HTML at once; client-side navigation needs the app running (the
    // footer hydrates after the start, see docs/portal.md "Incremental hydration"; a click before that
    // is an ordinary link to the same page).
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.locator('footer a', { hasText: 'Barrierefreiheit' }).click();
    await page.waitForURL(portal.url + '/barrierefreiheit');
    await expectEventually(() => h1(), 'Barrierefreiheit');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(await page.locator('footer a[aria-current="page"]').innerText()).toBe('Barrierefreiheit');
  });
});
