#!/usr/bin/env node
// Benchmark for the regions issue: (1) loading all region data from scratch with the real
// command, (2) autocomplete latency at the HTTP api. Starts its own PostgreSQL and Redis, runs the
// built bundles (run `npx nx run-many -t build -p api` first) and prints its figures.
//   node bench/regions.mjs [--requests 3000] [--concurrency 1,8]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startPostgres, startRedis, waitFor } from '../tools/services/services.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const totalRequests = Number(arg('requests', '3000'));
const concurrencies = arg('concurrency', '1,8').split(',').map(Number);

const queries = [
  'Gotha', 'Görlitz', 'Erf', 'Leipzig', 'Landkreis Ro', 'Neuhardenberg', 'Altfriedland', 'Frankfurt', 'Bad', 'Sachsen',
  'Ober', 'Weimar', 'Jena', 'Schwerin', 'Halle', 'Kiel', 'Mühlhausen', 'Eisenach', 'Rostock', 'Ludwigsburg',
  '990', '0', '15320', '99084', '10', '8', '01067', '2', '80331', '5',
].filter((q) => q.length >= 2);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(baseUrl, concurrency) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  async function client() {
    while (next < totalRequests) {
      const q = queries[next++ % queries.length];
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/regions/suggest?q=${encodeURIComponent(q)}&limit=10`);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status !== 200) errors++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50).toFixed(2),
    p95: percentile(latencies, 95).toFixed(2),
    p99: percentile(latencies, 99).toFixed(2),
    max: latencies[latencies.length - 1].toFixed(2),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'kp-bench-'));
const pg = await startPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), persistent: false });
const redis = await startRedis({ port: await freePort() });
const node = join(root, 'node_modules/.bin/node');
const db = (user, password) => pg.adminUrl.replace('postgres:postgres@', `${user}:${password}@`).replace(/\/postgres$/, '/kp_bench');
const port = await freePort();
const env = {
  PATH: process.env.PATH,
  DATABASE_URL: db('kp_bench_app', 'bench'),
  DATABASE_MIGRATION_URL: db('kp_bench_owner', 'bench'),
  DATABASE_ADMIN_URL: pg.adminUrl,
  REDIS_URL: redis.url,
  API_PORT: String(port),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
};
let api;
try {
  for (const command of ['provision', 'up']) {
    const r = spawnSync(node, ['dist/apps/api/migrate.js', command], { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`migrate ${command} failed: ${r.stderr}`);
  }
  const t0 = performance.now();
  const load = spawnSync(node, ['dist/apps/api/load-regions.js'], { cwd: root, env, encoding: 'utf8' });
  const loadSeconds = (performance.now() - t0) / 1000;
  if (load.status !== 0) throw new Error(`load-regions failed: ${load.stderr}`);
  console.log(`Load from scratch (whole command incl. process start): ${loadSeconds.toFixed(2)} s`);
  console.log(`  ${load.stdout.trim()}`);
  const t1 = performance.now();
  const again = spawnSync(node, ['dist/apps/api/load-regions.js', '--force'], { cwd: root, env, encoding: 'utf8' });
  console.log(`Forced re-load of unchanged data: ${((performance.now() - t1) / 1000).toFixed(2)} s — ${again.stdout.trim()}`);

  api = spawn(node, ['dist/apps/api/main.js'], { cwd: root, env, stdio: 'inherit' });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status === 200, 20_000, 'api');
  await measure(baseUrl, 4); // warm-up: connections, plans, JIT
  console.log(`\nAutocomplete GET /api/v1/regions/suggest, ${queries.length} mixed queries (names, prefixes, PLZ), ${totalRequests} requests per run:`);
  console.log('concurrency  requests  errors  req/s   p50 ms  p95 ms  p99 ms  max ms');
  for (const c of concurrencies) {
    const r = await measure(baseUrl, c);
    console.log(
      `${String(r.concurrency).padStart(11)}  ${String(r.requests).padStart(8)}  ${String(r.errors).padStart(6)}  ${String(r.rps).padStart(5)}  ${r.p50.padStart(7)}  ${r.p95.padStart(6)}  ${r.p99.padStart(6)}  ${r.max.padStart(6)}`,
    );
  }
} finally {
  api?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await redis.stop();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
