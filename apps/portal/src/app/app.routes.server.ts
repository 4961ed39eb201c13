import { RenderMode, type ServerRoute } from '@angular/ssr';

/**
 * Which pages the server renders. Public pages (anonymous content that link previews, search
 * engines and slow devices should get without running the app) render on the server per request
 * and then hydrate; everything behind a login renders in the browser only (the server never knows
 * the session), and so does every path not listed here — a page someone adds later is safe by
 * default (client shell) until it is listed as public. See docs/portal.md "Server-side rendering".
 */
const publicPaths = [
  '',
  'angebote',
  'angebote/:slug',
  'partner',
  'o/:slug',
  'o/:slug/impressum',
  'o/:slug/datenschutz',
  'o/:slug/barrierefreiheit',
  'impressum',
  'datenschutz',
  'barrierefreiheit',
];

export const serverRoutes: ServerRoute[] = [
  ...publicPaths.map((path): ServerRoute => ({ path, renderMode: RenderMode.Server })),
  { path: '**', renderMode: RenderMode.Client },
];
