import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, eventually, testRedisUrl, uniqueQueuePrefix, type TestDatabase } from '@knotenpunkt/api/core/testing';

// These run the built bundles (dist/), as production does: the integration target builds them first.
const root = join(__dirname, '../../..');
const bundle = (app: string, file = 'main.js') => join(root, 'dist/apps', app, file);
const cleanEnv = { PATH: process.env['PATH'] ?? '' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('built entry points', () => {
  beforeAll(() => {
    for (const file of [bundle('api'), bundle('api', 'migrate.js'), bundle('worker')]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx nx run-many -t build -p api worker\` first`);
    }
  });

  it.each(['api', 'worker'])('%s stops at boot on missing or malformed configuration, naming the variable', (app) => {
    const result = spawnSync(process.execPath, [bundle(app)], {
      env: { ...cleanEnv, DATABASE_URL: 'mysql://nope', API_PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/DATABASE_URL is invalid: must start with postgres:\/\//);
    expect(result.stderr).toMatch(/REDIS_URL is missing: expected string/);
    if (app === 'api') expect(result.stderr).toMatch(/API_PORT is invalid/);
  });

  it('the migration command explains its usage and rejects bad configuration', () => {
    const usage = spawnSync(process.execPath, [bundle('api', 'migrate.js'), 'sideways'], {
      env: { ...cleanEnv, DATABASE_URL: 'postgres://a:b@127.0.0.1:1/x' },
      encoding: 'utf8',
    });
    expect(usage.status).toBe(64);
    expect(usage.stderr).toContain('Usage: migrate <command>');
    const bad = spawnSync(process.execPath, [bundle('api', 'migrate.js'), 'up'], { env: cleanEnv, encoding: 'utf8' });
    expect(bad.status).toBe(78);
    expect(bad.stderr).toContain('DATABASE_URL');
  });

  describe('with real services', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db.drop());

    it('the api writes one JSON log line per request with its request id', async () => {
      const port = await freePort();
      const child = spawn(process.execPath, [bundle('api')], {
        env: {
          ...cleanEnv,
          DATABASE_URL: db.appUrl,
          REDIS_URL: testRedisUrl(),
          QUEUE_PREFIX: uniqueQueuePrefix(),
          API_PORT: String(port),
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += String(chunk)));
      child.stderr.on('data', (chunk) => (output += String(chunk)));
      try {
        await eventually(
          async () => (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status).catch(() => undefined)) ?? undefined,
          20_000,
          `api on port ${port} (output so far: ${output.slice(-500)})`,
        );
        await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { 'x-request-id': 'log-check-0001' } });
        const line = await eventually(
          async () => output.split('\n').find((l) => l.includes('log-check-0001')),
          5000,
          'log line with the request id',
        );
        const entry = JSON.parse(line);
        expect(entry).toMatchObject({ service: 'api', msg: 'request completed', req: { id: 'log-check-0001', method: 'GET', url: '/api/health' } });
        expect(typeof entry.time).toBe('number');
        expect(typeof entry.level).toBe('number');
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    });
  });
});
