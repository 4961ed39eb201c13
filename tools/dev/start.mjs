#!/usr/bin/env node
// `npm start`: the whole product on this machine with embedded defaults — no Docker, no services
// assumed. Installs dependencies, starts PostgreSQL (data in .data/postgres) and Redis (.data/redis),
// provisions roles, migrates, loads regions and demo data (organisations, accounts: see the printed
// demo logins), builds and starts api, worker and portal, and a local SMTP sink that keeps every
// mail in .data/mail and prints its links. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = join(root, '.data');
const binDir = join(root, 'node_modules', '.bin');
const say = (message) => console.log(`\x1b[1m[knotenpunkt]\x1b[0m ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

function installDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const stale = !existsSync(marker) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs;
  if (!stale) return;
  say('Installing dependencies (npm install) …');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

/** Random local passwords, made once and kept with the data they protect. */
function devSecrets() {
  const file = join(dataRoot, 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(dataRoot, { recursive: true });
  const secret = () => randomBytes(18).toString('base64url');
  const secrets = { postgres: secret(), owner: secret(), app: secret() };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

const children = [];
const cleanups = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('Stopping …');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', done);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(e));
  say('Stopped. Data is kept in .data/ for the next start.');
  process.exit(code);
}

function startChild(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[36m[${name}]\x1b[0m `;
  const forward = (stream) => (chunk) => {
    for (const line of String(chunk).split('\n')) if (line.trim()) stream.write(prefix + line + '\n');
  };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500 || response.status === 503) return response;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Demo data (seed-demo.js, idempotent); returns its JSON report with the demo logins. */
function seedDemo(node, env) {
  const result = spawnSync(node, ['dist/apps/api/seed-demo.js', '--json'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`dist/apps/api/seed-demo.js failed with exit code ${result.status}`);
  const report = JSON.parse(result.stdout);
  const made = ['accounts', 'tenants', 'memberships', 'legalPages'].map((k) => `${report[k].created} ${k === 'tenants' ? 'organisations' : k === 'legalPages' ? 'legal pages' : k}`);
  say(report.unchanged ? 'Demo data already present; nothing changed.' : `Demo data created: ${made.join(', ')}.`);
  if (report.offers) say(`Demo offers: ${report.offers.offers.created} imported now, ${report.offers.published} published in all (schema.org import of apps/api/src/demo/demo-offers.ts).`);
  return report;
}

function demoLoginLines(logins) {
  const width = Math.max(...logins.map((l) => l.email.length));
  return logins.map((l) => `    ${l.email.padEnd(width)}  ${l.roles.join(', ')}`).join('\n');
}

/** PostgreSQL leaves postmaster.pid while it runs; a live pid there means another start holds .data/. */
function assertNotRunning() {
  const pidFile = join(dataRoot, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale file from a crash: PostgreSQL cleans it up itself
  }
  throw new Error(`Knotenpunkt already runs from this folder (PostgreSQL pid ${pid} holds .data/postgres). Stop it with Ctrl-C first.`);
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  assertNotRunning();
  installDependencies();
  const { freePort, startPostgres, startRedis } = await import('../services/services.mjs');
  const { startSmtpSink } = await import('../services/smtp-sink.mjs');
  const secrets = devSecrets();

  say('Building api, worker and portal (cached after the first run) …');
  run(join(binDir, 'nx'), ['run-many', '-t', 'build', '-p', 'api', 'worker', 'portal', '--outputStyle=static'], {
    env: { ...process.env, NX_DAEMON: 'false', PATH: `${binDir}:${process.env.PATH}` },
  });

  const pgPort = await freePort(Number(process.env.KP_POSTGRES_PORT ?? 54329));
  say(`Starting PostgreSQL on port ${pgPort} (data in .data/postgres) …`);
  const pg = await startPostgres({ dataDir: join(dataRoot, 'postgres'), port: pgPort, password: secrets.postgres });
  cleanups.push(() => pg.stop());

  const redisPort = await freePort(Number(process.env.KP_REDIS_PORT ?? 63799));
  say(`Starting Redis on port ${redisPort} …`);
  const redis = await startRedis({ port: redisPort, dataDir: join(dataRoot, 'redis'), log: () => {} });
  cleanups.push(() => redis.stop());

  const smtpPort = await freePort(Number(process.env.KP_SMTP_PORT ?? 1025));
  const mailPrefix = '\x1b[35m[mail]\x1b[0m ';
  const sink = await startSmtpSink({ port: smtpPort, dir: join(dataRoot, 'mail'), log: (line) => console.log(mailPrefix + line) });
  say(`Mail sink on ${sink.url}: every mail lands in .data/mail/ and is listed here with its links.`);
  cleanups.push(() => sink.stop());

  const database = 'knotenpunkt';
  const dbUrl = (user, password) =>
    `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/${database}`;
  const apiPort = await freePort(Number(process.env.KP_API_PORT ?? 3000));
  const portalPort = await freePort(Number(process.env.KP_PORTAL_PORT ?? 4200));
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  const env = {
    NODE_ENV: 'development',
    LOG_PRETTY: process.env.LOG_PRETTY ?? 'true',
    DATABASE_URL: dbUrl('knotenpunkt_app', secrets.app),
    DATABASE_MIGRATION_URL: dbUrl('knotenpunkt', secrets.owner),
    DATABASE_ADMIN_URL: pg.adminUrl,
    REDIS_URL: redis.url,
    API_HOST: '127.0.0.1',
    API_PORT: String(apiPort),
    PUBLIC_BASE_URL: portalUrl,
    SMTP_URL: sink.url,
  };
  const node = join(binDir, 'node');
  say('Provisioning roles and applying migrations …');
  run(node, ['dist/apps/api/migrate.js', 'provision'], { env: { ...process.env, ...env } });
  run(node, ['dist/apps/api/migrate.js', 'up'], { env: { ...process.env, ...env } });
  say('Loading the official regions and postal codes (skipped when already current) …');
  run(node, ['dist/apps/api/load-regions.js'], { env: { ...process.env, ...env } });
  say('Creating the demo organisations and accounts (skipped when present) …');
  const demo = seedDemo(node, { ...process.env, ...env });
  delete env.DATABASE_ADMIN_URL;
  delete env.DATABASE_MIGRATION_URL;

  startChild('api', node, ['--enable-source-maps', 'dist/apps/api/main.js'], env);
  startChild('worker', node, ['--enable-source-maps', 'dist/apps/worker/main.js'], env);
  startChild('portal', node, ['tools/portal-server/serve.mjs'], {
    PORTAL_PORT: String(portalPort),
    PORTAL_HOST: '127.0.0.1',
    API_URL: `http://127.0.0.1:${apiPort}`,
  });

  await waitForHttp(`http://127.0.0.1:${apiPort}/api/health`, 60_000);
  await waitForHttp(portalUrl, 30_000);
  say('Knotenpunkt is running:');
  console.log(`
    Portal        ${portalUrl}
    API           http://127.0.0.1:${apiPort}/api/v1
    API docs      http://127.0.0.1:${apiPort}/api/docs   (JSON: /api/docs-json)
    Health        http://127.0.0.1:${apiPort}/api/health
    PostgreSQL    127.0.0.1:${pgPort}  database ${database} (passwords in .data/dev-secrets.json)
    Redis         ${redis.url}
    Mail          ${sink.url}   (nothing is delivered: mails land in .data/mail/ and are listed here)

  Demo logins (password for all: ${demo.password}):
${demoLoginLines(demo.logins)}

  Press Ctrl-C to stop everything. Data stays in .data/.
`);
}

main().catch(async (error) => {
  console.error(`\n[knotenpunkt] Start failed: ${error instanceof Error ? error.message : String(error ?? 'unknown error (see the lines above)')}`);
  await shutdown(1);
});
