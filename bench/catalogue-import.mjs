#!/usr/bin/env node
// Benchmark for the catalogue issue: import 10,000 offers with 30,000 sessions (target ≤ 60 s)
// through the real path — HTTP upload (application/ld+json) → BullMQ job → worker → PostgreSQL —
// then a dry run and an unchanged re-import of the same file, and the export. Starts its own
// PostgreSQL and Redis, runs the built bundles (run `npx nx run-many -t build -p api worker` first).
//   node_modules/.bin/node bench/catalogue-import.mjs [--offers 10000] [--sessions-per-offer 3]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { freePort, startPostgres, startRedis, waitFor } from '../tools/services/services.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const offerCount = Number(arg('offers', '10000'));
const sessionsPerOffer = Number(arg('sessions-per-offer', '3'));

const topics = ['migration-counselling', 'asylum-law', 'intercultural-competence', 'anti-discrimination', 'trauma', 'language-support', 'volunteer-management', 'political-education', 'conflict-management', 'community-work', 'digital-skills', 'networking'];
const audiences = ['volunteers', 'professionals', 'multipliers', 'migrant-organisations', 'administration', 'migrants', 'general-public'];
const words = ['Grundlagen', 'Aufbaukurs', 'Werkstatt', 'Fachtag', 'Qualifizierung', 'Kompakt', 'Praxis', 'Online-Reihe', 'Intensiv', 'Einführung'];

/** Deterministic pseudo-random numbers, so every run imports the same file. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(plzs) {
  const random = rng(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // The @id the demo seed gave the organisation (its first import remembers it).
  const own = 'urn:demo:org:demo-vhs';
  const graph = [
    { '@type': 'Organization', '@id': own, name: 'Volkshochschule Musterstadt (Demo)', additionalType: 'adult-education' },
    ...Array.from({ length: 50 }, (_, i) => ({ '@type': 'Organization', '@id': `urn:bench:partner:${i}`, name: `Partnerorganisation ${i} (Bench)`, additionalType: 'initiative' })),
  ];
  for (let i = 0; i < offerCount; i++) {
    const programme = i % 10 === 0;
    const topic = pick(topics);
    const sessions = Array.from({ length: sessionsPerOffer }, (_, j) => {
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 27);
      const date = `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const online = random() < 0.2;
      const plz = pick(plzs);
      return {
        '@type': 'CourseInstance',
        '@id': `urn:bench:session:${i}-${j}`,
        courseMode: online ? 'online' : 'onsite',
        startDate: `${date}T09:00`,
        endDate: `${date}T16:30`,
        location: online ? { '@type': 'VirtualLocation', url: `https://meet.example/${i}-${j}` } : { '@type': 'Place', name: 'Bildungshaus', address: { '@type': 'PostalAddress', streetAddress: 'Hauptstraße 1', postalCode: plz.plz, addressLocality: plz.locality } },
        maximumAttendeeCapacity: 20,
        remainingAttendeeCapacity: Math.floor(random() * 20),
        offers: { '@type': 'Offer', availabilityEnds: `${date.slice(0, 8)}01` },
      };
    });
    graph.push({
      '@type': 'Course',
      '@id': `urn:bench:offer:${i}`,
      name: `${pick(words)}: ${topic.replace(/-/g, ' ')} ${i}`,
      additionalType: programme ? 'programme' : 'course',
      abstract: 'Fortbildung für Haupt- und Ehrenamtliche in der Arbeit mit Geflüchteten.',
      description: 'Ein erfundenes Angebot für den Import-Benchmark. '.repeat(5),
      provider: { '@id': own },
      contributor: random() < 0.3 ? [{ '@id': `urn:bench:partner:${i % 50}`, roleName: 'Kooperationspartner' }] : [],
      about: [topic],
      audience: [{ '@type': 'Audience', audienceType: pick(audiences) }],
      inLanguage: ['de'],
      isAccessibleForFree: random() < 0.4,
      ...(programme ? { hasPart: [1, 2, 3].map((position) => ({ '@type': 'Course', position, name: `Modul ${position}`, provider: { '@id': `urn:bench:partner:${(i + position) % 50}` } })) } : {}),
      hasCourseInstance: sessions,
    });
  }
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph });
}

class Session {
  cookies = new Map();
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  async request(method, path, body, contentType = 'application/json') {
    const headers = { 'accept-language': 'de', cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body !== undefined) headers['content-type'] = contentType;
    if (method !== 'GET' && this.cookies.has('XSRF-TOKEN')) headers['x-xsrf-token'] = this.cookies.get('XSRF-TOKEN');
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, { method, headers, body });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const cut = pair.indexOf('=');
      this.cookies.set(pair.slice(0, cut), pair.slice(cut + 1));
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, bytes: text.length };
  }
}

async function timedImport(session, tenantId, file, query) {
  const t0 = performance.now();
  const started = await session.request('POST', `/tenants/${tenantId}/imports?${query}`, file, 'application/ld+json');
  if (started.status !== 202) throw new Error(`upload refused: ${started.status} ${JSON.stringify(started.body)}`);
  const uploaded = performance.now();
  let run;
  let lastProgress = -1;
  for (;;) {
    run = (await session.request('GET', `/tenants/${tenantId}/imports/${started.body.id}`)).body;
    if (run.progress !== lastProgress) lastProgress = run.progress;
    if (run.status === 'succeeded' || run.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  if (run.status !== 'succeeded') console.log('  first issues:', JSON.stringify(run.issues.slice(0, 5)));
  return { run, seconds: (performance.now() - t0) / 1000, uploadSeconds: (uploaded - t0) / 1000 };
}

const plzs = parse(readFileSync(join(root, 'data/regions/postal_codes.csv'), 'utf8'), { columns: true }).map((row) => ({ plz: row.plz, locality: row.name_of_locality }));

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
  NODE_ENV: 'development',
  SMTP_URL: 'smtp://127.0.0.1:1',
};
const children = [];
try {
  for (const command of ['provision', 'up']) {
    const r = spawnSync(node, ['dist/apps/api/migrate.js', command], { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`migrate ${command} failed: ${r.stderr}`);
  }
  for (const script of ['load-regions.js', 'seed-demo.js']) {
    const r = spawnSync(node, [`dist/apps/api/${script}`], { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  }
  children.push(spawn(node, ['dist/apps/api/main.js'], { cwd: root, env, stdio: 'inherit' }));
  children.push(spawn(node, ['dist/apps/worker/main.js'], { cwd: root, env, stdio: 'inherit' }));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status === 200, 30_000, 'api and worker');

  const session = new Session(baseUrl);
  const login = await session.request('POST', '/auth/login', JSON.stringify({ email: 'programm@demo-vhs.example', password: 'Knotenpunkt-Demo-2026' }));
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const tenantId = login.body.memberships.find((m) => m.slug === 'demo-vhs').tenantId;

  const t0 = performance.now();
  const file = generate(plzs);
  console.log(`Generated ${offerCount} offers with ${offerCount * sessionsPerOffer} sessions (${(file.length / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const dry = await timedImport(session, tenantId, file, 'mode=dry-run');
  console.log(`Dry run:            ${dry.seconds.toFixed(1)} s (upload ${dry.uploadSeconds.toFixed(1)} s) — ${dry.run.status}, offers ${JSON.stringify(dry.run.summary.offers)}`);
  const commit = await timedImport(session, tenantId, file, 'mode=commit&publish=true');
  console.log(`Import (commit):    ${commit.seconds.toFixed(1)} s (upload ${commit.uploadSeconds.toFixed(1)} s) — ${commit.run.status}, offers ${JSON.stringify(commit.run.summary.offers)}, sessions ${JSON.stringify(commit.run.summary.sessions)}`);
  const again = await timedImport(session, tenantId, file, 'mode=commit&publish=true');
  console.log(`Re-import unchanged: ${again.seconds.toFixed(1)} s — offers ${JSON.stringify(again.run.summary.offers)}`);
  const t1 = performance.now();
  const exported = await session.request('GET', `/tenants/${tenantId}/export`);
  console.log(`Export of published offers: ${((performance.now() - t1) / 1000).toFixed(1)} s, ${(exported.bytes / 1024 / 1024).toFixed(1)} MB, ${exported.body['@graph'].length} nodes`);
  console.log(`\nTarget: import of ${offerCount} offers / ${offerCount * sessionsPerOffer} sessions ≤ 60 s → measured ${commit.seconds.toFixed(1)} s ${commit.seconds <= 60 && commit.run.status === 'succeeded' ? '(met)' : '(NOT met)'}`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await redis.stop();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
