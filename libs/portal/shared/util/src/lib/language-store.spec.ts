import { LANGUAGE_STORAGE_KEY } from './language';
import { createLocalStorageLanguageStore } from './language-store';

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
