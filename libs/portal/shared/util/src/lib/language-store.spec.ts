import { LANGUAGE_STORAGE_KEY } from './language';
import { cookieValue, createLocalStorageLanguageStore, createRequestLanguageStore } from './language-store';

describe('createLocalStorageLanguageStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the choice in localStorage under a namespaced key', () => {
    const store = createLocalStorageLanguageStore(() => localStorage);
    expect(store.read()).toBeNull();
    store.write('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(store.read()).toBe('en');
  });

  it('degrades to "no stored choice" when storage is missing or throws', () => {
    const failing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    for (const storage of [undefined, failing]) {
      const store = createLocalStorageLanguageStore(() => storage);
      expect(store.read()).toBeNull();
      expect(() => store.write('en')).not.toThrow();
    }
  });
});

describe('language cookie (server rendering)', () => {
  it('is written together with localStorage when a document is given', () => {
    localStorage.clear();
    createLocalStorageLanguageStore(() => localStorage, document).write('en');
    expect(document.cookie).toContain('kp-lang=en');
    document.cookie = 'kp-lang=; Path=/; Max-Age=0';
  });

  it('is read from the Cookie request header on the server and never written there', () => {
    expect(cookieValue('a=1; kp-lang=en; b=2', 'kp-lang')).toBe('en');
    expect(cookieValue('', 'kp-lang')).toBeNull();
    expect(cookieValue(undefined, 'kp-lang')).toBeNull();
    const store = createRequestLanguageStore('session=x; kp-lang=en');
    expect(store.read()).toBe('en');
    expect(() => store.write('de')).not.toThrow();
    expect(createRequestLanguageStore(null).read()).toBeNull();
  });

  it('remembers a choice from the address with a Set-Cookie on the server response', () => {
    const response = { status: 200, headers: new Headers() };
    createRequestLanguageStore(null, response).write('en');
    expect(response.headers.get('set-cookie')).toBe('kp-lang=en; Path=/; Max-Age=31536000; SameSite=Lax');
  });

  it('falls back to the cookie in the browser when localStorage holds no choice', () => {
    localStorage.clear();
    document.cookie = 'kp-lang=en; Path=/';
    try {
      expect(createLocalStorageLanguageStore(() => localStorage, document).read()).toBe('en');
      localStorage.setItem('kp.language', 'de');
      expect(createLocalStorageLanguageStore(() => localStorage, document).read()).toBe('de');
    } finally {
      document.cookie = 'kp-lang=; Path=/; Max-Age=0';
      localStorage.clear();
    }
  });
});
