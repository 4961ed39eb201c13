#!/usr/bin/env node
// Lighthouse on the portal's production build, server-side rendered by tools/portal-server, with
// the demo data: the search page (/angebote?q=…) and a demo offer page, each with Lighthouse's
// mobile preset (default: Moto G class phone, simulated 4G throttling) and its desktop preset
// (`--presets mobile,desktop,mobile-devtools` adds the mobile preset with real DevTools throttling).
// Targets (issue): performance ≥ 0.95, accessibility 1.0, LCP ≤ 1.5 s on every page and preset;
// initial JS ≤ 200 kB gzipped. Exits 1 when one is missed.
//
// Starts its own PostgreSQL, Redis, api and worker (bench/support.mjs) and the portal server; build
// first: `npx nx run-many -t build -p portal api worker`. Runs Debian's Chromium (CHROME_PATH,
// default /usr/bin/chromium) headless with the flags from the toolchain notes.
//   node_modules/.bin/node bench/lighthouse.mjs [--runs 3] [--presets mobile,desktop] [--query Deutsch]
// With KP_BENCH_PORTAL_URL=http://127.0.0.1:4200 it measures a portal that is already running
// (e.g. `npm start`) instead, and needs KP_BENCH_OFFER_SLUG or finds an offer through its /api.
// KP_BENCH_PORTAL_DIST=/path/to/browser measures another copy of the build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { startPortalServer } from '../tools/portal-server/server.mjs';
import { arg, root, startBenchStack } from './support.mjs';

const runs = Number(arg('runs', '3'));
const presets = arg('presets', 'mobile,desktop').split(',');
const query = arg('query', 'Deutsch');
// --reports DIR: keeps every Lighthouse report (JSON) there, e.g. to see what delays the LCP.
const reportDir = arg('reports', '');
const TARGETS = { performance: 0.95, accessibility: 1, lcpMs: 1500, initialJsGzipBytes: 200 * 1024 };
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// KP_BENCH_PORTAL_DIST: a copy of dist/apps/portal/browser (with ../server) that parallel rebuilds leave alone.
const browserDir = process.env.KP_BENCH_PORTAL_DIST || join(root, 'dist/apps/portal/browser');

/** The JS the browser must load before the app starts: scripts and module preloads of the client shell. */
function initialJs() {
  const shell = ['index.csr.html', 'index.html'].map((f) => join(browserDir, f)).find((f) => existsSync(f));
  if (!shell) throw new Error('No portal build: run `npx nx run-many -t build -p portal api worker` first.');
  const html = readFileSync(shell, 'utf8');
  const files = [...new Set([...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]))];
  return files.map((file) => {
    const bytes = readFileSync(join(browserDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

let reportCount = 0;

async function audit(chrome, url, preset) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] };
  // mobile-devtools: the mobile preset with real (DevTools) throttling instead of Lantern's simulation,
  // which multiplies observed CPU time by 4 and so also multiplies other processes' load on this machine.
  const config = preset === 'desktop' ? desktopConfig : preset === 'mobile-devtools' ? { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools' } } : undefined;
  const result = await lighthouse(url, flags, config);
  const lhr = result.lhr;
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, `${String(++reportCount).padStart(2, '0')}-${preset}-${new URL(url).pathname.split('/').filter(Boolean).join('_') || 'start'}.json`), result.report);
  }
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits;
  const requests = audits['network-requests']?.details?.items ?? [];
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    lcpMs: audits['largest-contentful-paint'].numericValue,
    fcpMs: audits['first-contentful-paint'].numericValue,
    tbtMs: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    transferBytes: audits['total-byte-weight'].numericValue,
    scriptBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    failedA11y: Object.values(audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0) && a.score !== null && a.score < 1)
      .map((a) => a.id),
  };
}

async function main() {
  const js = initialJs();
  const initialGzip = js.reduce((sum, f) => sum + f.gzip, 0);

  let portalUrl = process.env.KP_BENCH_PORTAL_URL;
  let stop = () => Promise.resolve();
  if (!portalUrl) {
    const stack = await startBenchStack();
    const portal = await startPortalServer({ distDir: browserDir, apiUrl: stack.baseUrl, port: 0 });
    if (!portal.ssr) throw new Error('The portal build has no server bundle (dist/apps/portal/server): build the portal first.');
    portalUrl = portal.url;
    stop = async () => {
      await portal.close();
      await stack.stop();
    };
  }
  let failed = false;
  try {
    let slug = process.env.KP_BENCH_OFFER_SLUG;
    if (!slug) {
      const list = await (await fetch(`${portalUrl}/api/v1/offers?pageSize=20`)).json();
      // A demo offer with the most to show (dates, modules) is the heavier, fairer page.
      slug = list.items?.[0]?.slug;
      if (!slug) throw new Error('No published offer found (demo data missing?).');
    }
    const pages = [
      { name: 'search', path: `/angebote?q=${encodeURIComponent(query)}` },
      { name: 'offer', path: `/angebote/${slug}` },
    ];

    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
    const rows = [];
    try {
      for (const page of pages) {
        for (const preset of presets) {
          const samples = [];
          // A first, unmeasured visit warms the server (lazy chunks loaded, route tree built).
          await fetch(portalUrl + page.path, { headers: { Accept: 'text/html' } });
          for (let i = 0; i < runs; i++) samples.push(await audit(chrome, portalUrl + page.path, preset));
          const pick = (key) => median(samples.map((s) => s[key]));
          rows.push({
            page: page.name,
            path: page.path,
            preset,
            performance: pick('performance'),
            accessibility: Math.min(...samples.map((s) => s.accessibility)),
            lcpMs: pick('lcpMs'),
            fcpMs: pick('fcpMs'),
            tbtMs: pick('tbtMs'),
            cls: pick('cls'),
            transferBytes: pick('transferBytes'),
            scriptBytes: pick('scriptBytes'),
            failedA11y: [...new Set(samples.flatMap((s) => s.failedA11y))],
          });
        }
      }
    } finally {
      await chrome.kill();
    }

    console.log(`\nLighthouse ${runs} run(s) per page and preset (median; accessibility: worst), portal ${portalUrl}\n`);
    console.log('page    preset           perf  a11y  LCP      FCP      TBT     CLS    transfer  JS transfer');
    for (const r of rows) {
      console.log(
        [
          r.page.padEnd(7),
          r.preset.padEnd(16),
          r.performance.toFixed(2).padEnd(5),
          r.accessibility.toFixed(2).padEnd(5),
          `${(r.lcpMs / 1000).toFixed(2)} s`.padEnd(8),
          `${(r.fcpMs / 1000).toFixed(2)} s`.padEnd(8),
          `${Math.round(r.tbtMs)} ms`.padEnd(7),
          r.cls.toFixed(3).padEnd(6),
          kb(r.transferBytes).padEnd(9),
          kb(r.scriptBytes),
        ].join(' '),
      );
      const misses = [];
      if (r.performance < TARGETS.performance) misses.push(`performance ${r.performance} < ${TARGETS.performance}`);
      if (r.accessibility < TARGETS.accessibility) misses.push(`accessibility ${r.accessibility} < 1 (${r.failedA11y.join(', ')})`);
      if (r.lcpMs > TARGETS.lcpMs) misses.push(`LCP ${Math.round(r.lcpMs)} ms > ${TARGETS.lcpMs} ms`);
      if (misses.length) {
        failed = true;
        console.log(`        MISSED: ${misses.join('; ')}`);
      }
    }
    console.log(`\nInitial JS (client shell's scripts and module preloads, gzip -9): ${kb(initialGzip)} of ${kb(js.reduce((s, f) => s + f.raw, 0))} raw`);
    for (const f of js) console.log(`  ${f.file.padEnd(24)} ${kb(f.raw).padStart(9)} raw ${kb(f.gzip).padStart(9)} gzip`);
    if (initialGzip > TARGETS.initialJsGzipBytes) {
      failed = true;
      console.log(`  MISSED: initial JS ${kb(initialGzip)} > ${kb(TARGETS.initialJsGzipBytes)}`);
    }
    console.log(failed ? '\nSome targets were missed.' : '\nAll targets met.');
  } finally {
    await stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
