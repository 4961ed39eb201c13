import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type IncomingMessage, type Server, createServer, request as httpRequest } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { apiErrorSchema } from '@knotenpunkt/shared/contracts';

import { cacheControlFor, contentSecurityPolicyFor, inlineScriptHashes, isAllowedHost, loadScriptsAfterFirstPaint, parsePortalEnv, startPortalServer } from './server.mjs';

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
      ssr: 'auto',
      allowedHosts: [],
    });
  });

  it('reads every variable and treats empty ones as unset', () => {
    expect(
      parsePortalEnv({ PORTAL_HOST: '0.0.0.0', PORTAL_PORT: '0', PORTAL_DIST: '/srv/portal', API_URL: '' }),
    ).toEqual({ host: '0.0.0.0', port: 0, distDir: '/srv/portal', apiUrl: 'http://127.0.0.1:3000', ssr: 'auto', allowedHosts: [] });
    expect(parsePortalEnv({ PORTAL_SSR: 'off', PORTAL_ALLOWED_HOSTS: ' Knotenpunkt.example.org, *.example.net ,' })).toMatchObject({
      ssr: 'off',
      allowedHosts: ['knotenpunkt.example.org', '*.example.net'],
    });
  });

  it('names each invalid variable in the error', () => {
    expect(() => parsePortalEnv({ PORTAL_PORT: 'achtzig' })).toThrow(/PORTAL_PORT/);
    expect(() => parsePortalEnv({ PORTAL_PORT: '70000' })).toThrow(/PORTAL_PORT/);
    expect(() => parsePortalEnv({ API_URL: 'localhost:3000' })).toThrow(/API_URL/);
    expect(() => parsePortalEnv({ API_URL: 'ftp://example.org' })).toThrow(/API_URL/);
    expect(() => parsePortalEnv({ PORTAL_SSR: 'yes' })).toThrow(/PORTAL_SSR/);
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
      expect(response.headers.get('content-security-policy')).toBe("script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'");
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

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('contentSecurityPolicyFor', () => {
  it('allows scripts from this origin plus exactly the page\'s inline scripts, by hash', () => {
    const html = [
      '<script>window.a = 1;</script>',
      '<script type="module" src="main-7M532Z5R.js"></script>',
      '<script id="ng-state" type="application/json">{"x":1}</script>',
      '<script type="application/ld+json" data-kp-jsonld="offer">{"@type":"Course"}</script>',
      '<script nonce="x">window.b = 2;</script>',
      '<script>window.a = 1;</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha('window.a = 1;'), sha('window.b = 2;')]);
    expect(contentSecurityPolicyFor(html)).toBe(
      `script-src 'self' ${sha('window.a = 1;')} ${sha('window.b = 2;')}; object-src 'none'; base-uri 'self'; frame-ancestors 'self'`,
    );
  });
});

describe('loadScriptsAfterFirstPaint', () => {
  const SSR_PAGE =
    '<html><head><link rel="modulepreload" href="chunk-AAAAAAAA.js"><script>replay()</script></head>' +
    '<body><kp-root ng-version="22" ng-server-context="ssr"><h1>Kurs</h1></kp-root>' +
    '<link rel="modulepreload" href="chunk-BBBBBBBB.js"><script src="main-CCCCCCCC.js" type="module"></script></body></html>';

  it('moves the module scripts and preloads of a server-rendered page into a loader that runs after the first frame', () => {
    const html = loadScriptsAfterFirstPaint(SSR_PAGE);
    expect(html).not.toContain('<link rel="modulepreload"');
    expect(html).not.toContain('<script src=');
    expect(html).toContain('<script>replay()</script>');
    const loader = /<script>(\(\(\)=>\{let d=0;[\s\S]*?)<\/script><\/body>/.exec(html)?.[1] ?? '';
    expect(loader).toContain('["chunk-AAAAAAAA.js","chunk-BBBBBBBB.js"]');
    expect(loader).toContain('["main-CCCCCCCC.js"]');
    expect(loader).toContain('requestAnimationFrame');
    // The loader is an inline script like any other: the page's CSP allows it by hash.
    expect(contentSecurityPolicyFor(html)).toContain(`'sha256-${createHash('sha256').update(loader).digest('base64')}'`);
  });

  it('leaves the client shell alone (nothing is on screen before the app starts)', () => {
    const shell = SSR_PAGE.replace(' ng-server-context="ssr"', '');
    expect(loadScriptsAfterFirstPaint(shell)).toBe(shell);
  });
});

describe('isAllowedHost', () => {
  it('matches exact names and *.domain wildcards only', () => {
    expect(isAllowedHost('knotenpunkt.example.org', ['knotenpunkt.example.org'])).toBe(true);
    expect(isAllowedHost('KNOTENPUNKT.example.org', ['knotenpunkt.example.org'])).toBe(true);
    expect(isAllowedHost('www.example.org', ['*.example.org'])).toBe(true);
    expect(isAllowedHost('evil-example.org', ['*.example.org'])).toBe(false);
    expect(isAllowedHost('attacker.test', ['localhost', '127.0.0.1'])).toBe(false);
  });
});

describe('startPortalServer with server-side rendering (a stand-in for the Angular app engine)', () => {
  const SHELL = '<!doctype html><html lang="de"><body><kp-root></kp-root><script>shell()</script></body></html>';
  const PAGE =
    '<!doctype html><html lang="de"><head><title>Kurs – Knotenpunkt</title>' +
    '<script type="application/ld+json">{"@type":"Course"}</script></head><body><kp-root><h1>Kurs</h1></kp-root>' +
    `<script>replay()</script><script id="ng-state" type="application/json">{}</script>${'<p>Text</p>'.repeat(200)}</body></html>`;
  let dist: string;
  let api: Awaited<ReturnType<typeof startFakeApi>>;
  let portal: Awaited<ReturnType<typeof startPortalServer>>;
  const seen: { url: string; context: unknown; headers: IncomingHttpHeaders }[] = [];

  const engine = {
    async handle(req: IncomingMessage, context?: unknown): Promise<Response | null> {
      seen.push({ url: req.url ?? '', context, headers: { ...req.headers } });
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      if (pathname === '/boom') throw new Error('render failed');
      if (pathname === '/nothing') return null;
      if (pathname === '/angebote/unbekannt') return new Response('<!doctype html><h1>Nicht gefunden</h1>', { status: 404, headers: { 'Content-Type': 'text/html;charset=UTF-8' } });
      if (pathname === '/konto') return new Response(SHELL, { status: 200, headers: { 'Content-Type': 'text/html;charset=UTF-8' } });
      return new Response(PAGE, { status: 200, headers: { 'Content-Type': 'text/html;charset=UTF-8' } });
    },
  };

  /** GET with a Host header of our choice (fetch does not allow setting it). */
  function getWithHost(pathname: string, host: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(`${portal.url}${pathname}`, { headers: { Host: host, Accept: 'text/html' } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.end();
    });
  }

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'portal-ssr-dist-'));
    writeFileSync(path.join(dist, 'index.csr.html'), SHELL);
    writeFileSync(path.join(dist, 'main-7M532Z5R.js'), MAIN_JS);
    api = await startFakeApi();
    portal = await startPortalServer({ distDir: dist, apiUrl: api.url, port: 0, appEngine: engine, allowedHosts: ['knotenpunkt.example.org'] });
  });

  afterAll(async () => {
    await portal.close();
    await new Promise((resolve) => api.server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  beforeEach(() => (seen.length = 0));

  it('renders page requests through the engine, telling it the api upstream', async () => {
    expect(portal.ssr).toBe(true);
    const response = await fetch(`${portal.url}/angebote/kurs?x=1`, { headers: { Accept: 'text/html', 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(PAGE);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/Cookie/);
    // Only the executable inline script is allowed, by hash; JSON-LD and transfer state are data.
    expect(response.headers.get('content-security-policy')).toBe(`script-src 'self' ${sha('replay()')}; object-src 'none'; base-uri 'self'; frame-ancestors 'self'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(seen).toEqual([expect.objectContaining({ url: '/angebote/kurs?x=1', context: { apiUrl: api.url } })]);
  });

  it('keeps the status the render set (404 for an unknown offer)', async () => {
    const response = await fetch(`${portal.url}/angebote/unbekannt`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Nicht gefunden');
  });

  it('passes client-rendered routes\' shell through, with the shell\'s script hashes', async () => {
    const response = await fetch(`${portal.url}/konto`, { headers: { Accept: 'text/html' } });
    expect(await response.text()).toBe(SHELL);
    expect(response.headers.get('content-security-policy')).toContain(sha('shell()'));
  });

  it('falls back to the client shell when a render fails or nothing matches', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const route of ['/boom', '/nothing']) {
        const response = await fetch(portal.url + route, { headers: { Accept: 'text/html' } });
        expect(response.status).toBe(200);
        expect(await response.text()).toBe(SHELL);
      }
      expect(spy).toHaveBeenCalledWith(expect.stringContaining('/boom'), expect.any(Error));
    } finally {
      spy.mockRestore();
    }
  });

  it('never renders for a Host that is not allowed (client shell instead), and renders for allowed ones', async () => {
    expect(await getWithHost('/angebote/kurs', 'attacker.test')).toEqual({ status: 200, body: SHELL });
    expect(seen).toEqual([]);
    expect((await getWithHost('/angebote/kurs', 'knotenpunkt.example.org:8080')).body).toBe(PAGE);
    expect(seen).toHaveLength(1);
  });

  it('drops proxy headers before rendering (the engine does not trust them)', async () => {
    await fetch(`${portal.url}/angebote/kurs`, { headers: { Accept: 'text/html', 'X-Forwarded-Host': 'attacker.test', Forwarded: 'host=attacker.test' } });
    expect(seen[0]?.headers['x-forwarded-host']).toBeUndefined();
    expect(seen[0]?.headers['forwarded']).toBeUndefined();
  });

  it('serves files and proxies /api without the engine', async () => {
    expect((await fetch(`${portal.url}/main-7M532Z5R.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await (await fetch(`${portal.url}/api/v1/health`)).json()).toEqual({ from: 'api', url: '/api/v1/health' });
    expect((await fetch(`${portal.url}/chunk-MISSING1.js`)).status).toBe(404);
    expect(seen).toEqual([]);
  });

  it('uses the client shell only with ssr: off', async () => {
    const plain = await startPortalServer({ distDir: dist, apiUrl: api.url, port: 0, appEngine: engine, ssr: 'off' });
    try {
      expect(plain.ssr).toBe(false);
      expect(await (await fetch(`${plain.url}/angebote/kurs`, { headers: { Accept: 'text/html' } })).text()).toBe(SHELL);
      expect(seen).toEqual([]);
    } finally {
      await plain.close();
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
