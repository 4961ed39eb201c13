/**
 * Translation keys the shell renders. The application's dictionaries must define all of them
 * (the portal's unit tests check this for every language).
 */
export const SHELL_I18N_KEYS = {
  skipLink: 'shell.skipLink',
  mainNavigation: 'shell.mainNavigation',
  homeLink: 'shell.homeLink',
  language: 'shell.language',
  legalNavigation: 'shell.legalNavigation',
  tagline: 'shell.tagline',
} as const;

/** A navigation entry: router path and the translation key of its label. */
export interface NavLink {
  readonly path: string;
  readonly labelKey: string;
}
