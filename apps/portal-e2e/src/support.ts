import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page, chromium } from 'playwright-core';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');
/** The build under test; KP_E2E_PORTAL_DIST points at a copy (its `browser` folder) that a parallel rebuild cannot change mid-run. */
export const PORTAL_DIST = process.env['KP_E2E_PORTAL_DIST'] || path.join(WORKSPACE_ROOT, 'dist/apps/portal/browser');
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

/**
 * Starts tools/portal-server (`serve.mjs`, as `npm start` and production do) in a child process on a
 * free port unless `port` is given, serving the production build with server-side rendering and
 * proxying `/api` to `apiUrl`. By default that is a port where nothing listens: the start page
 * must not depend on the api. A child process, because the server loads the build's ESM server
 * bundle, which Jest's module system (CommonJS here) cannot import.
 */
export async function startPortal(apiUrl = 'http://127.0.0.1:9', port = 0): Promise<{ url: string; close(): Promise<void> }> {
  // index.csr.html: the client shell of the SSR build (index.html: a browser-only build).
  if (!['index.csr.html', 'index.html'].some((file) => existsSync(path.join(PORTAL_DIST, file)))) {
    throw new Error(`No production build at ${PORTAL_DIST}. Run \`npx nx build portal\` (nx e2e portal-e2e does).`);
  }
  const child = spawn(process.execPath, [path.join(WORKSPACE_ROOT, 'tools/portal-server/serve.mjs')], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, PORTAL_HOST: '127.0.0.1', PORTAL_PORT: String(port), PORTAL_DIST, API_URL: apiUrl, PORTAL_SSR: 'auto' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Portal server did not start within 30 s:\n${output}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Portal: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Render errors are logged there; the tests' own checks say what broke, this shows why.
      process.stderr.write(`[portal-server] ${chunk.toString()}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Portal server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
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
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A script or style still loading when the test navigates on is cancelled by the browser, not
    // broken (a missing file is a 404 below). Server-rendered pages load their scripts after the
    // first paint, so a test that moves on at the (server-rendered) heading can leave during that.
    if (reason === 'net::ERR_ABORTED' && /\.(?:js|css|svg)$/.test(new URL(request.url()).pathname)) return;
    problems.push(`request failed: ${request.url()} ${reason}`);
  });
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
