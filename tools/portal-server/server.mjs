// @ts-check
/**
 * Production server for the built portal: static files with sensible caching, `/api` proxied to
 * the api (path kept), and page requests rendered by the Angular app engine from the build's
 * server bundle (`<dist>/../server/server.mjs`, Angular SSR): public pages come as finished HTML,
 * the others as the client shell (RenderMode.Client). Without a server bundle (or with
 * PORTAL_SSR=off) every page request gets the client shell (SPA fallback). Plain Node ESM so it
 * runs without a build step. See docs/portal.md "Server-side rendering".
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import compression from 'compression';
import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { z } from 'zod';

/**
 * Unset and empty variables both mean "use the default".
 * @template {z.ZodType} T
 * @param {T} schema
 */
const optional = (schema) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const envSchema = z.object({
  PORTAL_HOST: optional(z.string().min(1).default('127.0.0.1')),
  PORTAL_PORT: optional(z.coerce.number().int().min(0).max(65535).default(4200)),
  PORTAL_DIST: optional(z.string().min(1).default('dist/apps/portal/browser')),
  API_URL: optional(z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000')),
  PORTAL_SSR: optional(z.enum(['auto', 'off']).default('auto')),
  PORTAL_ALLOWED_HOSTS: optional(z.string().default('')),
});

/** Host names server rendering always accepts (the server's own loopback addresses). */
export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * @typedef {object} PortalServerOptions
 * @property {string} distDir Directory with the built browser files (index.html and assets).
 * @property {string} apiUrl Base URL of the api; `/api/...` is forwarded there unchanged.
 * @property {number} [port] 0 picks a free port.
 * @property {string} [host]
 * @property {'auto' | 'off'} [ssr] `auto` (default): render with the build's server bundle if there is one.
 * @property {string[]} [allowedHosts] Host names (or `*.example.org`) whose page requests are server
 *   rendered, besides localhost; other hosts get the client shell. PORTAL_ALLOWED_HOSTS, comma-separated.
 * @property {AppEngine | null} [appEngine] An engine to use instead of the build's (tests).
 */

/**
 * What the portal server needs of Angular's AngularNodeAppEngine.
 * @typedef {object} AppEngine
 * @property {(req: import('node:http').IncomingMessage, context?: unknown) => Promise<Response | null>} handle
 */

/**
 * @typedef {object} PortalServer
 * @property {string} url
 * @property {number} port
 * @property {boolean} ssr whether page requests are rendered by the Angular app engine
 * @property {() => Promise<void>} close
 */

/**
 * Reads the server's settings from the environment; the error names each offending variable.
 * @param {Record<string, string | undefined>} env
 * @returns {Required<Omit<PortalServerOptions, 'appEngine'>>}
 */
export function parsePortalEnv(env = process.env) {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid portal server environment:\n${problems.join('\n')}`);
  }
  const { PORTAL_HOST, PORTAL_PORT, PORTAL_DIST, API_URL, PORTAL_SSR, PORTAL_ALLOWED_HOSTS } = result.data;
  const allowedHosts = PORTAL_ALLOWED_HOSTS.split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  return { host: PORTAL_HOST, port: PORTAL_PORT, distDir: path.resolve(PORTAL_DIST), apiUrl: API_URL, ssr: PORTAL_SSR, allowedHosts };
}

/**
 * `script-src` hashes of the inline scripts of an HTML page (Angular's event-replay and
 * style-loading snippets). Data blocks (JSON-LD, Angular's transfer state) are not scripts to CSP.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\ssrc\s*=/i.test(attributes) || body === '') continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The Content-Security-Policy of a portal page: scripts only from this origin plus the page's own
 * inline snippets by hash (what Angular's build-time autoCsp did, now per response because
 * server-rendered pages differ), no plugins, no foreign <base>, not framed by other sites.
 * @param {string} html
 */
export function contentSecurityPolicyFor(html) {
  return [`script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(), "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'"].join('; ');
}

/**
 * A server-rendered page is readable before any script runs, so its scripts should not compete
 * with the document for the first paint on a slow phone: the app's module scripts and module
 * preloads are taken out of the HTML and added by a small inline loader right after the first
 * frame has been painted (requestAnimationFrame, then a task; at once in a hidden tab, where no
 * frames run). Clicks before hydration are kept by Angular's event replay.
 * Pages without server content (the client shell: `ng-server-context` missing) are left alone,
 * since there the app must start to show anything.
 * @param {string} html
 */
export function loadScriptsAfterFirstPaint(html) {
  if (!/<kp-root[^>]*\sng-server-context=/.test(html)) return html;
  /** @type {string[]} */
  const preloads = [];
  /** @type {string[]} */
  const modules = [];
  const attribute = (/** @type {string} */ tag, /** @type {string} */ name) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  let rest = html.replace(/<link\b[^>]*\srel="modulepreload"[^>]*>/g, (tag) => {
    const href = attribute(tag, 'href');
    if (href) preloads.push(href);
    return '';
  });
  rest = rest.replace(/<script\b[^>]*\stype="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>|<script\b[^>]*\ssrc="[^"]+"[^>]*\stype="module"[^>]*><\/script>/g, (tag) => {
    const src = attribute(tag, 'src');
    if (src) modules.push(src);
    return '';
  });
  if (modules.length === 0) return html;
  const loader =
    `(()=>{let d=0;const go=()=>{if(d)return;d=1;` +
    `for(const h of ${JSON.stringify(preloads)}){const l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.appendChild(l)}` +
    `for(const u of ${JSON.stringify(modules)}){const s=document.createElement("script");s.type="module";s.src=u;document.body.appendChild(s)}};` +
    `if(document.visibilityState==="hidden")go();else requestAnimationFrame(()=>setTimeout(go))})()`;
  return rest.replace(/<\/body>/, `<script>${loader}</script></body>`);
}

/**
 * @param {string} hostname lower-case, IPv6 in brackets (as in URL.hostname)
 * @param {readonly string[]} allowed
 */
export function isAllowedHost(hostname, allowed) {
  const name = hostname.toLowerCase();
  return allowed.some((entry) => entry === '*' || entry === name || (entry.startsWith('*.') && name.endsWith(entry.slice(1))));
}

/**
 * The Angular app engine from the build's server bundle, or null (no bundle, or SSR turned off).
 * @param {string} root the browser build directory
 * @param {string[]} allowedHosts
 */
async function loadAppEngine(root, allowedHosts) {
  const entry = path.join(root, '..', 'server', 'server.mjs');
  if (!existsSync(entry)) return null;
  /** @type {{ createAppEngine(options: object): AppEngine }} */
  const bundle = await import(pathToFileURL(entry).href);
  return bundle.createAppEngine({ allowedHosts });
}

/** Proxy headers the engine would only warn about (trustProxyHeaders is off): dropped before rendering. */
const PROXY_HEADER = /^(?:forwarded|x-forwarded-.*)$/;

/**
 * Angular's build names content-hashed files `name-HASH.ext` (8 characters of base32/base64url),
 * e.g. main-7M532Z5R.js, chunk-ByZm-Jsw.js, styles-HO3JAULT.css; media/ holds hashed files too.
 */
const HASHED_FILE = /(?:^|\/)(?:media\/.+|[^/]+-[A-Za-z0-9_-]{8}\.(?:js|mjs|css|map|woff2?|ttf|otf|png|jpe?g|gif|webp|avif|svg|ico))$/;

/** @param {string} filePath */
export function cacheControlFor(filePath) {
  return HASHED_FILE.test(filePath.split(path.sep).join('/'))
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/**
 * A request for a page rather than a file: browsers navigate with `Accept: text/html`; other
 * clients get the app for paths without a file extension. `/missing-chunk.js` stays a 404.
 * @param {import('express').Request} req
 */
function isPageNavigation(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const lastSegment = req.path.slice(req.path.lastIndexOf('/') + 1);
  return (req.headers.accept ?? '').includes('text/html') || !lastSegment.includes('.');
}

/**
 * The request's host name as URL.hostname spells it (IPv6 in brackets), without the port.
 * @param {import('express').Request} req
 */
function hostnameOf(req) {
  try {
    return new URL(`http://${req.headers.host ?? ''}`).hostname;
  } catch {
    return '';
  }
}

/**
 * Starts the server and resolves once it listens.
 * @param {PortalServerOptions} options
 * @returns {Promise<PortalServer>}
 */
export async function startPortalServer({ distDir, apiUrl, port = 4200, host = '127.0.0.1', ssr = 'auto', allowedHosts = [], appEngine }) {
  const root = path.resolve(distDir);
  // An SSR build names the client shell index.csr.html; a browser-only build index.html.
  const indexFile = ['index.html', 'index.csr.html'].map((name) => path.join(root, name)).find((file) => existsSync(file));
  if (!indexFile) {
    throw new Error(`No built portal at ${root} (index.html missing). Run \`npx nx build portal\` first.`);
  }
  const shell = readFileSync(indexFile, 'utf8');
  const shellPolicy = contentSecurityPolicyFor(shell);
  const hosts = [...new Set([...LOCAL_HOSTS, ...allowedHosts.map((h) => h.toLowerCase())])];
  const engine = ssr === 'off' ? null : appEngine !== undefined ? appEngine : await loadAppEngine(root, hosts);

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  });

  // Liveness for containers and nginx (docker/compose.yml); never rendered, never proxied.
  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/plain').send('ok\n');
  });

  app.use(
    createProxyMiddleware({
      target: apiUrl,
      pathFilter: (pathname) => pathname === '/api' || pathname.startsWith('/api/'),
      xfwd: true,
      on: {
        error: (_error, _req, res) => {
          // Same shape as the api's own error bodies (apiErrorSchema in shared/contracts).
          if ('writeHead' in res && !res.headersSent) {
            res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' });
            res.end(JSON.stringify({ statusCode: 502, error: 'Bad Gateway', message: 'The api is not reachable.' }));
          } else {
            res.destroy();
          }
        },
      },
    }),
  );

  // After the proxy on purpose: api responses (streams, server-sent events) pass through untouched.
  app.use(compression());

  app.use(
    express.static(root, {
      index: false,
      redirect: false,
      setHeaders: (res, filePath) => res.setHeader('Cache-Control', cacheControlFor(path.relative(root, filePath))),
    }),
  );

  /** @param {import('express').Response} res */
  const sendShell = (res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', shellPolicy);
    res.type('html').send(shell);
  };

  // Pages: rendered by the Angular app engine (public routes as HTML, the others as the client
  // shell), or the client shell alone (no SSR build; a host that is not allowed; a render error —
  // the browser app then still works, so a broken render never takes the portal down).
  app.use(async (req, res, next) => {
    if (!isPageNavigation(req)) return next();
    if (!engine || !isAllowedHost(hostnameOf(req), hosts)) return sendShell(res);
    try {
      for (const name of Object.keys(req.headers)) if (PROXY_HEADER.test(name)) delete req.headers[name];
      const response = await engine.handle(req, { apiUrl });
      if (!response) return sendShell(res);
      const isHtml = (response.headers.get('content-type') ?? 'text/html').includes('html');
      const body = isHtml ? loadScriptsAfterFirstPaint(await response.text()) : await response.text();
      res.status(response.status);
      response.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'set-cookie') res.setHeader(name, value);
      });
      // E.g. the language cookie when the address chose one (?lang=en).
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
      res.setHeader('Cache-Control', 'no-cache');
      // The server render follows the language cookie (kp-lang).
      res.setHeader('Vary', 'Cookie');
      if (isHtml) res.setHeader('Content-Security-Policy', contentSecurityPolicyFor(body));
      res.send(body);
    } catch (error) {
      console.error(`Server rendering of ${req.originalUrl} failed; sending the client shell instead.`, error);
      if (!res.headersSent) sendShell(res);
      else res.end();
    }
  });

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  const server = app.listen(port, host);
  await once(server, 'listening');
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    ssr: engine !== null,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
