#!/usr/bin/env node
// Relevance of the offer search, measured on our own judged test set (bench/relevance/README.md):
// 16 organisations' exchange files (bench/relevance/offers) are imported through the real api
// (one tenant each, profile with address and service areas, POST …/imports?mode=commit&publish=true),
// indexed by the real worker, and every task of bench/relevance/tasks.json is sent to
// GET /api/v1/search/offers. Prints nDCG@10, recall@20 and the number returned per task, and the means.
//
//   npx nx run-many -t build -p api worker
//   node_modules/.bin/node bench/relevance.mjs [--min-ndcg 0.5] [--min-recall 0.6] [--json] [--today YYYY-MM-DD]
//                                              [--task <id>] [--show] [--import-only] [--hold]
//
// --min-ndcg / --min-recall: exit 1 when the mean (of any engine measured) is below the floor.
// --json: one JSON object on stdout (progress goes to stderr).
// --today: the day the dates are shifted to (default: today; dates are written against 2026-12-08).
// --task: run only the tasks whose id contains this text; --show: print each task's ranking with grades.
// --import-only: stop after importing and indexing (checks new offer files); --hold: keep everything
// running afterwards (Ctrl-C stops) to try queries by hand.
// Services: with TEST_DATABASE_ADMIN_URL and TEST_REDIS_URL set (as in CI), a database of its own is
// created on that server (and dropped afterwards) and Redis is used with a queue prefix of its own;
// otherwise a throw-away PostgreSQL and Redis are started. With TEST_MEILI_URL (and optionally
// TEST_MEILI_MASTER_KEY) the same tasks also run against Meilisearch (filled with reindex.js).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, startPostgres, startRedis, waitFor } from '../tools/services/services.mjs';
import { score } from './relevance/metrics.mjs';
import { Session } from './support.mjs';
import { loadSet, queryString } from './relevance/set.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const node = join(root, 'node_modules/.bin/node');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const flag = (name) => process.argv.includes(`--${name}`);
const asJson = flag('json');
const log = (...parts) => (asJson ? console.error : console.log)(...parts);
const minNdcg = arg('min-ndcg') === undefined ? null : Number(arg('min-ndcg'));
const minRecall = arg('min-recall') === undefined ? null : Number(arg('min-recall'));
const PAGE_SIZE = 20;
const PASSWORD = 'Relevanz-Testset-2026!';

/** PostgreSQL and Redis: CI's (own database, own queue prefix) or throw-away ones of our own. */
async function startInfrastructure() {
  const suffix = randomBytes(4).toString('hex');
  const database = `kp_relevance_${suffix}`;
  const cleanups = [];
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  let redisUrl = process.env.TEST_REDIS_URL;
  if (!adminUrl || !redisUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'kp-relevance-'));
    const pgServer = await startPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), persistent: false });
    const redis = await startRedis({ port: await freePort() });
    adminUrl = pgServer.adminUrl;
    redisUrl = redis.url;
    cleanups.push(async () => {
      await redis.stop();
      await pgServer.stop();
      rmSync(dir, { recursive: true, force: true });
    });
  } else {
    cleanups.push(async () => {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).finally(() => admin.end());
    });
  }
  const url = (user, password) => {
    const u = new URL(adminUrl);
    u.username = user;
    u.password = password;
    u.pathname = `/${database}`;
    return u.toString();
  };
  return {
    env: {
      DATABASE_URL: url('kp_relevance_app', 'relevance-app'),
      DATABASE_MIGRATION_URL: url('kp_relevance_owner', 'relevance-owner'),
      DATABASE_ADMIN_URL: adminUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: `kprel:${suffix}`,
    },
    stop: async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => log(`cleanup: ${e.message}`));
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An editor account (owner of every organisation of the set): signed up through the api, e-mail confirmed in the database. */
async function createAccount(baseUrl, sql) {
  const session = new Session(baseUrl);
  const email = `redaktion+${randomBytes(3).toString('hex')}@relevanz.example.org`;
  await session.expect(202, 'POST', '/auth/sign-up', { email, password: PASSWORD, displayName: 'Relevanz-Testset' });
  await sql(`UPDATE app_user SET email_verified_at = now() WHERE email = $1`, [email]);
  await session.expect(200, 'POST', '/auth/login', { email, password: PASSWORD });
  return session;
}

/** One tenant per file: created, profile (address, service areas, topics) from its Organization node, file imported and published. */
async function importFile(session, file) {
  const org = file.organisation;
  const tenant = await session.expect(201, 'POST', '/tenants', { name: org.name.slice(0, 200), slug: file.slug.slice(0, 50), type: org.additionalType });
  const address = org.address?.postalCode ? { street: org.address.streetAddress ?? null, postalCode: org.address.postalCode, locality: org.address.addressLocality ?? null } : null;
  await session.expect(200, 'PUT', `/tenants/${tenant.id}/profile`, {
    description: org.description ?? null,
    address,
    serviceAreas: (org.areaServed ?? []).map((a) => a.identifier),
    topics: org.knowsAbout ?? [],
    website: org.url ?? null,
    email: org.email ?? null,
    phone: org.telephone ?? null,
    reviewByParent: false,
    staleAfterDays: null,
  });
  const run = await session.expect(202, 'POST', `/tenants/${tenant.id}/imports?mode=commit&publish=true&fileName=${encodeURIComponent(`${file.slug}.jsonld`)}`, JSON.stringify(file.document), 'application/ld+json');
  for (;;) {
    const r = await session.expect(200, 'GET', `/tenants/${tenant.id}/imports/${run.id}`);
    if (r.status === 'failed') throw new Error(`${file.slug}: import failed: ${JSON.stringify(r.issues.slice(0, 5))}`);
    if (r.status === 'succeeded') {
      const warnings = r.issues.filter((i) => i.severity === 'warning');
      return { tenantId: tenant.id, created: r.summary.offers.created, warnings };
    }
    await sleep(100);
  }
}

/** Runs every task against the api at `baseUrl`; the ranking is the page's items, then its online fallback. */
async function runTasks(baseUrl, tasks, idToExternal) {
  const rankings = {};
  const totals = {};
  for (const task of tasks) {
    const response = await fetch(`${baseUrl}/api/v1/search/offers?${queryString(task.query, { pageSize: PAGE_SIZE })}`);
    const body = await response.json();
    if (response.status !== 200) throw new Error(`${task.id}: ${response.status} ${JSON.stringify(body)}`);
    rankings[task.id] = [...body.items, ...(body.fallback ?? [])].map((hit) => idToExternal.get(hit.id) ?? `unknown:${hit.id}`);
    totals[task.id] = body.total;
  }
  return { rankings, totals };
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(3);

function printTable(engine, tasks, result, rankings) {
  const width = Math.max(...tasks.map((t) => t.id.length), 4);
  log(`\n${engine}: ${result.tasks.length} tasks (ranking = first page of ${PAGE_SIZE} items, then the online fallback)`);
  log(`${pad('task', width)}  nDCG@10  recall@20  returned  relevant`);
  for (const [i, row] of result.tasks.entries()) {
    const relevant = Object.values(tasks[i].judgements).filter((g) => g >= 1).length;
    log(`${pad(row.id, width)}  ${pad(num(row.ndcg10), 7)}  ${pad(num(row.recall20), 9)}  ${pad(row.returned, 8)}  ${relevant}`);
    if (flag('show')) {
      const judged = tasks[i].judgements;
      for (const [rank, id] of rankings[row.id].entries()) log(`${' '.repeat(width)}    ${String(rank + 1).padStart(2)}. [${judged[id] ?? 0}] ${id}`);
      const missing = Object.keys(judged).filter((id) => judged[id] > 0 && !rankings[row.id].includes(id));
      for (const id of missing) log(`${' '.repeat(width)}    missing [${judged[id]}] ${id}`);
    }
  }
  log(`${pad('MEAN', width)}  ${pad(num(result.means.ndcg10), 7)}  ${pad(num(result.means.recall20), 9)}`);
}

const set = loadSet({ today: arg('today') });
const only = arg('task');
const tasks = only ? set.tasks.filter((t) => t.id.includes(only)) : set.tasks;
const offerCount = set.files.reduce((n, f) => n + f.offerIds.length, 0);
log(`Relevance set: ${offerCount} offers of ${set.files.length} organisations, ${tasks.length} tasks; dates shifted by ${set.shiftDays} days (${set.anchor} → ${set.today})`);

const infra = await startInfrastructure();
const children = [];
let owner;
const stopAll = async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await owner?.end().catch(() => undefined);
  await infra.stop();
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

let exitCode = 0;
try {
  const env = { PATH: process.env.PATH, LOG_LEVEL: 'error', NODE_ENV: 'development', SMTP_URL: 'smtp://127.0.0.1:1', ...infra.env };
  const script = (name, args = [], extra = {}) => {
    const r = spawnSync(node, [`dist/apps/api/${name}`, ...args], { cwd: root, env: { ...env, ...extra }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
    return r.stdout.trim();
  };
  const startApp = async (app, extra = {}) => {
    const port = await freePort();
    const child = spawn(node, [`dist/apps/${app}/main.js`], { cwd: root, env: { ...env, API_PORT: String(port), ...extra }, stdio: ['ignore', asJson ? 'ignore' : 'inherit', 'inherit'] });
    children.push(child);
    return `http://127.0.0.1:${port}`;
  };
  const t0 = performance.now();
  script('migrate.js', ['provision']);
  script('migrate.js', ['up']);
  script('load-regions.js');
  owner = new pg.Client({ connectionString: env.DATABASE_MIGRATION_URL });
  await owner.connect();
  await owner.query(`SET app.platform = 'on'`);
  const sql = async (text, params = []) => (await owner.query(text, params)).rows;

  const baseUrl = await startApp('api');
  await startApp('worker');
  await waitFor(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status === 200, 60_000, 'api and worker');
  const session = await createAccount(baseUrl, sql);

  let warnings = 0;
  for (const file of set.files) {
    const r = await importFile(session, file);
    warnings += r.warnings.length;
    for (const w of r.warnings) log(`  warning ${file.slug}: ${w.node} ${w.property ?? ''} ${w.message}`);
  }
  // The worker's relay indexes what the imports published; wait until the outbox is empty.
  await waitFor(async () => (await sql(`SELECT count(*)::int AS n FROM index_outbox WHERE processed_at IS NULL`))[0].n === 0, 60_000, 'search indexing');
  const offers = await sql(`SELECT id::text, external_id, status FROM offer`);
  const idToExternal = new Map(offers.map((o) => [o.id, o.external_id]));
  const notPublished = offers.filter((o) => o.status !== 'published');
  const expected = new Set(set.files.flatMap((f) => f.offerIds));
  const missing = [...expected].filter((id) => !offers.some((o) => o.external_id === id));
  if (notPublished.length || missing.length) throw new Error(`not published: ${notPublished.map((o) => o.external_id).join(', ') || '-'}; not imported: ${missing.join(', ') || '-'}`);
  log(`Imported and indexed ${offers.length} offers (${warnings} warnings) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const unknown = tasks.flatMap((t) => Object.keys(t.judgements).filter((id) => !expected.has(id)).map((id) => `${t.id}: ${id}`));
  if (unknown.length) throw new Error(`judgements name offers that are not in the set:\n  ${unknown.join('\n  ')}`);

  if (flag('hold')) {
    log(`Holding: api ${baseUrl}, database ${env.DATABASE_MIGRATION_URL} (owner; SET app.platform = 'on'). Ctrl-C stops.`);
    await new Promise(() => undefined);
  }
  const engines = {};
  if (!flag('import-only')) {
    const postgres = await runTasks(baseUrl, tasks, idToExternal);
    engines.postgres = { ...score(tasks, postgres.rankings), rankings: postgres.rankings, totals: postgres.totals };
    printTable('postgres', tasks, engines.postgres, postgres.rankings);

    const meiliUrl = process.env.TEST_MEILI_URL;
    if (meiliUrl) {
      // Same database, an index of its own: reindex.js fills Meilisearch, a second api reads it.
      const prefix = `${infra.env.QUEUE_PREFIX}m`;
      const meiliEnv = { MEILI_URL: meiliUrl, ...(process.env.TEST_MEILI_MASTER_KEY ? { MEILI_MASTER_KEY: process.env.TEST_MEILI_MASTER_KEY } : {}), QUEUE_PREFIX: prefix };
      const indexName = `${prefix.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}_offers`;
      try {
        script('reindex.js', [], meiliEnv);
        const meiliBase = await startApp('api', meiliEnv);
        await waitFor(async () => (await fetch(`${meiliBase}/api/health`).catch(() => null))?.status === 200, 60_000, 'api (Meilisearch)');
        const meili = await runTasks(meiliBase, tasks, idToExternal);
        engines.meilisearch = { ...score(tasks, meili.rankings), rankings: meili.rankings, totals: meili.totals };
        printTable('meilisearch', tasks, engines.meilisearch, meili.rankings);
      } finally {
        const headers = meiliEnv.MEILI_MASTER_KEY ? { authorization: `Bearer ${meiliEnv.MEILI_MASTER_KEY}` } : undefined;
        const organisations = indexName.replace(/_offers$/, '_organisations');
        for (const uid of [indexName, `${indexName}_next`, organisations, `${organisations}_next`]) await fetch(new URL(`/indexes/${uid}`, meiliUrl), { method: 'DELETE', headers }).catch(() => undefined);
      }
    }

    const below = [];
    for (const [engine, r] of Object.entries(engines)) {
      if (minNdcg !== null && r.means.ndcg10 < minNdcg) below.push(`${engine} nDCG@10 ${num(r.means.ndcg10)} < ${minNdcg}`);
      if (minRecall !== null && r.means.recall20 < minRecall) below.push(`${engine} recall@20 ${num(r.means.recall20)} < ${minRecall}`);
    }
    if (below.length) {
      log(`\nBelow the floor: ${below.join('; ')}`);
      exitCode = 1;
    }
    if (asJson) {
      const out = { offers: offerCount, organisations: set.files.length, shiftDays: set.shiftDays, today: set.today, engines: {} };
      for (const [engine, r] of Object.entries(engines)) {
        out.engines[engine] = { means: r.means, tasks: r.tasks.map((t) => ({ ...t, total: r.totals[t.id], ranking: r.rankings[t.id] })) };
      }
      out.floors = { ndcg10: minNdcg, recall20: minRecall, met: below.length === 0 };
      console.log(JSON.stringify(out, null, 2));
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 2;
} finally {
  await stopAll();
}
process.exit(exitCode);
