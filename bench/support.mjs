// What the benchmarks share: a throw-away PostgreSQL and Redis, the built bundles (migrate, regions,
// demo data, api, worker), a logged-in HTTP session, the postal codes and deterministic numbers.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { freePort, startPostgres, startRedis, waitFor } from '../tools/services/services.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const node = join(root, 'node_modules/.bin/node');

export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** Deterministic pseudo-random numbers, so every run generates the same data. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Every postal code with its locality (data/regions). */
export function postalCodes() {
  return parse(readFileSync(join(root, 'data/regions/postal_codes.csv'), 'utf8'), { columns: true }).map((row) => ({ plz: row.plz, locality: row.name_of_locality, land: row.land_keys.split(/[;,| ]/)[0] }));
}

/** fetch with the session cookie and the CSRF header, as the portal sends them. */
export class Session {
  cookies = new Map();
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  async request(method, path, body, contentType = 'application/json') {
    const headers = { 'accept-language': 'de', cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body !== undefined) headers['content-type'] = contentType;
    if (method !== 'GET' && this.cookies.has('XSRF-TOKEN')) headers['x-xsrf-token'] = this.cookies.get('XSRF-TOKEN');
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, { method, headers, body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const cut = pair.indexOf('=');
      this.cookies.set(pair.slice(0, cut), pair.slice(cut + 1));
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, bytes: text.length };
  }
  /** The response body, or an error naming the request when the status is not `status`. */
  async expect(status, method, path, body, contentType) {
    const response = await this.request(method, path, body, contentType);
    if (response.status !== status) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)?.slice(0, 800)}`);
    return response.body;
  }
}

/**
 * PostgreSQL and Redis on free ports, provisioned and migrated, and the environment the bundles
 * need; `run(script)` runs one of dist/apps/api. Call `stop()` in `finally`.
 */
export async function startServices(extraEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kp-bench-'));
  const pg = await startPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), persistent: false });
  const redis = await startRedis({ port: await freePort() });
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
    ...extraEnv,
  };
  const children = [];
  const run = (script, args = []) => {
    const t0 = performance.now();
    const r = spawnSync(node, [`dist/apps/api/${script}`, ...args], { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${r.stderr}`);
    return { seconds: (performance.now() - t0) / 1000, stdout: r.stdout.trim() };
  };
  /** Starts dist/apps/<app>/main.js with this environment; stopped by stop(). */
  const start = (app) => children.push(spawn(node, [`dist/apps/${app}/main.js`], { cwd: root, env, stdio: 'inherit' }));
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await redis.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('migrate.js', ['provision']);
    run('migrate.js', ['up']);
  } catch (error) {
    await stop();
    throw error;
  }
  return { env, baseUrl: `http://127.0.0.1:${port}`, run, start, stop };
}

/**
 * startServices() plus regions, demo data and the api and worker bundles running
 * (`npx nx run-many -t build -p api worker` first). Call `stop()` in `finally`.
 */
export async function startBenchStack(extraEnv = {}) {
  const services = await startServices(extraEnv);
  const { env, baseUrl, run, start, stop } = services;
  try {
    run('load-regions.js');
    run('seed-demo.js');
    start('api');
    start('worker');
    await waitFor(async () => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status === 200, 30_000, 'api and worker');
    /** A session of the demo VHS's editor, and its tenant id. */
    const login = async () => {
      const session = new Session(baseUrl);
      const response = await session.request('POST', '/auth/login', JSON.stringify({ email: 'programm@demo-vhs.example', password: 'Knotenpunkt-Demo-2026' }));
      if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
      return { session, tenantId: response.body.memberships.find((m) => m.slug === 'demo-vhs').tenantId };
    };
    /** What psql prints for the last of `statements` (each sent on its own, so VACUUM works), as the owner; a failing statement throws. */
    const psql = (...statements) => {
      const result = spawnSync('psql', [env.DATABASE_MIGRATION_URL, '-X', '-v', 'ON_ERROR_STOP=1', '-tA', ...statements.flatMap((s) => ['-c', s])], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`psql: ${result.stderr.trim()}`);
      return result.stdout.trim().split('\n').pop();
    };
    /** The value of `sql` in the platform context (row security lets the owner see every tenant). */
    const scalar = (sql) => psql(`SET app.platform = 'on'; ${sql}`);
    return { env, baseUrl, run, login, psql, scalar, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
