import { defaultLanguage, supportedLanguages } from '@knotenpunkt/shared/contracts';

import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, isLanguage } from './language';

describe('portal languages', () => {
  it('are the languages the shared contracts accept, German first and by default', () => {
    expect([...SUPPORTED_LANGUAGES]).toEqual([...supportedLanguages]);
    expect(DEFAULT_LANGUAGE).toBe(defaultLanguage);
    expect(DEFAULT_LANGUAGE).toBe('de');
  });

  it('recognises only supported language codes', () => {
    expect(isLanguage('de')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('EN')).toBe(false);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(null)).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('names every language in that language', () => {
    expect(LANGUAGE_NAMES).toEqual({ de: 'Deutsch', en: 'English' });
  });
});
