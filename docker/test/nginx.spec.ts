import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dockerDir, freePort, parseEnvFile, readDockerFile } from './support/compose';

/*
 * docker/nginx/default.conf is rendered the way the nginx image's entrypoint does it (envsubst of
 * the variables matching NGINX_ENVSUBST_FILTER from docker/portal.Dockerfile), then
 *   1. checked with `nginx -t` exactly as rendered for the stack, and
 *   2. served by a real nginx in front of a stub api, to check what browsers and the api get.
 * Needs the nginx binary (Debian package `nginx`). For (2) the test changes only what cannot work
 * outside a container: the listen port, the document root and the access log path.
 */

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(
  (candidate) => spawnSync(candidate, ['-v']).status === 0,
);
if (!NGINX) {
  throw new Error('nginx is not installed: `apt-get install -y nginx` (Debian package; only the binary is used, no service)');
}

const portalDockerfile = readDockerFile('portal.Dockerfile');
const template = readDockerFile('nginx/default.conf');

/** ENV defaults of the portal image, e.g. NGINX_ENVSUBST_FILTER and NGINX_API_UPSTREAM. */
function dockerfileEnv(dockerfile: string): Record<string, string> {
  const block = /^ENV ((?:.*\\\n)*.*)$/m.exec(dockerfile.split('FROM ${NGINX_IMAGE}')[1] ?? '');
  if (!block) throw new Error('no ENV block in the runtime stage of portal.Dockerfile');
  const env: Record<string, string> = {};
  for (const match of block[1].matchAll(/([A-Z_][A-Z0-9_]*)=("[^"]*"|\S+)/g)) env[match[1]] = match[2].replace(/^"|"$/g, '');
  return env;
}

const imageEnv = dockerfileEnv(portalDockerfile);

/** What the image's 20-envsubst-on-templates.sh does: substitute defined variables that match the filter. */
function render(env: Record<string, string>): string {
  const filter = new RegExp(imageEnv['NGINX_ENVSUBST_FILTER']);
  let text = template;
  for (const [name, value] of Object.entries(env)) {
    if (!filter.test(name)) continue;
    text = text.replace(new RegExp(`\\$\\{${name}\\}|\\$${name}\\b`, 'g'), () => value);
  }
  return text;
}

/** A private nginx prefix: nginx.conf like the image's (http block including our server), mime types, snippets. */
function prefixWith(serverConf: string, extraHttp = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-nginx-'));
  mkdirSync(join(dir, 'logs'));
  copyFileSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
  cpSync(join(dockerDir, 'nginx', 'snippets'), join(dir, 'snippets'), { recursive: true });
  writeFileSync(join(dir, 'default.conf'), serverConf);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 64; }
http {
    include mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path ${dir}/client_temp;
    proxy_temp_path ${dir}/proxy_temp;
    fastcgi_temp_path ${dir}/fastcgi_temp;
    uwsgi_temp_path ${dir}/uwsgi_temp;
    scgi_temp_path ${dir}/scgi_temp;
    ${extraHttp}
    include default.conf;
}
`,
  );
  return dir;
}

function nginxTest(dir: string): { status: number | null; output: string } {
  const result = spawnSync(NGINX as string, ['-t', '-q', '-e', 'stderr', '-p', `${dir}/`, '-c', `${dir}/nginx.conf`], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('nginx template as the portal image renders it', () => {
  const envExample = parseEnvFile(readDockerFile('.env.example'));
  const stackEnv = {
    ...imageEnv,
    API_BODY_LIMIT_BYTES: envExample['API_BODY_LIMIT_BYTES'],
    IMPORT_BODY_LIMIT_BYTES: envExample['IMPORT_BODY_LIMIT_BYTES'],
    NGINX_REAL_IP_FROM: envExample['NGINX_REAL_IP_FROM'],
    // Set by the image's 15-local-resolvers.envsh from /etc/resolv.conf (Docker's DNS).
    NGINX_LOCAL_RESOLVERS: '127.0.0.11 ',
  };
  const rendered = render(stackEnv);
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('has a value for every placeholder (no ${...} left after envsubst)', () => {
    const directives = rendered.split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(directives.filter((line) => line.includes('${'))).toEqual([]);
    expect(imageEnv).toMatchObject({ NGINX_ENTRYPOINT_LOCAL_RESOLVERS: '1', NGINX_API_UPSTREAM: 'api:3000', NGINX_PORTAL_UPSTREAM: 'portal-ssr:4000' });
  });

  it('passes `nginx -t`', () => {
    const dir = prefixWith(rendered);
    dirs.push(dir);
    const result = nginxTest(dir);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('`nginx -t` catches a broken template (guards against a vacuous check)', () => {
    const dir = prefixWith(rendered.replace('client_max_body_size', 'client_max_body_sise'));
    dirs.push(dir);
    const result = nginxTest(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/unknown directive "client_max_body_sise"/);
  });

  it('lets exchange files up to IMPORT_BODY_LIMIT_BYTES through on the import route only', () => {
    expect(envExample['IMPORT_BODY_LIMIT_BYTES']).toMatch(/^\d+$/);
    expect(rendered).toMatch(new RegExp(`location ~ "\\^/api/v1/tenants/\\[0-9a-f-\\]\\{36\\}/imports\\$" \\{\\s*client_max_body_size ${envExample['IMPORT_BODY_LIMIT_BYTES']};`));
  });

  it('limits bodies to API_BODY_LIMIT_BYTES, like the api', () => {
    expect(rendered).toMatch(new RegExp(`^\\s*client_max_body_size ${envExample['API_BODY_LIMIT_BYTES']};$`, 'm'));
  });
});

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bodyLength: number;
}

describe('nginx serving the portal in front of a stub api', () => {
  const BODY_LIMIT = 2048;
  let dir: string;
  let nginx: ChildProcess;
  let api: Server;
  let portalServer: Server;
  let base: string;
  const seen: Seen[] = [];
  const pages: Seen[] = [];
  const PAGE_CSP = "script-src 'self' 'sha256-abc='; object-src 'none'; base-uri 'self'";

  beforeAll(async () => {
    // Stands in for tools/portal-server: renders pages (404 for an unknown offer) with its own CSP.
    portalServer = createServer((request, response) => {
      pages.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, bodyLength: 0 });
      const unknown = (request.url ?? '').startsWith('/angebote/gibt-es-nicht');
      response.writeHead(unknown ? 404 : 200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': PAGE_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
      });
      response.end(`<!doctype html><title>Knotenpunkt</title><kp-root ng-server-context="ssr"><h1>${unknown ? 'Nicht gefunden' : 'Seite'}</h1></kp-root>${'<p>x</p>'.repeat(300)}`);
    });
    await new Promise<void>((resolve) => portalServer.listen(0, '127.0.0.1', resolve));
    const portalAddress = portalServer.address();
    const portalPort = typeof portalAddress === 'object' && portalAddress ? portalAddress.port : 0;

    api = createServer((request, response) => {
      let length = 0;
      request.on('data', (chunk: Buffer) => (length += chunk.length));
      request.on('end', () => {
        seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, bodyLength: length });
        response.writeHead(200, {
          'content-type': 'application/json',
          'x-request-id': String(request.headers['x-request-id']),
          'content-security-policy': "default-src 'none'",
        });
        response.end(JSON.stringify({ ok: true, padding: 'x'.repeat(2000) }));
      });
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const apiAddress = api.address();
    const apiPort = typeof apiAddress === 'object' && apiAddress ? apiAddress.port : 0;
    const port = await freePort();

    const conf = render({
      ...imageEnv,
      API_BODY_LIMIT_BYTES: String(BODY_LIMIT),
      NGINX_API_UPSTREAM: `127.0.0.1:${apiPort}`,
      NGINX_PORTAL_UPSTREAM: `127.0.0.1:${portalPort}`,
      // Trust no one here: a client's X-Forwarded-For must not become the client address.
      NGINX_REAL_IP_FROM: '192.0.2.1/32',
      NGINX_LOCAL_RESOLVERS: '127.0.0.1',
    });
    dir = prefixWith('');
    const html = join(dir, 'html');
    mkdirSync(join(html, 'assets', 'i18n'), { recursive: true });
    mkdirSync(join(html, 'media'), { recursive: true });
    writeFileSync(join(html, 'index.csr.html'), '<!doctype html><title>Knotenpunkt</title><kp-root></kp-root>');
    const mainJs = `console.log(${JSON.stringify('x'.repeat(4000))});`;
    writeFileSync(join(html, 'main-HYQ3ZJ3A.js'), mainJs);
    writeFileSync(join(html, 'main-HYQ3ZJ3A.js.gz'), gzipSync(mainJs));
    writeFileSync(join(html, 'media', 'roboto-7QJBZ4XW.woff2'), 'font');
    writeFileSync(join(html, 'assets', 'i18n', 'de.json'), '{"hello":"Hallo"}');
    writeFileSync(join(html, 'favicon.ico'), 'icon');
    writeFileSync(
      join(dir, 'default.conf'),
      conf
        .replace(/^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${port};`)
        .replace('root /usr/share/nginx/html;', `root ${html};`)
        .replace('/var/log/nginx/access.log', `${dir}/logs/access.log`),
    );
    expect(nginxTest(dir)).toEqual({ status: 0, output: '' });

    nginx = spawn(NGINX as string, ['-e', 'stderr', '-p', `${dir}/`, '-c', `${dir}/nginx.conf`], { stdio: ['ignore', 'ignore', 'pipe'] });
    await waitForPort(port);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    api?.closeAllConnections();
    await new Promise((resolve) => (api ? api.close(resolve) : resolve(undefined)));
    portalServer?.closeAllConnections();
    await new Promise((resolve) => (portalServer?.listening ? portalServer.close(resolve) : resolve(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers its health check', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });

  it('hands pages to the portal server (SSR) with the public host, keeping its status and script policy', async () => {
    const response = await fetch(`${base}/angebote/deutschkurs-a1?region=05`, { headers: { 'x-request-id': 'req-page-000000001', 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<h1>Seite</h1>');
    const page = pages.at(-1) as Seen;
    expect(page.url).toBe('/angebote/deutschkurs-a1?region=05');
    expect(page.headers['host']).toBe('127.0.0.1');
    expect(page.headers['x-request-id']).toBe('req-page-000000001');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // Two policies, both enforced: the page's script hashes, and nginx's for everything else.
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(PAGE_CSP);
    expect(csp).toMatch(/default-src 'self'; script-src 'self' 'unsafe-inline';.*frame-ancestors 'none'/);
    // Not twice (the portal server's copies are hidden, nginx adds them once).
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('server')).toBe('nginx');
  });

  it('passes the portal server\'s 404 for an unknown offer through', async () => {
    const response = await fetch(`${base}/angebote/gibt-es-nicht-123`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Nicht gefunden');
  });

  it('serves files from disk without asking the portal server, and never the shell as a file', async () => {
    const before = pages.length;
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(200);
    expect((await fetch(`${base}/main-HYQ3ZJ3A.js`)).status).toBe(200);
    expect((await fetch(`${base}/index.csr.html`)).status).toBe(404);
    expect(pages.length).toBe(before);
  });

  it('caches hashed build files for a year and serves the pre-compressed copy', async () => {
    const response = await fetch(`${base}/main-HYQ3ZJ3A.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('console.log');
    const font = await fetch(`${base}/media/roboto-7QJBZ4XW.woff2`);
    expect(font.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a missing hashed file instead of index.html', async () => {
    const response = await fetch(`${base}/chunk-ZZZZZZZZ.js`);
    expect(response.status).toBe(404);
  });

  it('revalidates files without a hash (translations, favicon)', async () => {
    for (const path of ['/assets/i18n/de.json', '/favicon.ico']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('proxies /api/ with forwarded headers, the request id passed through and the api owning its headers', async () => {
    const response = await fetch(`${base}/api/v1/offers?q=Deutsch`, {
      headers: { 'x-request-id': 'req-0123456789abcdef', 'x-forwarded-for': '203.0.113.7' },
    });
    expect(response.status).toBe(200);
    const request = seen.at(-1) as Seen;
    expect(request.url).toBe('/api/v1/offers?q=Deutsch');
    expect(request.headers['x-request-id']).toBe('req-0123456789abcdef');
    // The spoofed address is not passed on: the api sees the real peer.
    expect(request.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(request.headers['x-real-ip']).toBe('127.0.0.1');
    expect(request.headers['x-forwarded-proto']).toBe('http');
    // fetch() cannot set Host; nginx passes the client's host name (without port) on.
    expect(request.headers['host']).toBe('127.0.0.1');
    expect(request.headers['x-forwarded-host']).toBe('127.0.0.1');
    expect(response.headers.get('x-request-id')).toBe('req-0123456789abcdef');
    // The api's own CSP, not the portal's.
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('replaces a missing or malformed request id with its own', async () => {
    const variants: Record<string, string>[] = [{}, { 'x-request-id': 'short' }, { 'x-request-id': 'has spaces in it!' }];
    for (const headers of variants) {
      const response = await fetch(`${base}/api/health`, { headers });
      const sent = seen.at(-1)?.headers['x-request-id'];
      expect(sent).toMatch(/^[0-9a-f]{32}$/);
      expect(response.headers.get('x-request-id')).toBe(sent);
    }
  });

  it('compresses JSON from the api', async () => {
    const response = await fetch(`${base}/api/v1/offers`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends hash-like /api/ paths to the api, not to the static files', async () => {
    const response = await fetch(`${base}/api/v1/files/report-ABCDEFGH.png`);
    expect(response.status).toBe(200);
    expect(seen.at(-1)?.url).toBe('/api/v1/files/report-ABCDEFGH.png');
  });

  it('rejects bodies over API_BODY_LIMIT_BYTES with 413 and forwards smaller ones', async () => {
    const small = await fetch(`${base}/api/v1/imports`, { method: 'POST', body: 'x'.repeat(BODY_LIMIT - 100) });
    expect(small.status).toBe(200);
    expect(seen.at(-1)?.bodyLength).toBe(BODY_LIMIT - 100);
    const before = seen.length;
    const large = await fetch(`${base}/api/v1/imports`, { method: 'POST', body: 'x'.repeat(BODY_LIMIT + 1) });
    expect(large.status).toBe(413);
    expect(seen.length).toBe(before);
  });

  it('answers pages with the client shell when the portal server is down (stops its stub)', async () => {
    portalServer.closeAllConnections();
    await new Promise((resolve) => portalServer.close(resolve));
    const response = await fetch(`${base}/impressum`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<kp-root></kp-root>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });

  it('answers 503 JSON with the request id when the api is down (runs last: stops the stub)', async () => {
    api.closeAllConnections();
    await new Promise((resolve) => api.close(resolve));
    const response = await fetch(`${base}/api/v1/offers`, { headers: { 'x-request-id': 'req-down-00000001' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-request-id')).toBe('req-down-00000001');
    expect(await response.json()).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });
});

async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port} within 10 s`);
}
