import type { Translation } from '@jsverse/transloco';
import type { Language, TranslationLoader } from '@knotenpunkt/portal/shared/util';

/**
 * One JSON dictionary per language under src/i18n. Each is its own lazily loaded, content-hashed
 * chunk: only the active language is downloaded, and browsers may cache it forever.
 */
const dictionaries: Record<Language, () => Promise<{ default: Translation }>> = {
  de: () => import('../i18n/de.json'),
  en: () => import('../i18n/en.json'),
};

export const loadTranslation: TranslationLoader = (language) => dictionaries[language]().then((module) => module.default);
