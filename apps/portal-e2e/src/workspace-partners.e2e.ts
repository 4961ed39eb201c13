import { type Browser, type BrowserContext, type Page } from 'playwright-core';

import { ApiClient } from './api-client';
import { expectEventually, launchChromium } from './support';
import { type PortalStack, SEED_PASSWORD, WatchedPage, apiAnswer, startPortalStack } from './tenancy-stack';
import { expectAccessible, focusedId, h1, text, workspacePages } from './workspace-pages';

/**
 * The partner organisations page of the provider workspace (`/arbeitsbereich/partner`) in
 * Chromium against the real api, worker, PostgreSQL and Redis (tenancy-stack.ts). An editor adds a
 * partner (an api field error first), adds a second one, changes the first, names it on an offer
 * in the offer editor's partner picker, cannot delete it then (the api's 409 inline) and deletes
 * the unused one. A viewer of the organisation gets the "Kein Zugang" page; the admin of another
 * organisation sees only their own (empty) list and the api refuses them this organisation's
 * partners. axe at 1280 and 375 px in German and English.
 */
describe('partner organisations in the workspace in Chromium (real api and worker)', () => {
  let stack: PortalStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const { open, login } = workspacePages({ stack: () => stack, browser: () => browser, contexts });
  let editor: WatchedPage;
  let member: { id: string; slug: string; name: string };
  let stranger: { id: string; slug: string; name: string };
  let editorApi: ApiClient;
  const EDITOR = 'redaktion@bildungswerk-gotha.example';
  const VIEWER = 'lesen@bildungswerk-gotha.example';
  const STRANGER = 'admin@nachbarschaftsverein.example';

  const rowOf = (page: Page, name: string) => page.locator('main tbody tr').filter({ hasText: name });

  beforeAll(async () => {
    stack = await startPortalStack();
    member = await stack.seedTenant('bildungswerk-gotha', { name: 'Bildungswerk Gotha e. V.', type: 'adult-education' });
    stranger = await stack.seedTenant('nachbarschaftsverein', { name: 'Nachbarschaftsverein Jena' });
    const writer = await stack.seedUser(EDITOR, 'Rena Redaktion');
    const reader = await stack.seedUser(VIEWER, 'Lu Lesen');
    const other = await stack.seedUser(STRANGER, 'Sami Fremd');
    await stack.addMember(member.id, writer.id, 'editor');
    await stack.addMember(member.id, reader.id, 'viewer');
    await stack.addMember(stranger.id, other.id, 'admin');
    editorApi = new ApiClient(stack.portal.url);
    await editorApi.login(EDITOR, writer.password);
    browser = await launchChromium();
    editor = await login(EDITOR, writer.password);
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    expect(editor.takeUnexpected()).toEqual([]);
  });

  it('an editor adds a partner (the api’s field error first), adds a second one and changes the first', async () => {
    const page = editor.page;
    editor.allow(...apiAnswer(400, /\/partners$/));
    await open(page, '/arbeitsbereich/angebote', 'Ihre Angebote');
    await page.getByRole('navigation', { name: /Arbeitsbereich von/ }).getByRole('link', { name: 'Partner', exact: true }).click();
    await page.waitForURL(`${stack.portal.url}/arbeitsbereich/partner`);
    await expectEventually(() => h1(page), 'Partnerorganisationen');
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'));
    await expectEventually(() => text(page.locator('main .kp-empty-state h3')), 'Noch keine Partnerorganisationen');
    expect(await page.locator('main a[aria-current="page"]').innerText()).toBe('Partner');
    await expectAccessible(page, 'partners-leer');

    await page.getByLabel('Name', { exact: true }).fill('Kulturzentrum Gotha');
    await page.getByLabel('Art der Organisation').selectOption('other');
    await page.getByLabel(/^E-Mail-Adresse/).fill('kein-mail');
    await page.getByRole('button', { name: 'Partnerorganisation anlegen' }).click();

    // No client-side format check: the api's message (German) lands on the e-mail field.
    const summary = page.locator('.kp-error-summary');
    await summary.waitFor({ timeout: 10_000 });
    await expectEventually(async () => (await page.evaluate(() => document.activeElement?.classList.contains('kp-error-summary'))) ?? false, true);
    const link = summary.locator('a[href="#partner-email"]');
    expect(await link.count()).toBe(1);
    const message = await text(link);
    expect(message).toMatch(/E-Mail/);
    expect(await page.locator('#partner-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#partner-email').getAttribute('aria-describedby')).toBe('partner-email-error');
    expect(await text(page.locator('#partner-email-error'))).toBe(`Fehler: ${message}`);
    await expectAccessible(page, 'partners-fehler');
    await link.click();
    await expectEventually(() => focusedId(page), 'partner-email');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('info@kulturzentrum-gotha.example');
    await page.keyboard.press('Enter');
    await expectEventually(() => text(page.locator('#partners-result')), '„Kulturzentrum Gotha“ ist angelegt.', 10_000);
    await expectEventually(() => focusedId(page), 'partners-result');
    expect(await page.locator('.kp-error-summary').count()).toBe(0);
    await expectEventually(() => text(rowOf(page, 'Kulturzentrum Gotha')), 'Kulturzentrum Gotha Sonstige Organisation keine Angabe info@kulturzentrum-gotha.example Bearbeiten Löschen');

    await page.getByLabel('Name', { exact: true }).fill('Sprachcafé Jena');
    await page.getByLabel('Art der Organisation').selectOption('initiative');
    await page.getByLabel(/^Website/).fill('https://sprachcafe-jena.example');
    await page.getByRole('button', { name: 'Partnerorganisation anlegen' }).click();
    await expectEventually(() => text(page.locator('#partners-result')), '„Sprachcafé Jena“ ist angelegt.', 10_000);
    await expectEventually(() => page.locator('main tbody tr').count(), 2);

    await page.getByRole('button', { name: '„Kulturzentrum Gotha“ bearbeiten' }).click();
    await expectEventually(() => focusedId(page), 'partner-form-title');
    expect(await text(page.locator('#partner-form-title'))).toBe('„Kulturzentrum Gotha“ bearbeiten');
    expect(await page.getByLabel(/^E-Mail-Adresse/).inputValue()).toBe('info@kulturzentrum-gotha.example');
    await page.getByLabel(/^Telefon/).fill('03621 123456');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expectEventually(() => text(page.locator('#partners-result')), 'Die Änderungen an „Kulturzentrum Gotha“ sind gespeichert.', 10_000);
    await expectEventually(async () => (await text(rowOf(page, 'Kulturzentrum Gotha'))).includes('03621 123456'), true);
    expect(await text(page.locator('#partner-form-title'))).toBe('Partnerorganisation anlegen');

    const saved = await editorApi.expect(200, 'GET', `/tenants/${member.id}/partners?q=kultur`);
    expect(saved.items).toMatchObject([{ name: 'Kulturzentrum Gotha', type: 'other', email: 'info@kulturzentrum-gotha.example', phone: '03621 123456', url: null }]);
  }, 120_000);

  it('passes axe at 1280 and 375 px in German and English', async () => {
    const page = editor.page;
    await open(page, '/arbeitsbereich/partner', 'Partnerorganisationen');
    await page.locator('main tbody tr').first().waitFor();
    await expectAccessible(page, 'partners');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'partners-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'English' }).click();
    await expectEventually(() => h1(page), 'Partner organisations');
    expect(await text(page.locator('#partner-form-title'))).toBe('Add a partner organisation');
    await expectAccessible(page, 'partners-en');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'partners-en-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expectEventually(() => h1(page), 'Partnerorganisationen');
  }, 90_000);

  it('the partner is chosen in the offer editor’s picker, which links to the partner page', async () => {
    const page = editor.page;
    await open(page, '/arbeitsbereich/angebote/neu', 'Neues Angebot');
    const manage = page.getByRole('link', { name: 'Partner verwalten' });
    expect(await manage.getAttribute('href')).toBe('/arbeitsbereich/partner');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'offer-editor-neu-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByLabel('Titel', { exact: true }).fill('Erzählcafé für Neuzugewanderte');
    await page.getByRole('button', { name: 'Partnerorganisation hinzufügen' }).click();
    await expectEventually(() => focusedId(page), 'offer-partners-0-partnerId');
    await page.locator('#offer-partners-0-partnerId').selectOption({ label: 'Kulturzentrum Gotha' });
    await page.locator('#offer-partners-0-role').fill('Kooperationspartner');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await page.waitForURL(/\/arbeitsbereich\/angebote\/[0-9a-f-]{36}$/, { timeout: 10_000 });
    await expectEventually(() => h1(page), 'Angebot bearbeiten');
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'));
    await expectEventually(async () => (await page.locator('#offer-partners-0-partnerId option:checked').innerText()).trim(), 'Kulturzentrum Gotha');

    await manage.click();
    await page.waitForURL(`${stack.portal.url}/arbeitsbereich/partner`);
    await expectEventually(() => h1(page), 'Partnerorganisationen');
    await rowOf(page, 'Kulturzentrum Gotha').waitFor();
  }, 90_000);

  it('a partner an offer names cannot be deleted (the api’s reason inline); an unused one can', async () => {
    const page = editor.page;
    editor.allow(...apiAnswer(409, /\/partners\/[0-9a-f-]{36}$/));
    await open(page, '/arbeitsbereich/partner', 'Partnerorganisationen');
    await rowOf(page, 'Kulturzentrum Gotha').waitFor();

    await page.getByRole('button', { name: '„Kulturzentrum Gotha“ löschen' }).click();
    await expectEventually(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''), '„Kulturzentrum Gotha“ wirklich löschen?');
    await page.getByRole('button', { name: 'Ja, löschen' }).click();
    const refusal = rowOf(page, 'Kulturzentrum Gotha').locator('.kp-field__error');
    await expectEventually(() => text(refusal), 'Fehler: Diese Partnerorganisation ist noch bei Angeboten eingetragen. Bitte dort zuerst entfernen.', 10_000);
    await expectEventually(() => page.evaluate(() => document.activeElement?.classList.contains('kp-field__error') ?? false), true);
    await expectAccessible(page, 'partners-loeschen-abgelehnt');
    await page.getByRole('button', { name: 'Schließen' }).click();
    await expectEventually(() => focusedId(page).then((id) => id.startsWith('partner-delete-')), true);

    await page.getByRole('button', { name: '„Sprachcafé Jena“ löschen' }).click();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.locator('main tbody tr').count()).toBe(2);
    await page.getByRole('button', { name: '„Sprachcafé Jena“ löschen' }).click();
    await page.getByRole('button', { name: 'Ja, löschen' }).click();
    await expectEventually(() => text(page.locator('#partners-result')), '„Sprachcafé Jena“ ist gelöscht.', 10_000);
    await expectEventually(() => page.locator('main tbody tr').count(), 1);
    expect(await text(page.locator('main tbody'))).toContain('Kulturzentrum Gotha');
  }, 90_000);

  it('a viewer gets no access; another organisation’s admin sees only their own partners and the api refuses them these', async () => {
    const reader = await login(VIEWER, SEED_PASSWORD);
    await reader.page.goto(`${stack.portal.url}/arbeitsbereich/partner`);
    await expectEventually(() => h1(reader.page), 'Kein Zugang zum Arbeitsbereich', 10_000);
    expect(await reader.page.locator('main form').count()).toBe(0);
    expect(reader.takeUnexpected()).toEqual([]);
    const readerApi = new ApiClient(stack.portal.url);
    await readerApi.login(VIEWER, SEED_PASSWORD);
    expect((await readerApi.request('POST', `/tenants/${member.id}/partners`, { name: 'Heimlich angelegt' })).status).toBe(403);

    const outsider = await login(STRANGER, SEED_PASSWORD);
    const page = outsider.page;
    await open(page, '/arbeitsbereich/partner', 'Partnerorganisationen');
    expect(await text(page.locator('main .kp-page__lead'))).toContain(stranger.name);
    await expectEventually(() => text(page.locator('main .kp-empty-state h3')), 'Noch keine Partnerorganisationen');
    expect(await text(page.locator('main#main'))).not.toContain('Kulturzentrum');
    expect(outsider.takeUnexpected()).toEqual([]);

    const strangerApi = new ApiClient(stack.portal.url);
    await strangerApi.login(STRANGER, SEED_PASSWORD);
    const [kultur] = (await editorApi.expect(200, 'GET', `/tenants/${member.id}/partners`)).items as { id: string }[];
    expect((await strangerApi.request('GET', `/tenants/${member.id}/partners`)).status).toBe(404);
    expect((await strangerApi.request('POST', `/tenants/${member.id}/partners`, { name: 'Fremd angelegt' })).status).toBe(404);
    expect((await strangerApi.request('PUT', `/tenants/${member.id}/partners/${kultur?.id}`, { name: 'Umbenannt' })).status).toBe(404);
    expect((await strangerApi.request('DELETE', `/tenants/${member.id}/partners/${kultur?.id}`)).status).toBe(404);
    // Nor through their own organisation: the partner is not theirs.
    expect((await strangerApi.request('PUT', `/tenants/${stranger.id}/partners/${kultur?.id}`, { name: 'Umbenannt' })).status).toBe(404);
    const unchanged = await editorApi.expect(200, 'GET', `/tenants/${member.id}/partners`);
    expect(unchanged.items.map((p: { name: string }) => p.name)).toEqual(['Kulturzentrum Gotha']);
  }, 90_000);
});
