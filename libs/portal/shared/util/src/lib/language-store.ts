import { isPlatformServer } from '@angular/common';
import { DOCUMENT, InjectionToken, PLATFORM_ID, REQUEST, RESPONSE_INIT, inject } from '@angular/core';

import { LANGUAGE_COOKIE, LANGUAGE_STORAGE_KEY } from './language';

/** Where the visitor's language choice is remembered between visits. */
export interface LanguageStore {
  read(): string | null;
  write(value: string): void;
}

/**
 * localStorage-backed store. Storage can be missing (server rendering) or throw (blocked
 * cookies, private modes); the portal then simply forgets the choice instead of breaking.
 */
export function createLocalStorageLanguageStore(storage: () => Storage | undefined, document?: Document): LanguageStore {
  return {
    read() {
      let stored: string | null = null;
      try {
        stored = storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
      } catch {
        stored = null;
      }
      // The cookie also carries a choice made on a server-rendered page (?lang=) before the app ran.
      return stored ?? (document ? cookieValue(document.cookie, LANGUAGE_COOKIE) : null);
    },
    write(value) {
      try {
        storage()?.setItem(LANGUAGE_STORAGE_KEY, value);
      } catch {
        // Not persisting is acceptable: the choice still applies to this visit.
      }
      // Also as a cookie, so that server-rendered pages come in the chosen language.
      if (document) document.cookie = languageCookie(value);
    },
  };
}

/** The value of one cookie in a `Cookie` request header, or null. */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The language cookie (a year; only the language code, no tracking; Lax so links from other sites keep it). */
export function languageCookie(value: string): string {
  return `${LANGUAGE_COOKIE}=${encodeURIComponent(value)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/**
 * Server renders: the choice comes from the request's language cookie; a choice made in the
 * address (`?lang=en`) is remembered by a Set-Cookie on the response, as the browser would.
 */
export function createRequestLanguageStore(cookieHeader: string | null | undefined, response?: ResponseInit | null): LanguageStore {
  return {
    read: () => cookieValue(cookieHeader, LANGUAGE_COOKIE),
    write: (value) => {
      if (response?.headers instanceof Headers) response.headers.append('Set-Cookie', languageCookie(value));
    },
  };
}

export const LANGUAGE_STORE = new InjectionToken<LanguageStore>('LANGUAGE_STORE', {
  providedIn: 'root',
  factory: () => {
    // REQUEST exists only while the server renders a page; without one on the server (the build's
    // route extraction) there is no choice to read or keep.
    const request = inject(REQUEST, { optional: true });
    if (request) return createRequestLanguageStore(request.headers.get('cookie'), inject(RESPONSE_INIT, { optional: true }));
    if (isPlatformServer(inject(PLATFORM_ID))) return createRequestLanguageStore(null);
    const document = inject(DOCUMENT);
    const view = document.defaultView;
    return createLocalStorageLanguageStore(() => view?.localStorage, document);
  },
});
