import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { apiErrorSchema } from '@knotenpunkt/shared/contracts';

import { cacheControlFor, parsePortalEnv, startPortalServer } from './server.mjs';

const INDEX_HTML = '<!doctype html><html lang="de"><body><kp-root></kp-root></body></html>';
// Above the compression threshold (1 kB), like every real bundle.
const MAIN_JS = `console.log(${JSON.stringify('Knotenpunkt '.repeat(200))});`;

function makeDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-dist-'));
  writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(dir, 'main-7M532Z5R.js'), MAIN_JS);
  writeFileSync(path.join(dir, 'chunk-ByZm-Jsw.js'), 'export {};');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

interface SeenRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

async function startFakeApi(): Promise<{ url: string; seen: SeenRequest[]; server: Server }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ from: 'api', url: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

describe('parsePortalEnv', () => {
  it('defaults to 127.0.0.1:4200, the Nx build output and a local api', () => {
    expect(parsePortalEnv({})).toEqual({
      host: '127.0.0.1',
      port: 4200,
      distDir: path.resolve('dist/apps/portal/browser'),
      apiUrl: 'http://127.0.0.1:3000',
    });
  });

  it('reads every variable and treats empty ones as unset', () => {
    expect(
      parsePortalEnv({ PORTAL_HOST: '0.0.0.0', PORTAL_PORT: '0', PORTAL_DIST: '/srv/portal', API_URL: '' }),
    ).toEqual({ host: '0.0.0.0', port: 0, distDir: '/srv/portal', apiUrl: 'http://127.0.0.1:3000' });
  });

  it('names each invalid variable in the error', () => {
    expect(() => parsePortalEnv({ PORTAL_PORT: 'achtzig' })).toThrow(/PORTAL_PORT/);
    expect(() => parsePortalEnv({ PORTAL_PORT: '70000' })).toThrow(/PORTAL_PORT/);
    expect(() => parsePortalEnv({ API_URL: 'localhost:3000' })).toThrow(/API_URL/);
    expect(() => parsePortalEnv({ API_URL: 'ftp://example.org' })).toThrow(/API_URL/);
  });
});

describe('cacheControlFor', () => {
  it('caches content-hashed build files forever and revalidates everything else', () => {
    for (const file of ['main-7M532Z5R.js', 'chunk-ByZm-Jsw.js', 'styles-HO3JAULT.css', 'media/logo-ABCDEFGH.png']) {
      expect(cacheControlFor(file)).toBe('public, max-age=31536000, immutable');
    }
    for (const file of ['index.html', 'favicon.svg', '3rdpartylicenses.txt', 'i18n/de.json']) {
      expect(cacheControlFor(file)).toBe('no-cache');
    }
  });
});

describe('startPortalServer', () => {
  let dist: string;
  let api: Awaited<ReturnType<typeof startFakeApi>>;
  let portal: Awaited<ReturnType<typeof startPortalServer>>;

  beforeAll(async () => {
    dist = makeDist();
    api = await startFakeApi();
    portal = await startPortalServer({ distDir: dist, apiUrl: api.url, port: 0 });
  });

  afterAll(async () => {
    await portal.close();
    await new Promise((resolve) => api.server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('listens on a free port when asked for port 0', () => {
    expect(portal.port).toBeGreaterThan(0);
    expect(portal.url).toBe(`http://127.0.0.1:${portal.port}`);
  });

  it('serves index.html for / and for client-side routes, never cached stale', async () => {
    for (const route of ['/', '/impressum', '/gibt-es-nicht/tief?x=1']) {
      const response = await fetch(portal.url + route, { headers: { Accept: 'text/html,*/*;q=0.8' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX_HTML);
    }
  });

  it('compresses the app files', async () => {
    const response = await fetch(`${portal.url}/main-7M532Z5R.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe(MAIN_JS);
  });

  it('serves hashed assets with a long immutable cache and others with revalidation', async () => {
    const main = await fetch(`${portal.url}/main-7M532Z5R.js`);
    expect(main.status).toBe(200);
    expect(main.headers.get('content-type')).toMatch(/javascript/);
    expect(main.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(main.headers.get('x-content-type-options')).toBe('nosniff');
    const favicon = await fetch(`${portal.url}/favicon.svg`);
    expect(favicon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing file instead of handing out index.html', async () => {
    const response = await fetch(`${portal.url}/chunk-MISSING1.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('proxies /api to the api with the path and query kept', async () => {
    const response = await fetch(`${portal.url}/api/v1/health?verbose=1`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ from: 'api', url: '/api/v1/health?verbose=1' });
    const post = await fetch(`${portal.url}/api/v1/things`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: 'Sprachcafé' }),
    });
    expect(post.status).toBe(200);
    const last = api.seen.at(-1);
    expect(last).toMatchObject({ method: 'POST', url: '/api/v1/things', body: '{"name":"Sprachcafé"}' });
    expect(last?.headers['x-forwarded-for']).toBeDefined();
  });

  it('does not proxy paths that merely start with "api"', async () => {
    const before = api.seen.length;
    const response = await fetch(`${portal.url}/apiary`, { headers: { Accept: 'text/html' } });
    expect(await response.text()).toBe(INDEX_HTML);
    expect(api.seen.length).toBe(before);
  });

  it('answers 502 in the api error format when the api is down', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const orphan = await startPortalServer({ distDir: dist, apiUrl: `http://127.0.0.1:${closedPort}`, port: 0 });
    try {
      const response = await fetch(`${orphan.url}/api/v1/health`);
      expect(response.status).toBe(502);
      const body = apiErrorSchema.parse(await response.json());
      expect(body).toMatchObject({ statusCode: 502, error: 'Bad Gateway' });
    } finally {
      await orphan.close();
    }
  });

  it('refuses to start without a built portal', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'portal-empty-'));
    try {
      await expect(startPortalServer({ distDir: empty, apiUrl: api.url, port: 0 })).rejects.toThrow(/nx build portal/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('serve.mjs (command line)', () => {
  const script = path.join(__dirname, 'serve.mjs');

  function run(env: Record<string, string>): { child: ChildProcess; output: () => string } {
    let output = '';
    const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: 'pipe' });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return { child, output: () => output };
  }

  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  it('logs one line with its URL, serves, and exits cleanly on SIGTERM and SIGINT', async () => {
    const dist = makeDist();
    try {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        const { child, output } = run({ PORTAL_PORT: '0', PORTAL_DIST: dist, API_URL: 'http://127.0.0.1:9' });
        const exit = exited(child);
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setInterval(() => {
            const match = /Portal: (http:\/\/127\.0\.0\.1:\d+)/.exec(output());
            if (match?.[1]) {
              clearInterval(timer);
              resolve(match[1]);
            }
          }, 50);
          void exit.then(() => {
            clearInterval(timer);
            reject(new Error(`serve.mjs exited early:\n${output()}`));
          });
        });
        expect((await fetch(url)).status).toBe(200);
        child.kill(signal);
        expect(await exit).toBe(0);
        expect(output().trim().split('\n')).toHaveLength(1);
      }
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('exits with code 1 and names the variable when the environment is invalid', async () => {
    const { child, output } = run({ PORTAL_PORT: 'viertausend' });
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('PORTAL_PORT');
  });
});
