import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { SCREENSHOT_DIR, axeViolations, expectEventually } from './support';
import { type PortalStack, WatchedPage } from './tenancy-stack';

const SHOTS = path.join(SCREENSHOT_DIR, 'screenshots');

export const text = (locator: Locator) => locator.innerText().then((t) => t.replace(/\s+/g, ' ').trim());
export const h1 = (page: Page) => page.locator('main#main h1').first().innerText();
export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** axe finds nothing on the page; a full-page screenshot is kept as a test artefact. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect({ url: page.url(), violations: await axeViolations(page) }).toEqual({ url: page.url(), violations: '' });
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Opening pages and logging in for the workspace tests; `stack` and `browser` are read when
 * called (the suites start them in beforeAll), the contexts opened are collected for afterAll.
 */
export function workspacePages(env: { stack: () => PortalStack; browser: () => Browser; contexts: BrowserContext[] }) {
  async function open(page: Page, pathname: string, heading: string): Promise<void> {
    await page.goto(env.stack().portal.url + pathname);
    await expectEventually(() => h1(page), heading, 10_000);
    await page.waitForFunction(() => !document.querySelector('main .kp-loading'), undefined, { timeout: 10_000 });
  }

  async function login(email: string, password: string): Promise<WatchedPage> {
    const url = env.stack().portal.url;
    const context = await env.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    env.contexts.push(context);
    const watched = await WatchedPage.open(context);
    const page = watched.page;
    await page.goto(`${url}/anmelden`);
    await expectEventually(() => h1(page), 'Anmelden', 10_000);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(`${url}/konto`);
    return watched;
  }

  return { open, login };
}
