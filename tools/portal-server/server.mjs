// @ts-check
/**
 * Small production server for the built portal: static files with sensible caching, SPA fallback
 * for page navigations, and `/api` proxied to the api (path kept). Plain Node ESM so it runs
 * without a build step. An Angular SSR server will later replace or extend it.
 */
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';

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
});

/**
 * @typedef {object} PortalServerOptions
 * @property {string} distDir Directory with the built browser files (index.html and assets).
 * @property {string} apiUrl Base URL of the api; `/api/...` is forwarded there unchanged.
 * @property {number} [port] 0 picks a free port.
 * @property {string} [host]
 */

/**
 * @typedef {object} PortalServer
 * @property {string} url
 * @property {number} port
 * @property {() => Promise<void>} close
 */

/**
 * Reads the server's settings from the environment; the error names each offending variable.
 * @param {Record<string, string | undefined>} env
 * @returns {Required<PortalServerOptions>}
 */
export function parsePortalEnv(env = process.env) {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid portal server environment:\n${problems.join('\n')}`);
  }
  const { PORTAL_HOST, PORTAL_PORT, PORTAL_DIST, API_URL } = result.data;
  return { host: PORTAL_HOST, port: PORTAL_PORT, distDir: path.resolve(PORTAL_DIST), apiUrl: API_URL };
}

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
 * Starts the server and resolves once it listens.
 * @param {PortalServerOptions} options
 * @returns {Promise<PortalServer>}
 */
export async function startPortalServer({ distDir, apiUrl, port = 4200, host = '127.0.0.1' }) {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`No built portal at ${root} (index.html missing). Run \`npx nx build portal\` first.`);
  }

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
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

  // Client-side routes (/impressum, unknown pages too: the app renders its own 404 page).
  app.use((req, res, next) => {
    if (!isPageNavigation(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
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
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
