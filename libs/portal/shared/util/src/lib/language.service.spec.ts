import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';

import { type Language, LANGUAGE_STORAGE_KEY } from './language';
import { LanguageService } from './language.service';
import { type TranslationLoader, provideI18n } from './provide-i18n';

const dictionaries = {
  de: { app: { titleTemplate: '{{ page }} – Knotenpunkt' }, greeting: 'Willkommen' },
  en: { app: { titleTemplate: '{{ page }} – Knotenpunkt' }, greeting: 'Welcome' },
};

async function setup(options: { url?: string; stored?: string; loader?: TranslationLoader } = {}) {
  window.history.replaceState({}, '', options.url ?? '/');
  if (options.stored) localStorage.setItem(LANGUAGE_STORAGE_KEY, options.stored);
  const loader = jest.fn(options.loader ?? ((language: Language) => Promise.resolve(dictionaries[language])));
  TestBed.configureTestingModule({ providers: [provideI18n({ loader })] });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  return { service: TestBed.inject(LanguageService), transloco: TestBed.inject(TranslocoService), loader };
}

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'kp-lang=; Path=/; Max-Age=0';
    document.documentElement.lang = '';
  });

  it('starts in German with <html lang="de"> and German texts loaded', async () => {
    const { service, transloco, loader } = await setup();
    expect(service.current()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(transloco.translate('greeting')).toBe('Willkommen');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('tells whether the UI shows another language than the page arrived in (<html lang>)', async () => {
    document.documentElement.lang = 'de';
    const { service } = await setup();
    expect(service.differsFromPage()).toBe(false);
    await service.use('en');
    expect(service.differsFromPage()).toBe(true);
    await service.use('de');
    expect(service.differsFromPage()).toBe(false);
  });

  it('differs from the page at once when the server rendered another language than this browser chose', async () => {
    document.documentElement.lang = 'de';
    const { service } = await setup({ stored: 'en' });
    expect(service.differsFromPage()).toBe(true);
  });

  it('switches to English: texts, <html lang> and the remembered choice change together', async () => {
    const { service, transloco } = await setup();
    await service.use('en');
    expect(service.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(transloco.getActiveLang()).toBe('en');
    expect(transloco.translate('greeting')).toBe('Welcome');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts with the language remembered in this browser', async () => {
    const { service } = await setup({ stored: 'en' });
    expect(service.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a stored value that is not a supported language', async () => {
    const { service } = await setup({ stored: 'xx' });
    expect(service.current()).toBe('de');
  });

  it('lets ?lang=en win over the stored choice and remembers it', async () => {
    const { service } = await setup({ url: '/impressum?lang=en', stored: 'de' });
    expect(service.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('ignores an unsupported ?lang value', async () => {
    const { service } = await setup({ url: '/?lang=fr' });
    expect(service.current()).toBe('de');
  });

  it('keeps the last choice when an earlier translation arrives later', async () => {
    let releaseEnglish: (value: object) => void = () => undefined;
    const loader: TranslationLoader = (language) =>
      language === 'en' ? new Promise((resolve) => (releaseEnglish = resolve)) : Promise.resolve(dictionaries.de);
    const { service } = await setup({ loader });
    const english = service.use('en');
    await service.use('de');
    releaseEnglish(dictionaries.en);
    await english;
    expect(service.current()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('keeps the current language when a translation cannot be loaded', async () => {
    const loader: TranslationLoader = (language) =>
      language === 'en' ? Promise.reject(new Error('offline')) : Promise.resolve(dictionaries.de);
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { service } = await setup({ loader });
    await expect(service.use('en')).rejects.toThrow();
    consoleError.mockRestore();
    expect(service.current()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });
});
