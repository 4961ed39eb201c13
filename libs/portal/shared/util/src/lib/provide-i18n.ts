import { isPlatformBrowser } from '@angular/common';
import {
  type EnvironmentProviders,
  Injectable,
  InjectionToken,
  PLATFORM_ID,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { type Translation, type TranslocoLoader, provideTransloco } from '@jsverse/transloco';

import { DEFAULT_LANGUAGE, type Language, SUPPORTED_LANGUAGES, isLanguage } from './language';
import { LanguageService } from './language.service';
import { TranslatedTitleStrategy } from './translated-title-strategy';

/** Loads one language's dictionary, e.g. `(lang) => import(`./i18n/${lang}.json`)`. */
export type TranslationLoader = (language: Language) => Promise<Translation>;

export const TRANSLATION_LOADER = new InjectionToken<TranslationLoader>('TRANSLATION_LOADER');

@Injectable()
class DelegatingTranslocoLoader implements TranslocoLoader {
  private readonly load = inject(TRANSLATION_LOADER);

  getTranslation(language: string): Promise<Translation> {
    if (!isLanguage(language)) return Promise.reject(new Error(`Unsupported language "${language}"`));
    return this.load(language);
  }
}

export interface I18nOptions {
  loader: TranslationLoader;
}

/**
 * Everything the portal needs for runtime i18n: Transloco with the given loader, the language
 * detected and loaded before the first render, and translated document titles.
 */
export function provideI18n(options: I18nOptions): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: {
        availableLangs: [...SUPPORTED_LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { logMissingKey: true, useFallbackTranslation: false },
      },
      loader: DelegatingTranslocoLoader,
    }),
    { provide: TRANSLATION_LOADER, useValue: options.loader },
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(async () => {
      const browser = isPlatformBrowser(inject(PLATFORM_ID));
      await inject(LanguageService).init();
      // The translation arrives in a task that also evaluates and flattens it; in the browser the rest
      // of the start (hydration) then follows in a task of its own, so neither gets long on a phone.
      if (browser) await new Promise((resolve) => setTimeout(resolve));
    }),
  ]);
}
