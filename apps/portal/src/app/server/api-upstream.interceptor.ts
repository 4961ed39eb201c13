import { type HttpInterceptorFn, HttpErrorResponse } from '@angular/common/http';
import { InjectionToken, REQUEST, REQUEST_CONTEXT, inject } from '@angular/core';
import { throwError } from 'rxjs';

/** What the portal server hands to every server render (`engine.handle(request, context)`). */
export interface PortalRenderContext {
  /** Base URL of the api (the portal server's API_URL), e.g. `http://api:3000`. */
  readonly apiUrl?: string;
}

/** Only these paths are fetched during a server render; they go to the api upstream. */
const API_PATH = /^\/api(?:\/|$)/;

/**
 * The api upstream for server renders: the portal server's `API_URL` from the request context,
 * else the `API_URL` environment variable (dev server), else the api's local default.
 */
export const SERVER_API_URL = new InjectionToken<string>('SERVER_API_URL', {
  providedIn: 'root',
  factory: () => {
    const context = inject(REQUEST_CONTEXT, { optional: true }) as PortalRenderContext | null;
    const fromEnv = typeof process !== 'undefined' ? process.env['API_URL'] : undefined;
    return (context?.apiUrl || fromEnv || 'http://127.0.0.1:3000').replace(/\/+$/, '');
  },
});

/**
 * Server renders only: the app's same-origin `/api/...` calls go straight to the configured api
 * upstream (no round trip through the portal server's proxy, no use of the request's Host header).
 * Any other URL is refused, so a render can never be made to fetch an arbitrary address (SSRF).
 * No cookie or Authorization header is forwarded: public pages render as anonymous.
 *
 * Registered as a *root* interceptor so it runs after HttpClient's transfer cache: the cache key
 * stays the relative URL the browser asks for, and hydration reuses the answer instead of
 * fetching again. Platform-server's own root interceptor may already have made the URL absolute
 * against the request's origin; that origin is stripped again here.
 */
export const apiUpstreamInterceptor: HttpInterceptorFn = (request, next) => {
  const apiUrl = inject(SERVER_API_URL);
  const requestOrigin = originOf(inject(REQUEST, { optional: true })?.url);
  let url: URL;
  try {
    url = new URL(request.url, 'http://render.invalid');
  } catch {
    return refuse(request.url);
  }
  const relative = url.origin === 'http://render.invalid';
  const sameOrigin = relative || (requestOrigin !== null && url.origin === requestOrigin);
  if (!sameOrigin || !API_PATH.test(url.pathname)) return refuse(request.url);
  return next(
    request.clone({
      url: `${apiUrl}${url.pathname}${url.search}`,
      withCredentials: false,
      headers: request.headers.delete('Cookie').delete('Authorization'),
    }),
  );
};

/** The origin of the page being rendered, which platform-server resolves relative URLs against. */
function originOf(requestUrl: string | undefined): string | null {
  if (!requestUrl) return null;
  try {
    return new URL(requestUrl).origin;
  } catch {
    return null;
  }
}

function refuse(url: string) {
  return throwError(
    () => new HttpErrorResponse({ url, status: 0, statusText: 'Refused', error: new Error(`Server render may only call the api (/api/…), not ${url}`) }),
  );
}
