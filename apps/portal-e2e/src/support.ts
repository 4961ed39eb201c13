import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page, chromium } from 'playwright-core';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');
export const PORTAL_DIST = path.join(WORKSPACE_ROOT, 'dist/apps/portal/browser');
export const SCREENSHOT_DIR = path.join(WORKSPACE_ROOT, 'test-results/portal-e2e');
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Flags for Debian's Chromium in containers and CI: no sandbox, GPU, QUIC or background traffic. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the system Chromium. `launch()` gives the browser a fresh temporary user-data-dir
 * (removed on close) and every test gets its own context, so no profile state leaks between tests.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The portal browser test needs it and is never skipped: ` +
        'install it with `apt-get install chromium` (or point CHROMIUM_PATH at a Chromium binary).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

interface PortalServerModule {
  startPortalServer(options: {
    distDir: string;
    apiUrl: string;
    port?: number;
    host?: string;
  }): Promise<{ url: string; close(): Promise<void> }>;
}

/**
 * Starts tools/portal-server in this process (on a free port unless `port` is given), serving the production build and
 * proxying `/api` to `apiUrl`. By default that is a port where nothing listens: the start page
 * must not depend on the api.
 */
export async function startPortal(apiUrl = 'http://127.0.0.1:9', port = 0): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(path.join(PORTAL_DIST, 'index.html'))) {
    throw new Error(`No production build at ${PORTAL_DIST}. Run \`npx nx build portal\` (nx e2e portal-e2e does).`);
  }
  // Loaded by path at run time: the server is a plain .mjs tool, not a library with an alias.
  const serverModule = path.join(WORKSPACE_ROOT, 'tools/portal-server/server.mjs');
  const { startPortalServer } = (await import(serverModule)) as PortalServerModule;
  return startPortalServer({ distDir: PORTAL_DIST, apiUrl, port });
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A and AA) and returns the violations as readable text ('' = none). */
export async function axeViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .map((violation) =>
      [
        `${violation.id} [${violation.impact ?? 'unknown'}] on ${page.url()}: ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `  - ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Collects console errors, uncaught exceptions and failed requests of a page. */
export function watchForErrors(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => problems;
}

/**
 * Waits until `read()` yields `expected` (Angular renders after navigation and language switches
 * asynchronously), then asserts, so a failure still shows a readable diff.
 */
export async function expectEventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await read();
  }
  expect(actual).toEqual(expected);
}
