import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { axeViolations, expectEventually, launchChromium, screenshot } from './support';
import { type PortalStack, WatchedPage, startPortalStack } from './tenancy-stack';

/**
 * The provider workspace in Chromium against the real api, worker, PostgreSQL and Redis
 * (tenancy-stack.ts): an editor seeded in the database imports a schema.org exchange file by
 * keyboard (dry run → report → "Übernehmen"), finds the offers on "Ihre Angebote", archives and
 * reopens one, then uploads a file with one bad node, which is refused as a whole. Both pages are
 * checked with axe in German and English at 1280 and 375 px.
 */
describe('provider workspace in Chromium: offers and import (real api and worker)', () => {
  let stack: PortalStack;
  let browser: Browser;
  let context: BrowserContext;
  let editor: WatchedPage;
  let page: Page;
  let tenant: { id: string; slug: string; name: string };
  let other: { id: string; name: string };
  const files = mkdtempSync(path.join(tmpdir(), 'kp-import-'));
  const EMAIL = 'redaktion@bildungswerk.example';

  /** Two courses of one provider, 2027, one onsite in Erfurt (PLZ 99084) and one online. */
  function exchangeFile(firstStart = '2027-05-08T09:30') {
    return {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': 'urn:org:bildungswerk-erfurt', name: 'Bildungswerk Erfurt e. V.', additionalType: 'adult-education' },
        {
          '@type': 'Course',
          '@id': 'urn:offer:interkulturelle-kompetenz-2027',
          name: 'Interkulturelle Kompetenz für Ehrenamtliche',
          abstract: 'Ein Tag zum Üben: Begegnungen mit Geflüchteten sicher und offen gestalten.',
          provider: 'urn:org:bildungswerk-erfurt',
          about: ['intercultural-competence'],
          audience: [{ '@type': 'Audience', audienceType: 'volunteers' }],
          inLanguage: ['de'],
          isAccessibleForFree: true,
          hasCourseInstance: [
            {
              '@type': 'CourseInstance',
              '@id': 'urn:session:ik-2027-1',
              courseMode: 'onsite',
              startDate: firstStart,
              endDate: '2027-05-08T16:00',
              location: { '@type': 'Place', name: 'Bildungshaus', address: { '@type': 'PostalAddress', streetAddress: 'Anger 1', postalCode: '99084', addressLocality: 'Erfurt' } },
            },
          ],
        },
        {
          '@type': 'Course',
          '@id': 'urn:offer:asylrecht-kompakt-2027',
          name: 'Asylrecht kompakt',
          additionalType: 'counselling',
          abstract: 'Offene Sprechstunde für Ehrenamtliche.',
          provider: { '@id': 'urn:org:bildungswerk-erfurt' },
          about: ['asylum-law'],
          audience: [{ '@type': 'Audience', audienceType: 'volunteers' }],
          isAccessibleForFree: true,
          hasCourseInstance: [
            { '@type': 'CourseInstance', '@id': 'urn:session:ak-2027-1', courseMode: 'online', startDate: '2027-06-02T17:00', endDate: '2027-06-02T18:30', location: { '@type': 'VirtualLocation', url: 'https://meet.example/asyl' } },
          ],
        },
      ],
    };
  }

  function writeFile(name: string, content: unknown): string {
    const file = path.join(files, name);
    writeFileSync(file, JSON.stringify(content, null, 2));
    return file;
  }

  const offerCount = async () => Number((await stack.sql(`SELECT count(*)::int AS n FROM offer WHERE tenant_id = $1`, [tenant.id]))[0]?.['n']);
  const h1 = () => page.locator('main#main h1').first().innerText();
  const text = (locator: Locator) => locator.innerText().then((t) => t.replace(/\s+/g, ' ').trim());
  const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '' }));

  async function open(pathname: string, heading: string) {
    await page.goto(stack.portal.url + pathname);
    await expectEventually(() => h1(), heading, 10_000);
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'), undefined, { timeout: 10_000 });
  }

  async function expectAccessible(name: string) {
    expect({ url: page.url(), violations: await axeViolations(page) }).toEqual({ url: page.url(), violations: '' });
    await screenshot(page, name);
  }

  /** Presses Tab until `check` holds for the focused element (keyboard only, like a person). */
  async function tabTo(check: (focus: { id: string; text: string }) => boolean, maxTabs = 40): Promise<void> {
    for (let i = 0; i < maxTabs; i++) {
      await page.keyboard.press('Tab');
      if (check(await focused())) return;
    }
    throw new Error(`focus never reached the element; last: ${JSON.stringify(await focused())}`);
  }

  async function expectFocusVisible() {
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const style = element ? getComputedStyle(element) : null;
      return { visible: element?.matches(':focus-visible') ?? false, style: style?.outlineStyle, width: style?.outlineWidth };
    });
    expect(outline).toEqual({ visible: true, style: 'solid', width: '3px' });
  }

  beforeAll(async () => {
    stack = await startPortalStack();
    await stack.sql(`INSERT INTO postal_code (plz, lat, lon, locality, valid_from) VALUES ('99084', 50.977, 11.03, 'Erfurt', '2024-01-01')`);
    tenant = await stack.seedTenant('bildungswerk-erfurt', { name: 'Bildungswerk Erfurt e. V.', type: 'adult-education' });
    const second = await stack.seedTenant('nachbarschaftscafe', { name: 'Nachbarschaftscafé' });
    other = { id: second.id, name: second.name };
    const user = await stack.seedUser(EMAIL, 'Sam Redaktion');
    await stack.addMember(tenant.id, user.id, 'editor');
    await stack.addMember(other.id, user.id, 'viewer');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    editor = await WatchedPage.open(context);
    page = editor.page;
    // Playwright intercepts file choosers only once somebody listens; listening from the start
    // avoids a race between enabling the interception and the key press that opens the chooser.
    page.on('filechooser', () => undefined);
    await page.goto(`${stack.portal.url}/anmelden`);
    await expectEventually(() => h1(), 'Anmelden', 10_000);
    await page.getByLabel('E-Mail-Adresse').fill(EMAIL);
    await page.getByLabel('Passwort').fill(user.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(`${stack.portal.url}/konto`);
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
    rmSync(files, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(editor.takeUnexpected()).toEqual([]);
  });

  it('needs an active organisation with editing rights; the header then links both pages', async () => {
    // Two memberships: no active organisation after login.
    await open('/arbeitsbereich/angebote', 'Kein Zugang zum Arbeitsbereich');
    expect(page.url()).toBe(`${stack.portal.url}/arbeitsbereich/kein-zugang`);
    expect(await text(page.locator('main .kp-empty-state p'))).toContain('Bitte wählen Sie oben unter „Organisation“');
    await expectAccessible('catalogue-kein-zugang');

    const switcher = page.locator('header .disclosure__toggle', { hasText: /Organisation:/ });
    await switcher.click();
    await page.locator('header button.panel__item', { hasText: other.name }).click();
    await expectEventually(() => text(page.locator('main .kp-empty-state p')), `In ${other.name} sind Sie Betrachter*in. Angebote bearbeiten und importieren können Redakteur*innen, Administrator*innen und Inhaber*innen. Wählen Sie oben eine andere Organisation oder bitten Sie eine Administrator*in um die passende Rolle.`);

    await switcher.click();
    await page.locator('header button.panel__item', { hasText: tenant.name }).click();
    await expectEventually(() => h1(), 'Arbeitsbereich');
    await page.getByRole('link', { name: 'Zu Ihren Angeboten' }).click();
    await expectEventually(() => h1(), 'Ihre Angebote');
    await page.locator('main .kp-empty-state').waitFor();
    expect(await text(page.locator('main .kp-empty-state h2'))).toBe('Noch keine Angebote');
    expect(await page.getByRole('link', { name: 'Angebote importieren' }).first().getAttribute('href')).toBe('/arbeitsbereich/import');
    expect(await page.locator('nav[aria-label="Arbeitsbereich von Bildungswerk Erfurt e. V."] a[aria-current="page"]').innerText()).toBe('Ihre Angebote');
    await expectAccessible('catalogue-angebote-leer');

    const account = page.locator('header .disclosure__toggle', { hasText: /Konto:/ });
    await account.click();
    const menu = page.locator(`#${await account.getAttribute('aria-controls')}`);
    expect(await menu.getByRole('link', { name: `Angebote von ${tenant.name}` }).getAttribute('href')).toBe('/arbeitsbereich/angebote');
    expect(await menu.getByRole('link', { name: 'Angebote importieren' }).getAttribute('href')).toBe('/arbeitsbereich/import');
    await menu.getByRole('link', { name: 'Angebote importieren' }).click();
    await expectEventually(() => h1(), 'Angebote importieren');
  }, 120_000);

  it('imports a file by keyboard: dry run with progress and report, then "Übernehmen"', async () => {
    const file = writeFile('angebote.jsonld', exchangeFile());
    await open('/arbeitsbereich/import', 'Angebote importieren');
    await expectAccessible('catalogue-import');

    // Keyboard only: Tab to the file input (focus visible), Space opens the chooser.
    await page.locator('body').focus();
    await tabTo((f) => f.id === 'import-file');
    await expectFocusVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(file);
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('import-publish');
    await expectFocusVisible();
    await page.keyboard.press('Space');
    expect(await page.locator('#import-publish').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Probelauf starten');
    await expectFocusVisible();

    // The progress bar appears while the worker runs the dry run (polled every 500 ms).
    const progressSeen = page.waitForSelector('[role="progressbar"][aria-valuemin="0"][aria-valuemax="100"]', { timeout: 10_000 }).then(() => true);
    await page.keyboard.press('Enter');
    expect(await progressSeen).toBe(true);
    await page.locator('#import-report-title').waitFor({ timeout: 20_000 });
    expect(await text(page.locator('#import-report-title'))).toBe('Ergebnis des Probelaufs');
    await expectEventually(async () => (await focused()).id, 'import-report-title');
    expect(await text(page.locator('.report__outcome'))).toBe('Der Probelauf war erfolgreich. Noch ist nichts geändert: Mit „Übernehmen“ speichern Sie die Änderungen.');
    expect(await page.locator('.counts li').allInnerTexts()).toEqual([
      'Angebote: 2 neu, 0 geändert, 0 unverändert, 0 abgelehnt',
      'Partnerorganisationen: 0 neu, 0 geändert, 0 unverändert, 0 abgelehnt',
      'Termine: 2 neu, 0 geändert, 0 unverändert, 0 gelöscht',
    ]);
    expect(await page.locator('.items tbody tr').allInnerTexts().then((rows) => rows.map((r) => r.replace(/\s+/g, ' ').trim()))).toEqual([
      'Interkulturelle Kompetenz für Ehrenamtliche urn:offer:interkulturelle-kompetenz-2027 neu',
      'Asylrecht kompakt urn:offer:asylrecht-kompakt-2027 neu',
    ]);
    expect(await offerCount()).toBe(0);
    await expectAccessible('catalogue-import-probelauf');

    await tabTo((f) => f.text === 'Übernehmen');
    await expectFocusVisible();
    await page.keyboard.press('Enter');
    await expectEventually(() => text(page.locator('#import-report-title')), 'Ergebnis des Imports', 20_000);
    expect(await text(page.locator('.report__outcome'))).toBe('Die Änderungen sind gespeichert.');
    expect(await page.locator('.counts li').first().innerText()).toBe('Angebote: 2 neu, 0 geändert, 0 unverändert, 0 abgelehnt');
    expect(await page.getByRole('button', { name: 'Übernehmen' }).count()).toBe(0);
    expect(await offerCount()).toBe(2);
    await expectAccessible('catalogue-import-uebernommen');

    await page.getByRole('link', { name: 'Zu Ihren Angeboten' }).click();
    await expectEventually(() => h1(), 'Ihre Angebote');
    await page.locator('main tbody tr').nth(1).waitFor();
    const rows = (await page.locator('main tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()).sort();
    expect(rows).toEqual([
      expect.stringMatching(/^Asylrecht kompakt ?, Beratung Veröffentlicht 02\.06\.2027, 17:00 1 Bearbeiten Archivieren$/),
      expect.stringMatching(/^Interkulturelle Kompetenz für Ehrenamtliche ?, Kurs Veröffentlicht 08\.05\.2027, 09:30 1 Bearbeiten Archivieren$/),
    ]);
    await expectAccessible('catalogue-angebote');
  }, 120_000);

  it('archives and reopens an offer, filters by status', async () => {
    await open('/arbeitsbereich/angebote', 'Ihre Angebote');
    await page.getByRole('button', { name: '„Asylrecht kompakt“ archivieren' }).click();
    await expectEventually(() => text(page.locator('main [role="status"] .kp-notice--success')), '„Asylrecht kompakt“ ist archiviert.');
    await page.getByRole('button', { name: '„Asylrecht kompakt“ wieder öffnen' }).waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Archiviert' });
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForURL(/status=archived/);
    await expectEventually(() => page.locator('main tbody tr').count(), 1);
    await page.getByRole('button', { name: '„Asylrecht kompakt“ wieder öffnen' }).click();
    await expectEventually(() => text(page.locator('main [role="status"] .kp-notice--success')), '„Asylrecht kompakt“ ist wieder ein Entwurf.');
    await expectEventually(() => text(page.locator('main .kp-empty-state p')), 'Kein Angebot passt zu diesem Filter.');
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).first().click();
    await expectEventually(() => page.locator('main tbody tr').count(), 2);
    expect(await text(page.locator('main tbody tr', { hasText: 'Asylrecht kompakt' }).locator('.status'))).toBe('Entwurf');
    await expectAccessible('catalogue-angebote-aktion');
  }, 60_000);

  it('refuses a file with one bad node as a whole: names node and property, says nothing changed (and in English)', async () => {
    const before = await offerCount();
    const file = writeFile('kaputt.jsonld', exchangeFile('31.12.2027'));
    await open('/arbeitsbereich/import', 'Angebote importieren');
    await page.locator('#import-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Probelauf starten' }).click();
    await page.locator('#import-report-title').waitFor({ timeout: 20_000 });
    expect(await text(page.locator('.report__outcome'))).toBe('Die Datei enthält Fehler und kann so nicht übernommen werden. Es wurde nichts geändert.');
    const firstIssue = await text(page.locator('.issues li').first());
    expect(firstIssue).toMatch(/^Fehler: .+ Knoten urn:offer:interkulturelle-kompetenz-2027 · Eigenschaft hasCourseInstance\[0\]\.startDate$/);
    expect(await page.locator('.counts li').first().innerText()).toContain('1 abgelehnt');
    expect(await page.getByRole('button', { name: 'Übernehmen' }).count()).toBe(0);
    expect(await offerCount()).toBe(before);
    await expectAccessible('catalogue-import-fehler');

    // English: the page and the api's issue texts (asked for again in the new language).
    const again = page.waitForRequest((r) => /\/imports\/[0-9a-f-]{36}$/.test(r.url()) && r.headers()['accept-language'] === 'en');
    await page.getByRole('button', { name: 'English' }).click();
    await expectEventually(() => h1(), 'Import offers');
    await again;
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectEventually(() => text(page.locator('.report__outcome')), 'The file contains errors and cannot be applied like this. Nothing was changed.');
    await expectEventually(async () => /^Error: .+ Node urn:offer:interkulturelle-kompetenz-2027 · property hasCourseInstance\[0\]\.startDate$/.test(await text(page.locator('.issues li').first())), true);
    expect(await text(page.locator('.issues li').first())).not.toBe(firstIssue.replace('Fehler', 'Error'));
    expect(await page.title()).toBe('Import offers – Knotenpunkt');
    await expectAccessible('catalogue-import-fehler-en');

    await page.getByRole('button', { name: 'Check another file' }).click();
    await expectEventually(async () => (await focused()).id, 'import-file');
    await expectAccessible('catalogue-import-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expectEventually(() => h1(), 'Angebote importieren');

    await open('/arbeitsbereich/angebote', 'Ihre Angebote');
    await expectEventually(() => page.locator('main tbody tr').count(), 2);
  }, 90_000);

  it('both pages at 375 px and in English: no horizontal scrolling, axe 0 violations', async () => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const [pathname, de, en] of [
        ['/arbeitsbereich/angebote', 'Ihre Angebote', 'Your offers'],
        ['/arbeitsbereich/import', 'Angebote importieren', 'Import offers'],
      ] as const) {
        for (const language of ['de', 'en'] as const) {
          await open(`${pathname}?lang=${language}`, language === 'de' ? de : en);
          if (pathname.endsWith('angebote')) await page.locator('main tbody tr').first().waitFor();
          expect({ pathname, language, width, violations: await axeViolations(page) }).toEqual({ pathname, language, width, violations: '' });
          await screenshot(page, `catalogue-${language}-${width}-${pathname.split('/').pop() ?? ''}`);
          if (width === 375) expect({ pathname, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ pathname, scrollWidth: 375 });
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await open('/arbeitsbereich/angebote?lang=de', 'Ihre Angebote');
  }, 120_000);
});
