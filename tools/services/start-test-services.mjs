#!/usr/bin/env node
// Starts throw-away PostgreSQL and Redis on free ports for CI, writes their URLs as shell
// assignments to the file named in argv[2], and stops both on SIGTERM/SIGINT.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startPostgres, startRedis } from './services.mjs';

const target = process.argv[2];
if (!target) {
  console.error('Usage: start-test-services.mjs <env-file>');
  process.exit(64);
}
const dir = mkdtempSync(join(tmpdir(), 'kp-ci-pg-'));
const pg = await startPostgres({ dataDir: join(dir, 'data'), port: await freePort(), persistent: false });
const redis = await startRedis({ port: await freePort() });
writeFileSync(target, `TEST_DATABASE_ADMIN_URL='${pg.adminUrl}'\nTEST_REDIS_URL='${redis.url}'\n`);
console.log(`PostgreSQL on ${pg.port}, Redis on ${redis.port}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await redis.stop().catch(() => undefined);
  await pg.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setInterval(() => undefined, 1 << 30);
