import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { axeViolations, expectEventually, launchChromium, screenshot } from './support';
import { type PortalStack, WatchedPage, apiAnswer, linkIn, startPortalStack } from './tenancy-stack';

/**
 * Accounts, organisations, members, invitations and legal pages in Chromium against the real
 * api, worker, PostgreSQL, Redis and SMTP sink (see tenancy-stack.ts). The tests build on each
 * other in file order, like the people in them: Dana signs up and creates an organisation, invites
 * Kim, who accepts in English; roles change, the last owner is protected, legal pages are
 * published, passwords reset, sessions ended everywhere; then every page is checked with axe in
 * both languages.
 */
describe('tenancy in Chromium (production build, real api, worker and mail)', () => {
  let stack: PortalStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const watched: WatchedPage[] = [];

  const DANA = { name: 'Dana Müller', email: 'dana@verein.example', password: 'Grenzenlos-2026-Passwort', newPassword: 'Neues-Passwort-fuer-Dana-7' };
  const KIM = { name: 'Kim Weber', email: 'kim@example.org', password: 'Kim-sicheres-Passwort-1' };
  const ORG = { name: 'Café Grenzenlos e. V.', slug: 'cafe-grenzenlos-e-v' };
  let tenantId = '';
  let dana: WatchedPage;
  let kim: WatchedPage;

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchChromium();
    dana = await person('de');
    kim = await person('en');
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  afterEach(() => {
    for (const page of watched) expect(page.takeUnexpected()).toEqual([]);
  });

  /** A person with their own browser (cookies, storage), in German or English. */
  async function person(language: 'de' | 'en', width = 1280): Promise<WatchedPage> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: language === 'de' ? 'de-DE' : 'en-GB' });
    contexts.push(context);
    const page = await WatchedPage.open(context);
    watched.push(page);
    if (language === 'en') {
      await page.page.goto(`${stack.portal.url}/?lang=en`);
      await page.page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    return page;
  }

  const h1 = (page: Page) => page.locator('main#main h1').first().innerText();

  async function open(page: Page, path: string, heading?: string) {
    await page.goto(stack.portal.url + path);
    await page.waitForFunction(() => !!document.querySelector('main#main h1')?.textContent?.trim());
    if (heading) await expectEventually(() => h1(page), heading);
  }

  async function expectAccessible(page: Page, name?: string) {
    expect(await axeViolations(page)).toBe('');
    if (name) await screenshot(page, name);
  }

  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  const status = (page: Page) => page.locator('main [role="status"]').allInnerTexts().then((texts) => texts.join(' ').replace(/\s+/g, ' ').trim());
  const toggle = (page: Page, prefix: RegExp) => page.locator('header .disclosure__toggle', { hasText: prefix });

  async function waitForText(locator: Locator, text: string | RegExp) {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
  }

  it('signs up, verifies the address from the mail, logs in and creates an organisation', async () => {
    const page = dana.page;
    await open(page, '/registrieren', 'Registrieren');
    await expectAccessible(page, 'tenancy-registrieren');

    // Empty submit: the error summary gets focus and links to the fields.
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.locator('.kp-error-summary').waitFor();
    await expectEventually(() => page.evaluate(() => document.activeElement?.classList.contains('kp-error-summary')), true);
    expect(await page.locator('.kp-error-summary a').allInnerTexts()).toEqual([
      'Bitte füllen Sie dieses Feld aus.',
      'Bitte eine gültige E-Mail-Adresse angeben',
      'Das Passwort muss mindestens 10 Zeichen lang sein',
    ]);
    expect(await page.locator('#sign-up-password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sign-up-password').getAttribute('aria-describedby')).toBe('sign-up-password-hint sign-up-password-error');
    await expectAccessible(page, 'tenancy-registrieren-fehler');
    await page.locator('.kp-error-summary a').nth(1).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-up-email');

    await page.getByLabel('Name', { exact: true }).fill(DANA.name);
    await page.getByLabel('E-Mail-Adresse').fill(DANA.email);
    await page.getByLabel('Passwort', { exact: true }).fill(DANA.password);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expectEventually(() => h1(page), 'Bitte bestätigen Sie Ihre E-Mail-Adresse');
    await expectEventually(() => focusedText(page), 'Bitte bestätigen Sie Ihre E-Mail-Adresse');
    await expectAccessible(page, 'tenancy-registrieren-gesendet');

    const mail = await stack.mailTo(DANA.email, /bestätigen/);
    const verifyLink = linkIn(mail, '/e-mail-bestaetigen?token=');
    await page.goto(verifyLink);
    await waitForText(page.locator('main [role="status"]'), 'Ihre E-Mail-Adresse ist bestätigt');
    await expectAccessible(page, 'tenancy-e-mail-bestaetigt');
    await page.getByRole('link', { name: 'Jetzt anmelden' }).click();
    await expectEventually(() => h1(page), 'Anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(DANA.email);
    await page.getByLabel('Passwort').fill(DANA.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(`${stack.portal.url}/konto`);
    await expectEventually(() => h1(page), 'Mein Konto');
    await toggle(page, /Konto:/).waitFor();
    expect((await toggle(page, /Konto:/).innerText()).replace(/\s+/g, ' ').trim()).toBe(`Konto: ${DANA.name}`);
    expect(await page.locator('main .kp-empty-state h3').innerText()).toBe('Sie gehören noch keiner Organisation an');
    await expectAccessible(page, 'tenancy-konto-leer');

    await page.getByRole('link', { name: 'Organisation anlegen' }).first().click();
    await expectEventually(() => h1(page), 'Organisation anlegen');
    await page.getByLabel('Name der Organisation').pressSequentially(ORG.name, { delay: 5 });
    await expectEventually(() => page.getByLabel('Kurzname für die Adresse').inputValue(), ORG.slug);
    expect(await page.locator('#tenant-slug-hint').innerText()).toContain(`/o/${ORG.slug}`);
    await page.getByLabel('Art der Organisation').selectOption({ label: 'Initiative oder Verein' });
    await expectAccessible(page, 'tenancy-organisation-anlegen');
    await page.getByRole('button', { name: 'Organisation anlegen' }).click();
    await page.waitForURL(/\/verwaltung\/[0-9a-f-]{36}\/mitglieder\?neu=1$/);
    tenantId = /verwaltung\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    await expectEventually(() => h1(page), 'Mitglieder und Einladungen');
    await waitForText(page.locator('main .kp-notice--success'), `${ORG.name} ist angelegt.`);
    await page.locator('main tbody tr').first().waitFor();
    expect(await page.locator('main tbody tr').first().innerText()).toContain('Inhaber*in');
    await expectAccessible(page, 'tenancy-mitglieder-neu');

    // The organisation switcher, by keyboard: the choice is explicit and then shown on the button.
    const switcher = toggle(page, /Organisation:/);
    expect((await switcher.innerText()).replace(/\s+/g, ' ').trim()).toBe('Organisation: keine gewählt');
    await switcher.focus();
    await page.keyboard.press('Enter');
    await expectEventually(() => switcher.getAttribute('aria-expanded'), 'true');
    await expectAccessible(page, 'tenancy-header-organisation-offen');
    const choice = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/session/active-tenant') && r.request().method() === 'PUT');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(`${ORG.name}, Inhaber*in`);
    await page.keyboard.press('Enter');
    expect((await choice).status()).toBe(200);
    await expectEventually(async () => (await switcher.innerText()).replace(/\s+/g, ' ').trim(), `Organisation: ${ORG.name}`);
    expect(await switcher.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('disclosure__toggle'))).toBe(true);
    await expectEventually(() => page.locator('header [role="status"]').innerText(), `Aktive Organisation: ${ORG.name}`);
    await switcher.press('Enter');
    await page.keyboard.press('Escape');
    await expectEventually(() => switcher.getAttribute('aria-expanded'), 'false');
  }, 120_000);

  it('invites Kim, who signs up in English from the mailed link and accepts', async () => {
    const owner = dana.page;
    await owner.locator('#invite-email').fill(KIM.email);
    await owner.locator('#invite-role').selectOption('editor');
    await owner.locator('#invite-language').selectOption('en');
    await owner.getByRole('button', { name: 'Einladung verschicken' }).click();
    await expectEventually(() => status(owner).then((text) => text.includes(`Die Einladung an ${KIM.email} ist verschickt.`)), true);
    await waitForText(owner.locator('main tbody tr'), KIM.email);
    expect(await owner.locator('main tbody tr', { hasText: KIM.email }).innerText()).toContain('Offen');
    await expectAccessible(owner, 'tenancy-einladung-verschickt');

    const invitationMail = await stack.mailTo(KIM.email, /Invitation/);
    const invitationLink = linkIn(invitationMail, '/einladung/');
    const invitationPath = new URL(invitationLink).pathname;

    const page = kim.page;
    await page.goto(invitationLink);
    await expectEventually(() => h1(page), 'Invitation');
    await waitForText(page.locator('main dl'), ORG.name);
    expect(await page.locator('main dl').innerText()).toContain('Editor');
    expect(await page.locator('main dl').innerText()).toContain(KIM.email);
    await expectAccessible(page, 'tenancy-einladung-en');
    const signUp = page.getByRole('link', { name: 'Sign up', exact: true }).last();
    expect(await signUp.getAttribute('href')).toBe(`/registrieren?returnUrl=${encodeURIComponent(invitationPath)}&email=${KIM.email}`);
    await signUp.click();
    await expectEventually(() => h1(page), 'Sign up');
    expect(await page.getByLabel('E-mail address').inputValue()).toBe(KIM.email);
    await page.getByLabel('Name', { exact: true }).fill(KIM.name);
    await page.getByLabel('Password', { exact: true }).fill(KIM.password);
    await page.getByLabel('English').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectEventually(() => h1(page), 'Please confirm your e-mail address');

    const verifyMail = await stack.mailTo(KIM.email, /confirm/);
    await page.goto(linkIn(verifyMail, '/e-mail-bestaetigen?token='));
    await waitForText(page.locator('main [role="status"]'), 'Your e-mail address is confirmed');
    const login = page.getByRole('link', { name: 'Log in now' });
    expect(await login.getAttribute('href')).toBe(`/anmelden?returnUrl=${encodeURIComponent(invitationPath)}`);
    await login.click();
    await expectEventually(() => h1(page), 'Log in');
    await page.getByLabel('E-mail address').fill(KIM.email);
    await page.getByLabel('Password').fill(KIM.password);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.waitForURL(stack.portal.url + invitationPath);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.waitForURL(`${stack.portal.url}/verwaltung/${tenantId}/mitglieder?willkommen=1`);
    await waitForText(page.locator('main .kp-notice--success'), `Welcome to ${ORG.name}!`);
    // The api makes the accepted organisation the active one; the header shows it.
    await expectEventually(async () => (await toggle(page, /Organisation:/).innerText()).replace(/\s+/g, ' ').trim(), `Organisation: ${ORG.name}`);
    await page.locator('main tbody tr', { hasText: KIM.email }).waitFor();
    await expectAccessible(page, 'tenancy-mitglieder-en');
  }, 120_000);

  it('lets the owner change Kim’s role and shows the api’s refusal to demote the last owner', async () => {
    const page = dana.page;
    await open(page, `/verwaltung/${tenantId}/mitglieder`, 'Mitglieder und Einladungen');
    await page.getByLabel(`Rolle von ${KIM.name}`, { exact: true }).selectOption('admin');
    await page.getByRole('button', { name: `Rolle von ${KIM.name} ändern` }).click();
    await expectEventually(() => status(page).then((text) => text.includes(`${KIM.name} hat jetzt die Rolle Administrator*in.`)), true);

    dana.allow(...apiAnswer(409, /\/members\//));
    await page.getByLabel(`Rolle von ${DANA.name}`, { exact: true }).selectOption('admin');
    const refused = page.waitForResponse((r) => r.url().includes(`/members/`) && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: `Rolle von ${DANA.name} ändern` }).click();
    expect((await refused).status()).toBe(409);
    const summary = page.locator('.kp-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Die Organisation braucht mindestens eine*n Inhaber*in.');
    await expectEventually(() => page.evaluate(() => document.activeElement?.classList.contains('kp-error-summary')), true);
    await expectAccessible(page, 'tenancy-letzte-inhaberin');

    // Leaving is refused the same way.
    await page.getByRole('button', { name: 'Organisation verlassen' }).click();
    await expectEventually(() => focusedText(page), `${ORG.name} wirklich verlassen?`);
    const leaving = page.waitForResponse((r) => r.url().includes(`/members/`) && r.request().method() === 'DELETE');
    await page.locator('.kp-button--danger', { hasText: 'Organisation verlassen' }).click();
    expect((await leaving).status()).toBe(409);
    await expectEventually(() => summary.innerText().then((text) => text.includes('mindestens eine*n Inhaber*in')), true);
    expect(page.url()).toContain(`/verwaltung/${tenantId}/mitglieder`);
  }, 60_000);

  it('publishes the legal pages; the public organisation pages show them, as text', async () => {
    const page = dana.page;
    // Not filled in yet: the editor's GET answers 404.
    dana.allow(...apiAnswer(404, /\/legal\//));
    await open(page, `/verwaltung/${tenantId}/rechtliches`, 'Rechtliche Angaben');
    await waitForText(page.locator('main .kp-notice'), 'noch nicht ausgefüllt');
    await expectAccessible(page, 'tenancy-rechtliches-impressum');
    await page.getByLabel('Name der Organisation').fill(ORG.name);
    await page.getByLabel('Rechtsform').fill('eingetragener Verein');
    await page.getByLabel('Straße und Hausnummer').fill('Marktstraße 5');
    await page.getByLabel('Postleitzahl').fill('9986');
    await page.getByLabel('Ort', { exact: true }).fill('Gotha');
    await page.getByLabel('Vertretungsberechtigte Personen').fill(`Vorstand:\n${DANA.name}\n${KIM.name}`);
    await page.getByLabel('E-Mail-Adresse').first().fill('info@grenzenlos.example');
    await page.locator('#imprint-responsibleForContent-name').fill(DANA.name);
    await page.locator('#imprint-responsibleForContent-address').fill('Marktstraße 5, 99867 Gotha');
    await page.getByLabel('Weitere Angaben').fill('<b>Kein HTML</b>');
    await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
    // Checked in the browser with the contracts' schema before anything is sent.
    await waitForText(page.locator('.kp-error-summary a'), 'PLZ: genau 5 Ziffern');
    expect(await page.locator('#imprint-address-postalCode').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'tenancy-rechtliches-fehler');
    await page.getByLabel('Postleitzahl').fill('99867');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/tenants/${tenantId}/legal/imprint`) && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
    expect((await saved).status()).toBe(200);
    await waitForText(page.locator('.legal-form__saved'), 'Gespeichert und veröffentlicht.');

    await page.locator('main nav a', { hasText: 'Barrierefreiheit' }).click();
    await expectEventually(() => page.locator('main h2').first().innerText(), 'Barrierefreiheit');
    await page.getByLabel('teilweise vereinbar').check();
    await page.getByLabel('Nicht barrierefreie Inhalte').fill('Ältere PDF-Dokumente sind nicht barrierefrei.');
    await page.locator('#accessibility-feedbackContact-email').fill('barrieren@grenzenlos.example');
    await page.getByLabel('Durchsetzungsverfahren').fill('Schlichtungsstelle BGG\nMauerstraße 53, 10117 Berlin');
    await expectAccessible(page, 'tenancy-rechtliches-barrierefreiheit');
    await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
    await waitForText(page.locator('.legal-form__saved'), 'Gespeichert und veröffentlicht.');

    await page.locator('main nav a', { hasText: 'Datenschutz' }).click();
    await expectEventually(() => page.locator('main h2').first().innerText(), 'Datenschutz');
    await expectAccessible(page, 'tenancy-rechtliches-datenschutz');

    // Public pages, seen by a visitor without an account.
    const visitor = await person('de');
    await open(visitor.page, `/o/${ORG.slug}`, ORG.name);
    expect(await visitor.page.locator('main dl').innerText()).toContain('Initiative oder Verein');
    const legalLinks = visitor.page.locator('main footer nav a');
    expect(await legalLinks.allInnerTexts()).toEqual(['Impressum', 'Barrierefreiheit']);
    await expectAccessible(visitor.page, 'tenancy-oeffentlich-organisation');
    await legalLinks.first().click();
    await expectEventually(() => h1(visitor.page), 'Impressum');
    await waitForText(visitor.page.locator('main strong'), ORG.name);
    const representatives = visitor.page.locator('main .kp-pre-line').first();
    expect(await representatives.innerText()).toBe(`Vorstand:\n${DANA.name}\n${KIM.name}`);
    expect(await representatives.evaluate((p) => getComputedStyle(p).whiteSpace)).toBe('pre-line');
    expect(await visitor.page.locator('main').innerText()).toContain('<b>Kein HTML</b>');
    expect(await visitor.page.locator('main b').count()).toBe(0);
    expect(await visitor.page.locator('main footer a[aria-current="page"]').innerText()).toBe('Impressum');
    await expectAccessible(visitor.page, 'tenancy-oeffentlich-impressum');

    visitor.allow(...apiAnswer(404, /\/legal\/privacy/));
    await open(visitor.page, `/o/${ORG.slug}/datenschutz`, 'Datenschutz');
    await waitForText(visitor.page.locator('main .kp-empty-state'), 'Diese Organisation hat diese Angaben noch nicht hinterlegt.');
    await expectAccessible(visitor.page, 'tenancy-oeffentlich-datenschutz-leer');
    await open(visitor.page, `/o/${ORG.slug}/barrierefreiheit`, 'Barrierefreiheit');
    await waitForText(visitor.page.locator('main'), 'teilweise vereinbar');
  }, 120_000);

  it('shows the audit log to the owner, newest first', async () => {
    const page = dana.page;
    await open(page, `/verwaltung/${tenantId}/protokoll`, 'Protokoll');
    await page.locator('main tbody tr').first().waitFor();
    const actions = await page.locator('main tbody td:nth-child(3)').allInnerTexts();
    expect(actions.join('\n')).toMatch(/Rechtliche Angaben geändert[\s\S]*Rolle geändert[\s\S]*Einladung angenommen[\s\S]*Einladung verschickt[\s\S]*Organisation angelegt/);
    await expectAccessible(page, 'tenancy-protokoll');
  }, 60_000);

  it('resets a forgotten password from the mailed link, which ends every session', async () => {
    const stranger = await person('de');
    await open(stranger.page, '/anmelden', 'Anmelden');
    await stranger.page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expectEventually(() => h1(stranger.page), 'Passwort vergessen');
    await stranger.page.getByLabel('E-Mail-Adresse').fill(DANA.email);
    await stranger.page.getByRole('button', { name: 'Link anfordern' }).click();
    await waitForText(stranger.page.locator('main .kp-notice--success'), 'Der Link ist eine Stunde gültig.');
    await expectAccessible(stranger.page, 'tenancy-passwort-vergessen');

    const mail = await stack.mailTo(DANA.email, /Neues Passwort/);
    await stranger.page.goto(linkIn(mail, '/passwort-neu?token='));
    await expectEventually(() => h1(stranger.page), 'Neues Passwort festlegen');
    await expectAccessible(stranger.page, 'tenancy-passwort-neu');
    await stranger.page.getByLabel('Neues Passwort').fill(DANA.newPassword);
    await stranger.page.getByRole('button', { name: 'Passwort speichern' }).click();
    await waitForText(stranger.page.locator('main .kp-notice--success'), 'Ihr neues Passwort ist gespeichert.');

    // Dana's other browser was logged out by the reset: the next call answers 401 → login page.
    dana.allow(...apiAnswer(401, /\/api\/v1\//));
    await dana.page.goto(`${stack.portal.url}/konto`);
    await dana.page.waitForURL(`${stack.portal.url}/anmelden?returnUrl=%2Fkonto`);
    await dana.page.getByLabel('E-Mail-Adresse').fill(DANA.email);
    await dana.page.getByLabel('Passwort').fill(DANA.newPassword);
    await dana.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await dana.page.waitForURL(`${stack.portal.url}/konto`);
    await expectEventually(() => dana.page.locator('main tbody tr').first().innerText().then((row) => row.includes(ORG.name)), true);
  }, 120_000);

  it('logs out on all devices', async () => {
    const otherDevice = await person('en');
    await open(otherDevice.page, '/anmelden', 'Log in');
    await otherDevice.page.getByLabel('E-mail address').fill(KIM.email);
    await otherDevice.page.getByLabel('Password').fill(KIM.password);
    await otherDevice.page.getByRole('button', { name: 'Log in', exact: true }).click();
    await otherDevice.page.waitForURL(`${stack.portal.url}/konto`);

    const page = kim.page;
    await open(page, '/konto', 'My account');
    await page.getByRole('button', { name: 'Log out on all devices' }).click();
    await expectEventually(() => focusedText(page), 'Really log out on all devices? You will have to log in again everywhere.');
    await expectAccessible(page, 'tenancy-account-logout-confirm-en');
    await page.getByRole('button', { name: 'Yes, log out everywhere' }).click();
    await page.waitForURL(`${stack.portal.url}/anmelden?hinweis=ueberall`);
    await waitForText(page.locator('main .kp-notice'), 'You have been logged out on all devices.');
    await expectEventually(() => page.locator('header .header__actions a').first().innerText(), 'Log in');

    otherDevice.allow(...apiAnswer(401, /\/api\/v1\/auth\/session/));
    await otherDevice.page.goto(`${stack.portal.url}/konto`);
    await otherDevice.page.waitForURL(`${stack.portal.url}/anmelden?returnUrl=%2Fkonto`);
  }, 60_000);

  it('explains refused logins: wrong password (401), unverified address (403, resend), locked (429 with the wait)', async () => {
    const visitor = await person('de');
    const page = visitor.page;
    const login = async (email: string, password: string) => {
      await page.getByLabel('E-Mail-Adresse').fill(email);
      await page.getByLabel('Passwort').fill(password);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
      return (await answer).status();
    };
    await open(page, '/anmelden', 'Anmelden');
    visitor.allow(...apiAnswer(401, /\/auth\/login/), ...apiAnswer(403, /\/auth\/login/), ...apiAnswer(429, /\/auth\/login/));

    expect(await login(DANA.email, 'ganz-falsches-Passwort')).toBe(401);
    await waitForText(page.locator('.kp-error-summary'), 'E-Mail-Adresse oder Passwort ist falsch.');
    await expectAccessible(page, 'tenancy-anmelden-401');

    // An account that never confirmed its address.
    const signUp = await fetch(`${stack.portal.url}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'noch-offen@example.org', password: 'Noch-nicht-bestaetigt-1', displayName: 'Sam Offen' }),
    });
    expect(signUp.status).toBe(202);
    await stack.mailTo('noch-offen@example.org', /bestätigen/);
    expect(await login('noch-offen@example.org', 'Noch-nicht-bestaetigt-1')).toBe(403);
    await waitForText(page.locator('.kp-error-summary'), 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse');
    await page.getByRole('button', { name: 'Bestätigungs-E-Mail erneut senden' }).click();
    await waitForText(page.locator('main [role="status"]'), 'Wenn die Angaben stimmen');
    await stack.mailTo('noch-offen@example.org', /bestätigen/);
    await expectAccessible(page, 'tenancy-anmelden-403');

    // Five wrong passwords lock the address; the page says when to try again.
    let status = 0;
    for (let attempt = 0; attempt < 6 && status !== 429; attempt++) status = await login(KIM.email, `falsch-${attempt}-falsch`);
    expect(status).toBe(429);
    await waitForText(page.locator('.kp-error-summary'), /Zu viele Versuche\. Bitte versuchen Sie es in \d+ Minuten erneut\./);
    await expectAccessible(page, 'tenancy-anmelden-429');
  }, 120_000);

  describe('every page, in German and English, without axe violations', () => {
    let invitationPath = '';

    beforeAll(async () => {
      // A pending invitation to look at, and the platform's imprint (the other two stay empty).
      await open(dana.page, `/verwaltung/${tenantId}/mitglieder`, 'Mitglieder und Einladungen');
      await dana.page.locator('#invite-email').fill('alex@example.org');
      await dana.page.getByRole('button', { name: 'Einladung verschicken' }).click();
      invitationPath = new URL(linkIn(await stack.mailTo('alex@example.org', /Einladung/), '/einladung/')).pathname;
      await stack.sql(`INSERT INTO legal_page (tenant_id, page, content) VALUES (NULL, 'imprint', $1)`, [
        JSON.stringify({
          organisationName: 'Knotenpunkt gGmbH',
          address: { street: 'Beispielweg 1', postalCode: '10115', city: 'Berlin', country: 'Deutschland' },
          representatives: 'Geschäftsführung: Jo Beispiel',
          email: 'kontakt@knotenpunkt.example',
          responsibleForContent: { name: 'Jo Beispiel', address: 'Beispielweg 1, 10115 Berlin' },
        }),
      ]);
    }, 60_000);

    const anonymous = () => [
      { path: '/registrieren', de: 'Registrieren', en: 'Sign up' },
      { path: '/anmelden', de: 'Anmelden', en: 'Log in' },
      { path: '/passwort-vergessen', de: 'Passwort vergessen', en: 'Forgot password' },
      { path: '/passwort-neu?token=kaputt', de: 'Neues Passwort festlegen', en: 'Set a new password' },
      { path: '/e-mail-bestaetigen?token=kaputt', de: 'E-Mail-Adresse bestätigen', en: 'Confirm your e-mail address' },
      { path: invitationPath, de: 'Einladung', en: 'Invitation' },
      { path: `/o/${ORG.slug}`, de: ORG.name, en: ORG.name },
      { path: `/o/${ORG.slug}/impressum`, de: 'Impressum', en: 'Legal notice' },
      { path: `/o/${ORG.slug}/datenschutz`, de: 'Datenschutz', en: 'Privacy', missing: /\/legal\/privacy/ },
      { path: `/o/${ORG.slug}/barrierefreiheit`, de: 'Barrierefreiheit', en: 'Accessibility' },
      // The server-rendered page itself is a 404 too (both the api call and the document are allowed).
      { path: '/o/gibt-es-nicht', de: 'Organisation nicht gefunden', en: 'Organisation not found', missing: /\/(?:by-slug|o)\/gibt-es-nicht/ },
      { path: '/impressum', de: 'Impressum', en: 'Legal notice' },
      { path: '/datenschutz', de: 'Datenschutz', en: 'Privacy', missing: /\/platform\/legal\/privacy/ },
      { path: '/barrierefreiheit', de: 'Barrierefreiheit', en: 'Accessibility', missing: /\/platform\/legal\/accessibility/ },
    ];
    const signedIn = () => [
      { path: '/konto', de: 'Mein Konto', en: 'My account' },
      { path: '/organisation-anlegen', de: 'Organisation anlegen', en: 'Create an organisation' },
      { path: `/verwaltung/${tenantId}/mitglieder`, de: 'Mitglieder und Einladungen', en: 'Members and invitations' },
      { path: `/verwaltung/${tenantId}/rechtliches?seite=impressum`, de: 'Rechtliche Angaben', en: 'Legal information' },
      { path: `/verwaltung/${tenantId}/rechtliches?seite=datenschutz`, de: 'Rechtliche Angaben', en: 'Legal information', missing: /\/legal\/privacy/ },
      { path: `/verwaltung/${tenantId}/rechtliches?seite=barrierefreiheit`, de: 'Rechtliche Angaben', en: 'Legal information' },
      { path: `/verwaltung/${tenantId}/protokoll`, de: 'Protokoll', en: 'Audit log' },
    ];

    async function checkAll(visitor: WatchedPage, list: { path: string; de: string; en: string; missing?: RegExp }[], width: number) {
      for (const language of ['de', 'en'] as const) {
        for (const { path, missing, ...headings } of list) {
          if (missing) visitor.allow(...apiAnswer(404, missing));
          await open(visitor.page, `${path}${path.includes('?') ? '&' : '?'}lang=${language}`);
          await expectEventually(() => h1(visitor.page), headings[language]);
          await expectEventually(() => visitor.page.locator('html').getAttribute('lang'), language);
          // Loading states end before the scan (no half-rendered pages).
          await visitor.page.waitForFunction(() => !document.querySelector('main .kp-loading'), undefined, { timeout: 10_000 });
          const name = `tenancy-${language}-${width}${path.replace(/\?.*$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/-[0-9a-f-]{36}/, '').replace(/-[A-Za-z0-9_-]{43}$/, '')}`;
          expect({ path, language, violations: await axeViolations(visitor.page) }).toEqual({ path, language, violations: '' });
          await screenshot(visitor.page, name);
          if (width <= 375) {
            expect({ path, scrollWidth: await visitor.page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, scrollWidth: width });
          }
        }
      }
    }

    it('pages for visitors (desktop)', async () => {
      const visitor = await person('de');
      visitor.allow(...apiAnswer(404, /\/api\/v1\//));
      await checkAll(visitor, anonymous(), 1280);
    }, 180_000);

    it('pages for visitors (375 px)', async () => {
      const visitor = await person('de', 375);
      visitor.allow(...apiAnswer(404, /\/api\/v1\//));
      await checkAll(visitor, anonymous(), 375);
    }, 180_000);

    it('pages for members (desktop and 375 px), with the header menus open', async () => {
      dana.allow(...apiAnswer(404, /\/api\/v1\//));
      await checkAll(dana, signedIn(), 1280);
      const small = await person('de', 375);
      small.allow(...apiAnswer(404, /\/api\/v1\//));
      await open(small.page, '/anmelden', 'Anmelden');
      await small.page.getByLabel('E-Mail-Adresse').fill(DANA.email);
      await small.page.getByLabel('Passwort').fill(DANA.newPassword);
      await small.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
      await small.page.waitForURL(`${stack.portal.url}/konto`);
      await checkAll(small, signedIn(), 375);

      for (const prefix of [/Organisation:/, /Konto:|Account:/]) {
        await open(small.page, '/konto?lang=de', 'Mein Konto');
        await toggle(small.page, prefix).click();
        await expectEventually(() => toggle(small.page, prefix).getAttribute('aria-expanded'), 'true');
        await expectAccessible(small.page, `tenancy-375-header-${prefix.source.slice(0, 7).toLowerCase().replace(/[^a-z]/g, '')}`);
        const panel = small.page.locator(`#${await toggle(small.page, prefix).getAttribute('aria-controls')}`);
        const box = await panel.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
        await small.page.keyboard.press('Escape');
      }
    }, 240_000);
  });
});
