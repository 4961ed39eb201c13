import path from 'node:path';

import { loadRegions } from '@knotenpunkt/api/regions';
import { type Browser, type BrowserContext } from 'playwright-core';

import { ApiClient } from './api-client';
import { WORKSPACE_ROOT, expectEventually, launchChromium } from './support';
import { type PortalStack, SEED_PASSWORD, WatchedPage, apiAnswer, startPortalStack } from './tenancy-stack';
import { expectAccessible, focusedId, h1, text, workspacePages } from './workspace-pages';

/**
 * The offer editor, the umbrella's review queue and the profile editor in Chromium against the
 * real api, worker (search outbox relay), PostgreSQL and Redis (tenancy-stack.ts), with the
 * region data loaded for the region picker. A member organisation of an umbrella switches on
 * "review by the umbrella" in its profile, creates a programme with two modules and a date in the
 * editor (an api field error first), previews and submits it; the umbrella's editor approves it in
 * the queue and it appears in public search. A second submission is returned with a comment the
 * provider then reads; a stranger's admin gets no access to the profile editor. axe on every page.
 */
describe('offer editor, review queue and profile editor in Chromium (real api and worker)', () => {
  let stack: PortalStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const { open, login } = workspacePages({ stack: () => stack, browser: () => browser, contexts });
  let provider: WatchedPage;
  let reviewer: WatchedPage;
  let umbrella: { id: string; slug: string; name: string };
  let member: { id: string; slug: string; name: string };
  let stranger: { id: string; slug: string; name: string };
  let providerApi: ApiClient;
  let partnerId = '';
  let offerId = '';
  const PROVIDER = 'leitung@bildungswerk-gotha.example';
  const REVIEWER = 'pruefung@dachverband-thueringen.example';
  const STRANGER = 'admin@nachbarschaftsverein.example';
  const TITLE = 'Qualifizierung Migrationsberatung 2027';


  async function searchFinds(title: string): Promise<boolean> {
    const response = await fetch(`${stack.portal.url}/api/v1/search/offers?q=${encodeURIComponent(title)}`);
    if (!response.ok) return false;
    const body = (await response.json()) as { items: { title: string }[] };
    return body.items.some((item) => item.title === title);
  }

  beforeAll(async () => {
    stack = await startPortalStack();
    await loadRegions(stack.db.ownerUrl, path.join(WORKSPACE_ROOT, 'data/regions'));
    umbrella = await stack.seedTenant('dachverband-thueringen', { name: 'Dachverband Thüringen', type: 'umbrella' });
    member = await stack.seedTenant('bildungswerk-gotha', { name: 'Bildungswerk Gotha e. V.', type: 'adult-education' });
    stranger = await stack.seedTenant('nachbarschaftsverein', { name: 'Nachbarschaftsverein Jena' });
    await stack.sql(`UPDATE tenant SET parent_id = $1 WHERE id = $2`, [umbrella.id, member.id]);
    const lead = await stack.seedUser(PROVIDER, 'Lea Leitung');
    const checker = await stack.seedUser(REVIEWER, 'Pat Prüfung');
    const other = await stack.seedUser(STRANGER, 'Sami Fremd');
    await stack.addMember(member.id, lead.id, 'owner');
    await stack.addMember(umbrella.id, checker.id, 'editor');
    await stack.addMember(stranger.id, other.id, 'admin');
    providerApi = new ApiClient(stack.portal.url);
    await providerApi.login(PROVIDER, lead.password);
    const partner = await providerApi.expect(201, 'POST', `/tenants/${member.id}/partners`, { name: 'Kulturzentrum Gotha', type: 'other' });
    partnerId = partner.id;
    browser = await launchChromium();
    provider = await login(PROVIDER, lead.password);
    reviewer = await login(REVIEWER, checker.password);
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    expect(provider.takeUnexpected()).toEqual([]);
    expect(reviewer.takeUnexpected()).toEqual([]);
  });

  it('the admin edits the profile (PLZ, service area from the region picker, review by the umbrella); it shows on /o/<slug>', async () => {
    const page = provider.page;
    await open(page, `/verwaltung/${member.id}/mitglieder`, 'Mitglieder und Einladungen');
    await page.getByRole('link', { name: 'Profil', exact: true }).click();
    await expectEventually(() => h1(page), 'Profil der Organisation');
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'));
    await expectAccessible(page, 'profile-editor');

    await page.locator('#profile-description').fill('Wir qualifizieren Haupt- und Ehrenamtliche in der Migrationsarbeit.\n\nSeit 1998 in Gotha.');
    await page.locator('#profile-address-street').fill('Marktstraße 5');
    await page.locator('#profile-address-postalCode').fill('99867');
    await page.locator('#profile-address-locality').fill('Gotha');
    const picker = page.getByRole('combobox', { name: 'Region hinzufügen' });
    await picker.fill('Gotha');
    await page.getByRole('option', { name: /^Landkreis Gotha/ }).click();
    await expectEventually(() => text(page.locator('.profile__areas')), 'Landkreis Gotha Landkreis Gotha entfernen');
    // The picker starts over, empty and focused, for the next region.
    await expectEventually(() => picker.inputValue(), '');
    await expectEventually(() => page.evaluate(() => document.activeElement?.getAttribute('role') ?? ''), 'combobox');
    await page.getByRole('checkbox', { name: 'Asyl- und Aufenthaltsrecht' }).check();
    await page.getByRole('checkbox', { name: 'Ehrenamtliche' }).check();
    await page.locator('#profile-website').fill('https://bildungswerk-gotha.example');
    await page.getByRole('button', { name: 'Kontaktstelle hinzufügen' }).click();
    await expectEventually(() => focusedId(page), 'profile-contactPoints-0-label');
    await page.keyboard.type('Migrationsberatung');
    await page.getByRole('checkbox', { name: /vom Dachverband prüfen lassen/ }).check();
    expect(await text(page.locator('#profile-review-hint'))).toContain('Dachverband Thüringen');
    await page.locator('#profile-staleAfterDays').fill('7');
    await page.getByRole('button', { name: 'Profil speichern' }).click();

    // The contracts' schema (min. 14 days) stops it before the request; the summary links the field.
    const summary = page.locator('.kp-error-summary');
    await summary.waitFor();
    await expectEventually(async () => (await page.evaluate(() => document.activeElement?.classList.contains('kp-error-summary'))) ?? false, true);
    expect(await page.locator('#profile-staleAfterDays').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#profile-staleAfterDays').getAttribute('aria-describedby')).toBe('profile-stale-hint profile-staleAfterDays-error');
    await summary.getByRole('link').first().click();
    await expectEventually(() => focusedId(page), 'profile-staleAfterDays');
    await expectAccessible(page, 'profile-editor-error');
    await page.locator('#profile-staleAfterDays').fill('60');
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await expectEventually(() => text(page.locator('#profile-saved')), 'Das Profil ist gespeichert. Öffentliche Seite ansehen');
    await expectEventually(() => focusedId(page), 'profile-saved');
    expect(await page.locator('.kp-error-summary').count()).toBe(0);
    await expectAccessible(page, 'profile-editor-saved');

    await page.getByRole('link', { name: 'Öffentliche Seite ansehen' }).last().click();
    await page.waitForURL(`${stack.portal.url}/o/${member.slug}`);
    await expectEventually(() => h1(page), member.name);
    const main = page.locator('main#main');
    await expectEventually(async () => (await text(main)).includes('Seit 1998 in Gotha.'), true, 10_000);
    const content = await text(main);
    expect(content).toContain('Landkreis Gotha');
    expect(content).toContain('Marktstraße 5');
    expect(content).toContain('Migrationsberatung');
  }, 120_000);

  it('creates a programme with two modules and a date, shows the api’s field error at the field, previews and submits it', async () => {
    const page = provider.page;
    provider.allow(...apiAnswer(400, /\/offers$/));
    await open(page, '/arbeitsbereich/angebote', 'Ihre Angebote');
    // A member organisation (no umbrella) has no review queue.
    expect(await page.getByRole('link', { name: 'Prüfung', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Neues Angebot' }).first().click();
    await expectEventually(() => h1(page), 'Neues Angebot');
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'));
    await expectAccessible(page, 'offer-editor-neu');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'offer-editor-neu-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'English' }).click();
    await expectEventually(() => h1(page), 'New offer');
    await expectAccessible(page, 'offer-editor-neu-en');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expectEventually(() => h1(page), 'Neues Angebot');

    await page.getByLabel('Art des Angebots').selectOption('programme');
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Kurzbeschreibung').fill('Zwei Module für Berater*innen: Grundlagen und Vertiefung.');
    await page.getByLabel('Zusammenfassung in Einfacher Sprache').fill('Sie lernen, wie Beratung geht.');
    await page.getByRole('group', { name: 'Themen' }).getByRole('checkbox', { name: 'Migrationsberatung' }).check();
    await page.getByRole('group', { name: 'Zielgruppen' }).getByRole('checkbox', { name: 'Fachkräfte' }).check();
    await page.getByLabel('Preis in Euro').fill('120');
    await page.getByRole('group', { name: 'Kostenlos für' }).getByRole('checkbox', { name: 'Ehrenamtliche' }).check();
    await page.getByLabel('Zertifikat oder Abschluss').fill('Teilnahmebescheinigung');
    await page.getByRole('button', { name: 'Partnerorganisation hinzufügen' }).click();
    await expectEventually(() => focusedId(page), 'offer-partners-0-partnerId');
    await page.locator('#offer-partners-0-partnerId').selectOption(partnerId);
    await page.locator('#offer-partners-0-role').fill('Kooperationspartner');

    // Module 1 comes with the kind "Programm"; a second one is added, then both swap places and back.
    await page.locator('#offer-modules-0-title').fill('Vertiefung');
    await page.getByRole('button', { name: 'Modul hinzufügen' }).click();
    await expectEventually(() => focusedId(page), 'offer-modules-1-title');
    await page.keyboard.type('Grundlagen');
    await page.getByRole('button', { name: 'Modul 2 nach oben' }).click();
    await expectEventually(() => page.locator('#offer-modules-0-title').inputValue(), 'Grundlagen');
    await expectEventually(() => focusedId(page), 'offer-module-0-down');
    await page.locator('#offer-modules-1-partnerId').selectOption(partnerId);

    await page.getByRole('button', { name: 'Termin hinzufügen' }).click();
    await expectEventually(() => focusedId(page), 'offer-sessions-0-startsAt');
    await page.locator('#offer-sessions-0-moduleKey').selectOption({ label: 'Modul 2: Vertiefung' });
    await page.locator('#offer-sessions-0-startsAt').fill('2027-03-02');
    await page.locator('#offer-sessions-0-startsAt-time').fill('09:00');
    await page.locator('#offer-sessions-0-endsAt-time').fill('16:30');
    await page.locator('#offer-sessions-0-venue-name').fill('Kulturzentrum');
    await page.locator('#offer-sessions-0-venue-postalCode').fill('99867');
    await page.locator('#offer-sessions-0-capacity').fill('12');
    await page.locator('#offer-sessions-0-freePlaces').fill('15');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();

    // More free places than places: the api says so, in German, at that very field.
    const summary = page.locator('.kp-error-summary');
    await summary.waitFor({ timeout: 10_000 });
    const link = summary.locator('a[href="#offer-sessions-0-freePlaces"]');
    expect(await link.count()).toBe(1);
    const message = await text(link);
    expect(message).toMatch(/Plätze/);
    expect(await page.locator('#offer-sessions-0-freePlaces').getAttribute('aria-invalid')).toBe('true');
    expect(await text(page.locator('#offer-sessions-0-freePlaces-error'))).toBe(`Fehler: ${message}`);
    await expectEventually(async () => (await page.evaluate(() => document.activeElement?.classList.contains('kp-error-summary'))) ?? false, true);
    await expectAccessible(page, 'offer-editor-fehler');
    await link.click();
    await expectEventually(() => focusedId(page), 'offer-sessions-0-freePlaces');
    await page.locator('#offer-sessions-0-freePlaces').fill('8');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();

    await page.waitForURL(/\/arbeitsbereich\/angebote\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    offerId = page.url().split('/').pop() ?? '';
    await expectEventually(() => h1(page), 'Angebot bearbeiten');
    await expectEventually(() => text(page.locator('#offer-result')), `„${TITLE}“ ist als Entwurf gespeichert.`);
    expect(await text(page.locator('.editor__status'))).toBe('Status: Entwurf');
    expect(await page.locator('#offer-modules-0-title').inputValue()).toBe('Grundlagen');
    expect(await page.locator('#offer-sessions-0-startsAt-time').inputValue()).toBe('09:00');

    await page.getByRole('button', { name: 'Vorschau' }).click();
    await expectEventually(() => focusedId(page), 'offer-preview-heading');
    const preview = page.locator('.editor__preview');
    const shown = await text(preview);
    expect(shown).toContain(TITLE);
    expect(shown).toContain('In Einfacher Sprache Sie lernen, wie Beratung geht.');
    expect(shown).toContain('Modul 1: Grundlagen');
    expect(shown).toContain('Modul 2: Vertiefung');
    expect(shown).toContain('Durchgeführt von Kulturzentrum Gotha');
    expect(shown).toContain('Termin von Modul 2: Vertiefung');
    expect(shown).toMatch(/Dienstag, 2\. März 2027.*09:00.*16:30/);
    expect(shown).toContain('120 € (kostenlos für Ehrenamtliche)');
    expect(shown).toContain('8 von 12 Plätzen frei');
    await expectAccessible(page, 'offer-editor-vorschau');

    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await expectEventually(() => text(page.locator('#offer-result')), `„${TITLE}“ ist zur Prüfung eingereicht.`, 10_000);
    expect(await text(page.locator('.editor__status'))).toBe('Status: Zur Prüfung eingereicht');
    expect(await page.locator('#offer-title').isDisabled()).toBe(true);
    await expectAccessible(page, 'offer-editor-eingereicht');
  }, 180_000);

  it('the umbrella’s editor approves it in the review queue; it appears in public search', async () => {
    const page = reviewer.page;
    await open(page, '/arbeitsbereich/angebote', 'Ihre Angebote');
    await page.getByRole('link', { name: 'Prüfung', exact: true }).click();
    await expectEventually(() => h1(page), 'Prüfung');
    await page.locator('main tbody tr').first().waitFor();
    expect(await text(page.locator('main tbody tr').first())).toMatch(new RegExp(`^${TITLE} ?, Qualifizierungsreihe Bildungswerk Gotha e\\. V\\. .+ 02\\.03\\.2027, 09:00$`));
    await expectAccessible(page, 'review-queue');

    await page.getByRole('link', { name: TITLE }).click();
    await expectEventually(() => h1(page), 'Einreichung prüfen');
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'));
    expect(await text(page.locator('.review__preview'))).toContain('Modul 2: Vertiefung');
    await expectAccessible(page, 'review-item');
    expect(await searchFinds(TITLE)).toBe(false);

    await page.getByRole('button', { name: 'Freigeben' }).click();
    await page.waitForURL(`${stack.portal.url}/arbeitsbereich/pruefung`);
    await expectEventually(() => text(page.locator('main .kp-notice--success')), `„${TITLE}“ von Bildungswerk Gotha e. V. ist freigegeben und veröffentlicht.`);
    await expectEventually(() => focusedId(page).then(() => page.evaluate(() => document.activeElement?.classList.contains('kp-notice--success') ?? false)), true);
    await expectEventually(() => text(page.locator('main .kp-empty-state h2')), 'Keine Einreichungen');
    await expectAccessible(page, 'review-queue-leer');

    // Indexing runs through the outbox relay in the worker (every second). The search page's
    // requests still open when the test moves on are cancelled by the browser.
    reviewer.allow(/^request failed: \S+\/api\/v1\/\S* net::ERR_ABORTED/);
    await expectEventually(() => searchFinds(TITLE), true, 10_000);
    await page.goto(`${stack.portal.url}/angebote?q=${encodeURIComponent(TITLE)}`);
    await expectEventually(async () => (await page.locator('main#main').innerText()).includes(TITLE), true, 10_000);

    const mine = provider.page;
    await open(mine, `/arbeitsbereich/angebote/${offerId}`, 'Angebot bearbeiten');
    expect(await text(mine.locator('.editor__status'))).toBe('Status: Veröffentlicht · Öffentliche Seite ansehen');
  }, 120_000);

  it('a returned submission shows the reviewer’s comment to the provider', async () => {
    const draft = await providerApi.expect(201, 'POST', `/tenants/${member.id}/offers`, {
      kind: 'course',
      title: 'Asylrecht für Ehrenamtliche',
      abstract: 'Ein Abend mit Fallbeispielen.',
      topics: ['asylum-law'],
      audiences: ['volunteers'],
      sessions: [{ startsAt: '2027-04-14T18:00', endsAt: '2027-04-14T20:00', mode: 'online', onlineUrl: 'https://meet.example/asyl' }],
    });
    const submitted = await providerApi.expect(200, 'POST', `/tenants/${member.id}/offers/${draft.id}/submit`);
    expect(submitted.status).toBe('submitted');

    const page = reviewer.page;
    await open(page, `/arbeitsbereich/pruefung`, 'Prüfung');
    await page.getByRole('link', { name: 'Asylrecht für Ehrenamtliche' }).click();
    await expectEventually(() => h1(page), 'Einreichung prüfen');
    await page.getByRole('button', { name: 'Zurückgeben' }).click();
    await page.locator('.kp-error-summary').waitFor();
    expect(await page.locator('#review-comment').getAttribute('aria-invalid')).toBe('true');
    expect(await text(page.locator('#review-comment-error'))).toBe('Fehler: Bitte schreiben Sie, was geändert werden soll.');
    await expectAccessible(page, 'review-item-fehler');
    await page.locator('#review-comment').fill('Bitte ergänzen Sie, ob eine Anmeldung nötig ist.');
    await page.getByRole('button', { name: 'Zurückgeben' }).click();
    await page.waitForURL(`${stack.portal.url}/arbeitsbereich/pruefung`);
    await expectEventually(() => text(page.locator('main .kp-notice--success')), '„Asylrecht für Ehrenamtliche“ ist an Bildungswerk Gotha e. V. zurückgegeben.');

    const mine = provider.page;
    await open(mine, '/arbeitsbereich/angebote', 'Ihre Angebote');
    await mine.getByRole('link', { name: '„Asylrecht für Ehrenamtliche“ bearbeiten' }).click();
    await expectEventually(() => h1(mine), 'Angebot bearbeiten');
    await mine.locator('#offer-review-comment').waitFor();
    expect(await text(mine.locator('.editor__comment'))).toBe(
      'Zurückgegeben: Rückmeldung der Prüfstelle Bitte ergänzen Sie, ob eine Anmeldung nötig ist. Bitte überarbeiten Sie das Angebot und reichen Sie es dann erneut ein.',
    );
    expect(await text(mine.locator('.editor__status'))).toBe('Status: Entwurf');
    await expectAccessible(mine, 'offer-editor-zurueckgegeben');
  }, 120_000);

  it('the admin of another organisation cannot open this organisation’s profile editor', async () => {
    const outsider = await login(STRANGER, SEED_PASSWORD);
    const page = outsider.page;
    await open(page, `/verwaltung/${member.id}/profil`, 'Kein Zugriff');
    expect(await text(page.locator('main .kp-empty-state p'))).toBe('Diese Organisation gibt es nicht, oder Sie gehören ihr nicht an.');
    expect(await page.locator('form').count()).toBe(0);
    await expectAccessible(page, 'profile-editor-kein-zugriff');
    // Its own profile editor works.
    await open(page, `/verwaltung/${stranger.id}/profil`, 'Profil der Organisation');
    expect(await page.getByRole('button', { name: 'Profil speichern' }).count()).toBe(1);
    expect(outsider.takeUnexpected()).toEqual([]);
  }, 60_000);
});
