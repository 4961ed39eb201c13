import { DOCUMENT, InjectionToken, inject } from '@angular/core';

import { LANGUAGE_STORAGE_KEY } from './language';

/** Where the visitor's language choice is remembered between visits. */
export interface LanguageStore {
  read(): string | null;
  write(value: string): void;
}

/**
 * localStorage-backed store. Storage can be missing (server rendering) or throw (blocked
 * cookies, private modes); the portal then simply forgets the choice instead of breaking.
 */
export function createLocalStorageLanguageStore(storage: () => Storage | undefined): LanguageStore {
  return {
    read() {
      try {
        return storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        storage()?.setItem(LANGUAGE_STORAGE_KEY, value);
      } catch {
        // Not persisting is acceptable: the choice still applies to this visit.
      }
    },
  };
}

export const LANGUAGE_STORE = new InjectionToken<LanguageStore>('LANGUAGE_STORE', {
  providedIn: 'root',
  factory: () => {
    const view = inject(DOCUMENT).defaultView;
    return createLocalStorageLanguageStore(() => view?.localStorage);
  },
});
