import type { Language as ContractLanguage } from '@knotenpunkt/shared/contracts';

/**
 * The portal's languages. They mirror `supportedLanguages` in @knotenpunkt/shared/contracts; the
 * type below fails to compile if the two lists drift apart, and only a type is imported so the
 * contracts' zod schemas stay out of the browser bundle.
 */
export const SUPPORTED_LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

/** Query parameter that selects a language when a link is opened: `/?lang=en`. */
export const LANGUAGE_QUERY_PARAM = 'lang';
/** localStorage key under which the visitor's choice is kept. */
export const LANGUAGE_STORAGE_KEY = 'kp.language';
/** Cookie with the same choice, read by server rendering (the server cannot see localStorage). */
export const LANGUAGE_COOKIE = 'kp-lang';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const languagesMatchContracts: Same<Language, ContractLanguage> = true;
void languagesMatchContracts;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Endonyms: each language is offered in its own language, so they are not translated. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { de: 'Deutsch', en: 'English' };
