#!/usr/bin/env node
// @ts-check
/**
 * Serves the built portal: `node tools/portal-server/serve.mjs`.
 * Environment: PORTAL_HOST (127.0.0.1), PORTAL_PORT (4200; 0 = any free port),
 * PORTAL_DIST (dist/apps/portal/browser), API_URL (http://127.0.0.1:3000; also where server
 * rendering fetches its data), PORTAL_SSR (auto | off), PORTAL_ALLOWED_HOSTS (comma-separated host
 * names besides localhost whose pages are server-rendered, e.g. knotenpunkt.example.org).
 */
import { pathToFileURL } from 'node:url';

import { parsePortalEnv, startPortalServer } from './server.mjs';

export { cacheControlFor, contentSecurityPolicyFor, parsePortalEnv, startPortalServer } from './server.mjs';

async function main() {
  let options;
  try {
    options = parsePortalEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const server = await startPortalServer(options);
  console.log(`Portal: ${server.url} (api proxied to ${options.apiUrl}; ${server.ssr ? 'server-side rendering on' : 'client-side rendering only'})`);

  let stopping = false;
  const stop = (/** @type {NodeJS.Signals} */ signal) => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error(`Portal server did not close cleanly after ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
