#!/usr/bin/env node
// Benchmark for the regions issue: (1) loading all region data from scratch with the real
// command, (2) autocomplete latency at the HTTP api. Starts its own PostgreSQL and Redis, runs the
// built bundles (run `npx nx run-many -t build -p api` first) and prints its figures.
//   node bench/regions.mjs [--requests 3000] [--concurrency 1,8]
import { waitFor } from '../tools/services/services.mjs';
import { arg, percentile, startServices } from './support.mjs';

const totalRequests = Number(arg('requests', '3000'));
const concurrencies = arg('concurrency', '1,8').split(',').map(Number);

const queries = [
  'Gotha', 'Görlitz', 'Erf', 'Leipzig', 'Landkreis Ro', 'Neuhardenberg', 'Altfriedland', 'Frankfurt', 'Bad', 'Sachsen',
  'Ober', 'Weimar', 'Jena', 'Schwerin', 'Halle', 'Kiel', 'Mühlhausen', 'Eisenach', 'Rostock', 'Ludwigsburg',
  '990', '0', '15320', '99084', '10', '8', '01067', '2', '80331', '5',
].filter((q) => q.length >= 2);

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

const services = await startServices({ NODE_ENV: 'production' });
const { baseUrl, run, start } = services;
try {
  const load = run('load-regions.js');
  console.log(`Load from scratch (whole command incl. process start): ${load.seconds.toFixed(2)} s`);
  console.log(`  ${load.stdout}`);
  const again = run('load-regions.js', ['--force']);
  console.log(`Forced re-load of unchanged data: ${again.seconds.toFixed(2)} s — ${again.stdout}`);

  start('api');
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
  await services.stop();
}
