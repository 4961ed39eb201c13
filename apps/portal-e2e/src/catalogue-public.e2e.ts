import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { ApiClient } from './api-client';
import { axeViolations, expectEventually, launchChromium, screenshot } from './support';
import { type PortalStack, SEED_PASSWORD, WatchedPage, apiAnswer, startPortalStack } from './tenancy-stack';

/** "YYYY-MM-DD" of today + `days` in Berlin. */
function berlinDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now() + days * 86_400_000);
}

/**
 * The public catalogue in Chromium against the real api, worker, PostgreSQL and Redis: an editor
 * (seeded in the database) creates a partner and a programme with two modules, a certificate and
 * dates through the api and publishes it; an anonymous visitor (browser in New York time, so only
 * the page can make the times Berlin times) reads `/angebote/<slug>` — modules with who delivers
 * them, dates, certificate, the embedded JSON-LD equal to the api's, share by keyboard — and the
 * organisation page `/o/<slug>` with its profile and offers; a draft's slug gives the not-found
 * state; English; axe on both pages in both languages at 1280 and 375 px.
 */
describe('public offer and organisation pages in Chromium (real api and worker)', () => {
  let stack: PortalStack;
  let browser: Browser;
  let context: BrowserContext;
  let visitor: WatchedPage;
  let page: Page;
  let tenant: { id: string; slug: string; name: string };
  let quiet: { id: string; slug: string; name: string };
  let offer: { id: string; slug: string };
  let ended: { id: string; slug: string };
  let draft: { id: string; slug: string };
  const EDITOR = 'redaktion@bildungswerk.example';
  const ADMIN = 'leitung@bildungswerk.example';
  const TITLE = 'ThAMI plus – Qualifizierung Migrationsberatung';
  const ABSTRACT = 'Berufsbegleitende Qualifizierung für die migrationsspezifische Beratung in Thüringen.';
  const PARTNER = 'Thüringer Volkshochschulverband';
  const MINISTRY = 'Thüringer Ministerium für Migration, Justiz und Verbraucherschutz';
  const soonDay = berlinDay(10);
  const closedDeadline = berlinDay(-2);

  const h1 = () => page.locator('main#main h1').first().innerText();
  const text = (locator: Locator) => locator.innerText().then((t) => t.replace(/\s+/g, ' ').trim());
  const texts = (locator: Locator) => locator.allInnerTexts().then((all) => all.map((t) => t.replace(/\s+/g, ' ').trim()));
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');

  async function open(pathname: string, heading: string | RegExp) {
    await page.goto(stack.portal.url + pathname);
    await expectEventually(async () => (typeof heading === 'string' ? h1() : heading.test(await h1())), typeof heading === 'string' ? heading : true, 10_000);
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'), undefined, { timeout: 10_000 });
  }

  async function expectAccessible(name: string) {
    expect({ url: page.url(), violations: await axeViolations(page) }).toEqual({ url: page.url(), violations: '' });
    await screenshot(page, name);
  }

  const jsonLdScripts = () =>
    page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => ({ inHead: s.parentElement === document.head, text: s.textContent ?? '' })));

  beforeAll(async () => {
    stack = await startPortalStack();
    await stack.sql(`INSERT INTO postal_code (plz, lat, lon, locality, valid_from) VALUES ('99084', 50.977, 11.03, 'Erfurt', '2024-01-01')`);
    await stack.sql(`INSERT INTO region (key, ags, level, type, name, name_short, label, parent_key, search_name, search_short, valid_from) VALUES
      ('16', '16', 'land', 'Land', 'Thüringen', 'Thüringen', 'Thüringen', NULL, 'thuringen', 'thuringen', '2024-01-01'),
      ('160510000000', '16051000', 'gemeinde', 'Kreisfreie Stadt', 'Erfurt, Stadt', 'Erfurt', 'Erfurt, Stadt', '16', 'erfurt stadt', 'erfurt', '2024-01-01')`);
    await stack.sql(`INSERT INTO postal_code_region (plz, region_key, source) VALUES ('99084', '160510000000', 'test')`);
    tenant = await stack.seedTenant('bildungswerk-erfurt', { name: 'Bildungswerk Erfurt e. V.', type: 'adult-education' });
    quiet = await stack.seedTenant('nachbarschaftscafe', { name: 'Nachbarschaftscafé' });
    const editorUser = await stack.seedUser(EDITOR, 'Sam Redaktion');
    const adminUser = await stack.seedUser(ADMIN, 'Lou Leitung');
    await stack.addMember(tenant.id, editorUser.id, 'editor');
    await stack.addMember(tenant.id, adminUser.id, 'admin');

    // The profile is the admins' business.
    const admin = new ApiClient(stack.portal.url);
    await admin.login(ADMIN, adminUser.password);
    await admin.expect(200, 'PUT', `/tenants/${tenant.id}/profile`, {
      description: 'Wir sind ein Bildungswerk in Erfurt.\n\nWir qualifizieren Haupt- und Ehrenamtliche in der Migrationsarbeit.',
      address: { street: 'Anger 1', postalCode: '99084', locality: 'Erfurt' },
      serviceAreas: ['16'],
      topics: ['migration-counselling', 'asylum-law'],
      audiences: ['professionals', 'volunteers'],
      contactPoints: [{ label: 'Bildungsberatung', name: 'Alex Beispiel', email: 'beratung@bildungswerk.example', phone: '+49 361 123456' }],
      website: 'https://bildungswerk.example',
      email: 'info@bildungswerk.example',
    });

    const editor = new ApiClient(stack.portal.url);
    await editor.login(EDITOR, editorUser.password);
    const partner = await editor.expect<{ id: string }>(201, 'POST', `/tenants/${tenant.id}/partners`, { name: PARTNER, type: 'adult-education', url: 'https://vhs-th.example' });
    const created = await editor.expect<{ id: string; slug: string; status: string }>(201, 'POST', `/tenants/${tenant.id}/offers`, {
      kind: 'programme',
      title: TITLE,
      abstract: ABSTRACT,
      plainLanguageSummary: 'Sie lernen, Menschen gut zu beraten.\nDie Fortbildung dauert ein halbes Jahr.',
      description: 'Die Qualifizierung hat zwei Module.\nSie arbeiten mit echten Fällen.\n\nAm Ende steht ein anerkanntes Zertifikat.',
      topics: ['migration-counselling', 'asylum-law'],
      audiences: ['professionals', 'migrant-organisations'],
      languages: ['de', 'ar'],
      prerequisites: 'Erfahrung in der Beratung.',
      admissionRules: 'Vorrang haben Beschäftigte in Thüringen.',
      price: { amount: 120, isFree: false, freeFor: ['volunteers'] },
      certificate: { name: 'ThAMI plus-Zertifikat', issuer: 'Bildungswerk Erfurt e. V.', recognisedBy: MINISTRY, legalBasis: 'Ziffer 3 Satz 2 der Anlage 2 zu § 2 Abs. 1 ThürGUSVO' },
      funders: ['Europäischer Sozialfonds Plus'],
      partners: [{ partnerId: partner.id, role: 'Kooperationspartner' }],
      contact: { name: 'Alex Beispiel', email: 'thami@bildungswerk.example', phone: '+49 361 123456' },
      url: 'https://bildungswerk.example/thami',
      links: [{ label: 'Ausschreibung (PDF)', url: 'https://bildungswerk.example/thami.pdf' }],
      modules: [
        { title: 'Grundlagen des Aufenthaltsrechts', description: 'Aufenthaltstitel, Asylverfahren, Familiennachzug.' },
        { title: 'Beratungsmethoden', partnerId: partner.id },
      ],
      sessions: [
        {
          startsAt: '2027-05-08T09:30',
          endsAt: '2027-05-08T16:00',
          mode: 'onsite',
          modulePosition: 1,
          venue: { name: 'Bildungshaus', street: 'Anger 1', postalCode: '99084', locality: 'Erfurt' },
          capacity: 20,
          freePlaces: 12,
          registrationDeadline: '2027-04-30',
          instructors: ['Dr. Kim Recht'],
        },
        { startsAt: soonDay, endsAt: soonDay, mode: 'online', onlineUrl: 'https://meet.example/thami', registrationDeadline: closedDeadline },
        { startsAt: '2025-03-01T10:00', endsAt: '2025-03-01T15:00', mode: 'onsite', venue: { postalCode: '99084', locality: 'Erfurt' } },
      ],
    });
    expect((await editor.expect<{ status: string }>(200, 'POST', `/tenants/${tenant.id}/offers/${created.id}/submit`)).status).toBe('published');
    offer = created;

    const course = {
      kind: 'course',
      title: 'Sprechstunde Aufenthaltsrecht',
      abstract: 'Offene Sprechstunde für Ehrenamtliche.',
      topics: ['asylum-law'],
      audiences: ['volunteers'],
      price: { isFree: true },
      sessions: [{ startsAt: '2027-06-02T17:00', endsAt: '2027-06-02T18:30', mode: 'online', onlineUrl: 'https://meet.example/asyl' }],
    };
    ended = await editor.expect(201, 'POST', `/tenants/${tenant.id}/offers`, course);
    await editor.expect(200, 'POST', `/tenants/${tenant.id}/offers/${ended.id}/submit`);
    // What the worker's markPast does once the last date is over.
    await stack.sql(`UPDATE offer SET status = 'past' WHERE id = $1`, [ended.id]);
    draft = await editor.expect(201, 'POST', `/tenants/${tenant.id}/offers`, { ...course, title: 'Entwurf: Konfliktmoderation' });

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'America/New_York' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.portal.url });
    // Any CSP violation (the JSON-LD block included) is recorded for the checks below.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { kpCsp: string[] }).kpCsp = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    visitor = await WatchedPage.open(context);
    page = visitor.page;
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    expect(visitor.takeUnexpected()).toEqual([]);
  });

  it('shows the offer to a visitor: headings, facts, dates in Berlin time, modules with partner, certificate, contact', async () => {
    await open(`/angebote/${offer.slug}`, TITLE);
    expect(await page.title()).toBe(`${TITLE} – Knotenpunkt`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(ABSTRACT);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    // Landmarks: banner, navigation, main, contentinfo; one h1; the sections in order.
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count()).toBe(1);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await texts(page.locator('main h2'))).toEqual([
      'In Einfacher Sprache',
      'Auf einen Blick',
      'Termine',
      'Beschreibung',
      'Module',
      'Abschluss',
      'Voraussetzungen und Zulassung',
      'Partnerorganisationen',
      'Gefördert von',
      'Kontakt',
      'Anbieter',
      'Angebot teilen',
    ]);
    expect(await text(page.locator('main .kp-eyebrow'))).toBe('Qualifizierungsreihe · Bildungswerk Erfurt e. V.');
    expect(await text(page.locator('.offer__plain p'))).toBe('Sie lernen, Menschen gut zu beraten. Die Fortbildung dauert ein halbes Jahr.');
    expect(await page.locator('main .offer__text p').count()).toBe(2);

    const facts = await texts(page.locator('.offer__facts > *'));
    expect(facts).toEqual([
      'Art',
      'Qualifizierungsreihe',
      'Themen',
      'Migrationsberatung Asyl- und Aufenthaltsrecht',
      'Für wen',
      'Fachkräfte Migrant*innenorganisationen',
      'Sprachen',
      'Deutsch, Arabisch',
      'Kosten',
      '120 € (kostenlos für Ehrenamtliche)',
      'Anbieter',
      'Bildungswerk Erfurt e. V.',
    ]);

    // Dates: upcoming first (the soon one with its deadline passed), the past one last, marked "vorbei".
    const sessions = page.locator('.offer__sessions > li');
    expect(await sessions.count()).toBe(3);
    const first = await text(sessions.nth(0));
    expect(first).toContain('Online');
    expect(first).toContain('Anmeldeschluss vorbei');
    expect(first).not.toMatch(/\d{2}:\d{2}/); // all day: no time
    const may = sessions.nth(1);
    expect(await text(may.locator('h3'))).toMatch(/^Samstag, 8\. Mai 2027, 09:30\s?–\s?16:00 Uhr$/);
    expect(await may.locator('time').getAttribute('datetime')).toBe('2027-05-08T09:30:00+02:00');
    expect(await text(may)).toContain('Termin von Modul 1: Grundlagen des Aufenthaltsrechts');
    expect(await text(may.locator('address'))).toBe('Bildungshaus Anger 1 99084 Erfurt (Erfurt, Stadt)');
    expect(await text(may)).toContain('12 von 20 Plätzen frei');
    expect(await text(may)).toContain('Leitung Dr. Kim Recht');
    expect(await text(may.locator('.offer__badge'))).toBe('Anmeldung bis 30. April 2027');
    const past = sessions.nth(2);
    expect(await text(past.locator('h3'))).toMatch(/^Samstag, 1\. März 2025, 10:00\s?–\s?15:00 Uhr vorbei$/);
    expect(await past.getAttribute('class')).toContain('session--past');

    expect(await texts(page.locator('.offer__modules > li .module__by'))).toEqual([
      'Durchgeführt von Bildungswerk Erfurt e. V.',
      `Durchgeführt von ${PARTNER} (Partnerorganisation)`,
    ]);
    expect(await texts(page.locator('.offer__modules > li h3'))).toEqual(['Modul 1: Grundlagen des Aufenthaltsrechts', 'Modul 2: Beratungsmethoden']);
    expect(await page.locator('.offer__modules a', { hasText: PARTNER }).getAttribute('href')).toBe('https://vhs-th.example');

    const certificate = page.locator('section[aria-labelledby="offer-certificate"] dl');
    expect(await texts(certificate.locator('> *'))).toEqual([
      'Zertifikat',
      'ThAMI plus-Zertifikat',
      'Ausgestellt von',
      'Bildungswerk Erfurt e. V.',
      'Anerkannt von',
      MINISTRY,
      'Rechtsgrundlage',
      'Ziffer 3 Satz 2 der Anlage 2 zu § 2 Abs. 1 ThürGUSVO',
    ]);
    expect(await text(page.locator('section[aria-labelledby="offer-partners"] li'))).toBe(`${PARTNER} – Kooperationspartner (Bildungsträger (Erwachsenenbildung))`);
    expect(await text(page.locator('section[aria-labelledby="offer-funders"] li'))).toBe('Europäischer Sozialfonds Plus');
    expect(await page.getByRole('link', { name: 'thami@bildungswerk.example' }).getAttribute('href')).toBe('mailto:thami@bildungswerk.example');
    expect(await page.getByRole('link', { name: '+49 361 123456' }).getAttribute('href')).toBe('tel:+49361123456');
    expect(await page.getByRole('link', { name: 'Ausschreibung (PDF)' }).getAttribute('href')).toBe('https://bildungswerk.example/thami.pdf');
    expect(await page.locator('section[aria-labelledby="offer-provider"] a').getAttribute('href')).toBe(`/o/${tenant.slug}`);
    expect(await page.locator('.offer__ended').count()).toBe(0);
    await expectAccessible('catalogue-public-angebot');
  }, 90_000);

  it('embeds the api JSON-LD in <head> without CSP violations, and removes it when leaving', async () => {
    await open(`/angebote/${offer.slug}`, TITLE);
    await expectEventually(async () => (await jsonLdScripts()).length, 1);
    const [script] = await jsonLdScripts();
    expect(script?.inHead).toBe(true);
    const fromApi = (await (await fetch(`${stack.portal.url}/api/v1/offers/${offer.slug}/jsonld`)).json()) as Record<string, unknown>;
    expect(JSON.parse(script?.text ?? 'null')).toEqual(fromApi);
    expect(fromApi['name']).toBe(TITLE);
    expect(await page.evaluate(() => (window as unknown as { kpCsp: string[] }).kpCsp)).toEqual([]);
    // The page's CSP header is still the hash-based script policy (the JSON-LD data block needs no hash).
    expect((await fetch(page.url())).headers.get('content-security-policy')).toMatch(/^script-src 'self' 'sha256-/);

    await page.locator('section[aria-labelledby="offer-provider"] a').click();
    await expectEventually(() => h1(), tenant.name, 10_000);
    expect(await jsonLdScripts()).toEqual([]);
    await expectEventually(() => page.title(), 'Organisation – Knotenpunkt');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('Knotenpunkt: Fortbildungen');
    await page.goBack();
    await expectEventually(() => h1(), TITLE, 10_000);
    await expectEventually(async () => (await jsonLdScripts()).length, 1);
    expect(await page.evaluate(() => (window as unknown as { kpCsp: string[] }).kpCsp)).toEqual([]);
  }, 60_000);

  it('shares the link by keyboard, with a spoken confirmation, and falls back to showing the address', async () => {
    await open(`/angebote/${offer.slug}`, TITLE);
    await page.locator('h2#offer-share').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="offer-provider"] a').focus();
    for (let i = 0; i < 5 && (await focused()) !== 'Link kopieren'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Link kopieren');
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    const status = page.locator('.offer__share [role="status"]');
    await expectEventually(() => text(status), 'Der Link ist in die Zwischenablage kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${stack.portal.url}/angebote/${offer.slug}`);

    // A browser that refuses the clipboard: the address is shown, selected, to copy by hand.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.keyboard.press('Space');
    await expectEventually(() => text(status), 'Der Link ließ sich nicht automatisch kopieren. Bitte kopieren Sie ihn aus dem Feld.');
    const field = page.getByLabel('Link zu diesem Angebot');
    expect(await field.inputValue()).toBe(`${stack.portal.url}/angebote/${offer.slug}`);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    await expectAccessible('catalogue-public-teilen');
  }, 60_000);

  it('shows the organisation with its profile and current offers, and follows an offer link', async () => {
    await open(`/o/${tenant.slug}`, tenant.name);
    expect(await texts(page.locator('main h2'))).toEqual(['Über uns', 'Kontakt', 'Aktuelle Angebote', `Rechtliches von ${tenant.name}`]);
    const profile = page.locator('section[aria-labelledby="org-profile"]');
    expect(await page.locator('section[aria-labelledby="org-profile"] > p').count()).toBe(2);
    expect(await text(profile.locator('address'))).toBe('Anger 1 99084 Erfurt Erfurt, Stadt');
    expect(await text(profile.locator('dl'))).toContain('Tätig in Thüringen (Land)');
    expect(await text(profile.locator('dl'))).toContain('Themen Migrationsberatung Asyl- und Aufenthaltsrecht');
    expect(await text(profile.locator('dl'))).toContain('Für wen Fachkräfte Ehrenamtliche');
    const contact = page.locator('section[aria-labelledby="org-contact"]');
    expect(await contact.getByRole('link', { name: 'https://bildungswerk.example' }).getAttribute('href')).toBe('https://bildungswerk.example');
    expect(await text(contact.locator('.org__contacts li'))).toBe('Bildungsberatung Alex Beispiel beratung@bildungswerk.example +49 361 123456');
    // Only published offers (the past one and the draft are not "current").
    const offers = page.locator('.org__offers > li');
    expect(await texts(offers.locator('h3'))).toEqual([TITLE]);
    // The next date is the all-day one: shown as a date, without "00:00".
    const soonLabel = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${soonDay}T00:00:00Z`));
    expect(await text(offers.first().locator('p').first())).toBe(`Qualifizierungsreihe · Nächster Termin: ${soonLabel}`);
    expect(await text(page.locator('.kp-pagination__status'))).toBe('Seite 1 von 1 (Einträge 1–1 von 1)');
    await expectAccessible('catalogue-public-organisation');

    await offers.first().getByRole('link', { name: TITLE }).click();
    await expectEventually(() => h1(), TITLE, 10_000);
    expect(page.url()).toBe(`${stack.portal.url}/angebote/${offer.slug}`);

    await open(`/o/${quiet.slug}`, quiet.name);
    expect(await text(page.locator('section[aria-labelledby="org-offers"] .kp-empty-state'))).toBe('Zurzeit hat diese Organisation keine veröffentlichten Angebote.');
    expect(await page.locator('section[aria-labelledby="org-profile"]').count()).toBe(0);
    await expectAccessible('catalogue-public-organisation-leer');
  }, 60_000);

  it('says that a past offer has ended, and that a draft is not there', async () => {
    await open(`/angebote/${ended.slug}`, 'Sprechstunde Aufenthaltsrecht');
    expect(await text(page.locator('.offer__ended'))).toMatch(/^Dieses Angebot ist beendet\./);
    expect(await text(page.locator('.offer__facts'))).toContain('Kosten kostenlos');
    await expectAccessible('catalogue-public-beendet');

    visitor.allow(...apiAnswer(404, new RegExp(`/offers/${draft.slug}`)));
    // The server-rendered page itself answers 404 too (crawlers see "not found").
    visitor.allow(...apiAnswer(404, new RegExp(`/angebote/${draft.slug}`)));
    await open(`/angebote/${draft.slug}`, 'Angebot nicht gefunden');
    expect(await page.getByRole('link', { name: 'Zu den Angeboten' }).getAttribute('href')).toBe('/angebote');
    expect(await jsonLdScripts()).toEqual([]);
    expect(await page.title()).toBe('Angebot – Knotenpunkt');
    await expectAccessible('catalogue-public-nicht-gefunden');
    await page.getByRole('link', { name: 'Zu den Angeboten' }).click();
    await expectEventually(() => h1(), 'Angebote finden');
  }, 60_000);

  it('switches to English: texts, price and dates in English, the title stays the offer title', async () => {
    await open(`/angebote/${offer.slug}`, TITLE);
    await page.getByRole('button', { name: 'English' }).click();
    await expectEventually(() => text(page.locator('main h2').nth(1)), 'At a glance');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await text(page.locator('.offer__price'))).toBe('€120 (free for volunteers)');
    expect(await text(page.locator('.offer__sessions > li').nth(1).locator('h3'))).toMatch(/^Saturday, May 8, 2027,? 9:30\s?AM\s?–\s?4:00\s?PM$/);
    expect(await text(page.locator('.offer__sessions > li').nth(1).locator('.offer__badge'))).toBe('Register by April 30, 2027');
    expect(await page.title()).toBe(`${TITLE} – Knotenpunkt`);
    await expectAccessible('catalogue-public-angebot-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expectEventually(() => text(page.locator('main h2').nth(1)), 'Auf einen Blick');
  }, 60_000);

  it('both pages in German and English at 1280 and 375 px: no horizontal scrolling, axe 0 violations', async () => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const [pathname, heading] of [
        [`/angebote/${offer.slug}`, TITLE],
        [`/o/${tenant.slug}`, tenant.name],
      ] as const) {
        for (const language of ['de', 'en'] as const) {
          await open(`${pathname}?lang=${language}`, heading);
          expect({ pathname, language, width, violations: await axeViolations(page) }).toEqual({ pathname, language, width, violations: '' });
          await screenshot(page, `catalogue-public-${language}-${width}-${pathname.startsWith('/o/') ? 'organisation' : 'angebot'}`);
          if (width === 375) expect({ pathname, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ pathname, scrollWidth: 375 });
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(`/angebote/${offer.slug}?lang=de`, TITLE);
  }, 120_000);

  it('links published and past offers from "Ihre Angebote" to their public page', async () => {
    const editorContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const editor = await WatchedPage.open(editorContext);
    try {
      const p = editor.page;
      await p.goto(`${stack.portal.url}/anmelden?returnUrl=/arbeitsbereich/angebote`);
      await p.getByLabel('E-Mail-Adresse').fill(EDITOR);
      await p.getByLabel('Passwort').fill(SEED_PASSWORD);
      await p.getByRole('button', { name: 'Anmelden', exact: true }).click();
      await p.waitForURL(/\/arbeitsbereich\/angebote/);
      await p.locator('main tbody tr').nth(2).waitFor({ timeout: 10_000 });
      expect(await p.locator('main tbody').getByRole('link', { name: TITLE, exact: true }).getAttribute('href')).toBe(`/angebote/${offer.slug}`);
      expect(await p.locator('main tbody').getByRole('link', { name: 'Sprechstunde Aufenthaltsrecht', exact: true }).getAttribute('href')).toBe(`/angebote/${ended.slug}`);
      expect(await p.locator('main tbody').getByRole('link', { name: 'Entwurf: Konfliktmoderation', exact: true }).count()).toBe(0);
      await p.locator('main tbody').getByRole('link', { name: TITLE, exact: true }).click();
      await expectEventually(() => p.locator('main#main h1').first().innerText(), TITLE, 10_000);
      expect({ url: p.url(), violations: await axeViolations(p) }).toEqual({ url: p.url(), violations: '' });
      expect(editor.takeUnexpected()).toEqual([]);
    } finally {
      await editorContext.close();
    }
  }, 60_000);
});
