import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerDir, freePort } from './support/compose';

/** docker/node/healthcheck.cjs is what `docker inspect` health states come from: run it for real. */
const script = join(dockerDir, 'node', 'healthcheck.cjs');

function probe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { env: { PATH: process.env['PATH'], ...env }, timeout: 15_000 }, (error, _stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stderr: String(stderr) });
    });
  });
}

describe('healthcheck.cjs http', () => {
  let server: Server;
  let port: number;
  let status = 200;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/api/health') {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: status === 200 ? 'ok' : 'down' }));
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 6_000).unref();
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is healthy when /api/health answers 200 (default URL from API_PORT)', async () => {
    status = 200;
    expect(await probe(['http'], { API_PORT: String(port) })).toEqual({ code: 0, stderr: '' });
  });

  it('is unhealthy when /api/health answers 503 (database or Redis down), and says so', async () => {
    status = 503;
    const result = await probe(['http', `http://127.0.0.1:${port}/api/health`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/answered 503/);
  });

  it('is unhealthy when nothing listens', async () => {
    const closed = await freePort();
    const result = await probe(['http', `http://127.0.0.1:${closed}/api/health`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/failed/);
  });

  it('gives up after 4 seconds', async () => {
    const started = Date.now();
    const result = await probe(['http', `http://127.0.0.1:${port}/slow`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no answer within 4000 ms/);
    expect(Date.now() - started).toBeLessThan(5_900);
  });
});

describe('healthcheck.cjs file (worker liveness)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kp-healthcheck-'));
  const file = join(dir, 'worker.alive');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is unhealthy while the file does not exist', async () => {
    const result = await probe(['file', file, '60']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/does not exist/);
  });

  it('is healthy when the file was touched within the limit', async () => {
    writeFileSync(file, '');
    expect(await probe(['file', file, '60'])).toEqual({ code: 0, stderr: '' });
  });

  it('is unhealthy when the file is older than the limit', async () => {
    const old = new Date(Date.now() - 90_000);
    utimesSync(file, old, old);
    const result = await probe(['file', file, '60']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/last touched 9\d s ago \(limit 60 s\)/);
  });

  it('rejects wrong usage with exit code 2', async () => {
    expect((await probe([])).code).toBe(2);
    expect((await probe(['file'])).code).toBe(2);
    expect((await probe(['file', file, 'soon'])).code).toBe(2);
  });
});
