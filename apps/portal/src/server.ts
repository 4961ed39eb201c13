/**
 * The server bundle's entry (dist/apps/portal/server/server.mjs). tools/portal-server imports it
 * and renders page requests with `createAppEngine()`; the bundle does not listen on its own.
 * Keeping the engine in this bundle matters: the bundle registers the app's manifest with its own
 * copy of @angular/ssr. `reqHandler` is for the dev server (`nx serve portal`), which renders
 * pages through it (api calls go to API_URL or http://127.0.0.1:3000, like proxy.conf.json).
 */
import {
  AngularNodeAppEngine,
  type AngularNodeAppEngineOptions,
  createNodeRequestHandler,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';

import type { PortalRenderContext } from './app/server/api-upstream.interceptor';

export function createAppEngine(options: AngularNodeAppEngineOptions = {}): AngularNodeAppEngine {
  return new AngularNodeAppEngine(options);
}

export { writeResponseToNodeResponse };

let devEngine: AngularNodeAppEngine | undefined;

export const reqHandler = createNodeRequestHandler(async (req, res, next) => {
  devEngine ??= createAppEngine();
  const context: PortalRenderContext = { apiUrl: process.env['API_URL'] || 'http://127.0.0.1:3000' };
  const response = await devEngine.handle(req, context);
  if (response) await writeResponseToNodeResponse(response, res);
  else next();
});
