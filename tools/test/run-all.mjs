#!/usr/bin/env node
// `npm test`: every check CI runs — lint, type-check, unit tests, builds, then integration and
// browser tests against real PostgreSQL and Redis. Uses TEST_DATABASE_ADMIN_URL / TEST_REDIS_URL
// when given (as .ci/run does); otherwise starts throw-away instances itself and stops them after.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const binDir = join(root, 'node_modules', '.bin');
const say = (message) => console.log(`\n\x1b[1m[test]\x1b[0m ${message}`);

if (!existsSync(join(binDir, 'nx'))) {
  console.error('Dependencies are missing: run `npm install --no-audit --no-fund` first.');
  process.exit(1);
}

const { freePort, startPostgres, startRedis } = await import('../services/services.mjs');
const cleanups = [];
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', PATH: `${binDir}:${process.env.PATH}` };

async function stopServices() {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e) => console.error(e));
}
process.on('SIGINT', () => void stopServices().then(() => process.exit(130)));
process.on('SIGTERM', () => void stopServices().then(() => process.exit(143)));

// Jest prints "Tests: 2 failed, 1 skipped, 5 passed, 8 total" per project; the sums end the run.
const totals = { passed: 0, failed: 0, skipped: 0 };
function countTests(text) {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  for (const line of plain.split('\n')) {
    if (!/^\s*Tests:\s/.test(line)) continue;
    for (const key of Object.keys(totals)) {
      const match = new RegExp(`(\\d+) ${key}`).exec(line);
      if (match) totals[key] += Number(match[1]);
    }
  }
}

function nx(args) {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(join(binDir, 'nx'), [...args, '--outputStyle=static'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    const relay = (stream) => (chunk) => {
      stream.write(chunk);
      pending += String(chunk);
      const cut = pending.lastIndexOf('\n');
      if (cut >= 0) {
        countTests(pending.slice(0, cut));
        pending = pending.slice(cut + 1);
      }
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('close', (code) => {
      countTests(pending);
      say(`nx ${args.join(' ')} → exit ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      done(code ?? 1);
    });
  });
}

let status = 1;
try {
  if (!env.TEST_DATABASE_ADMIN_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'kp-test-pg-'));
    const pg = await startPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
    cleanups.push(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    env.TEST_DATABASE_ADMIN_URL = pg.adminUrl;
    say(`Started PostgreSQL for tests on port ${pg.port}`);
  }
  if (!env.TEST_REDIS_URL) {
    const redis = await startRedis({ port: await freePort() });
    cleanups.push(() => redis.stop());
    env.TEST_REDIS_URL = redis.url;
    say(`Started Redis for tests on port ${redis.port}`);
  }

  const parallel = process.env.TEST_PARALLEL ?? '2';
  status = await nx(['run-many', '-t', 'lint', 'typecheck', 'test', 'build', `--parallel=${parallel}`]);
  if (status === 0) status = await nx(['run-many', '-t', 'integration', 'e2e', '--parallel=1']);
} catch (error) {
  console.error(error);
  status = 1;
} finally {
  await stopServices();
}
say(status === 0 ? 'All checks passed.' : 'Some checks failed (see above).');
// A failed lint/typecheck/build counts as a failure even when every test passed.
console.log(`tests: ${totals.passed} passed, ${totals.failed + (status === 0 ? 0 : Math.max(1 - totals.failed, 0))} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(status);
