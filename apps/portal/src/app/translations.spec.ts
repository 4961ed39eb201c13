import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { catalogueDynamicI18nKeys } from '@knotenpunkt/portal/catalogue/feature';
import { publicCatalogueDynamicI18nKeys } from '@knotenpunkt/portal/catalogue/public';
import { REGION_PICKER_I18N_KEYS } from '@knotenpunkt/portal/regions/ui';
import { searchDynamicI18nKeys } from '@knotenpunkt/portal/search/feature';
import { SHELL_I18N_KEYS } from '@knotenpunkt/portal/shared/ui';
import { SUPPORTED_LANGUAGES, TITLE_TEMPLATE_KEY } from '@knotenpunkt/portal/shared/util';
import { LABELLED_AUDIT_ACTIONS, TENANCY_DYNAMIC_I18N_KEYS } from '@knotenpunkt/portal/tenancy/feature';
import type { Routes } from '@angular/router';

import { LEGAL_LINKS, MAIN_NAV_LINKS } from './app';
import { appRoutes } from './app.routes';
import { AUDIENCES } from './pages/home/home-page';
import { loadTranslation } from './translations';

type Dictionary = { [key: string]: string | Dictionary };

function flatten(dictionary: Dictionary, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    const fullKey = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(fullKey, value);
    else for (const [k, v] of flatten(value, fullKey)) entries.set(k, v);
  }
  return entries;
}

/** Portal libraries whose templates and code use the app's dictionaries. */
const LIBRARY_SOURCES = ['libs/portal/tenancy', 'libs/portal/catalogue', 'libs/portal/search', 'libs/portal/shared/ui/src/lib'].map((dir) => path.resolve(__dirname, '../../../..', dir));

function routeTitles(routes: Routes): string[] {
  return routes.flatMap((route) => [
    ...(typeof route.title === 'string' ? [route.title] : []),
    ...routeTitles(route.children ?? []),
  ]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(html|ts)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('translations', () => {
  let dictionaries: Record<string, Map<string, string>>;

  beforeAll(async () => {
    dictionaries = {};
    for (const language of SUPPORTED_LANGUAGES) {
      dictionaries[language] = flatten((await loadTranslation(language)) as Dictionary);
    }
  });

  it('define the same keys in every language, none of them empty', () => {
    const germanKeys = [...dictionaries['de'].keys()].sort();
    expect(germanKeys.length).toBeGreaterThan(50);
    for (const language of SUPPORTED_LANGUAGES) {
      expect([...dictionaries[language].keys()].sort()).toEqual(germanKeys);
      for (const [key, text] of dictionaries[language]) expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
    }
  });

  it('cover every key the templates, routes, navigation and shell use', () => {
    const used = new Set<string>([
      TITLE_TEMPLATE_KEY,
      ...Object.values(SHELL_I18N_KEYS),
      ...Object.values(REGION_PICKER_I18N_KEYS),
      ...[...MAIN_NAV_LINKS, ...LEGAL_LINKS].map((link) => link.labelKey),
      ...routeTitles(appRoutes),
      ...TENANCY_DYNAMIC_I18N_KEYS,
      ...catalogueDynamicI18nKeys(),
      ...publicCatalogueDynamicI18nKeys(),
      ...searchDynamicI18nKeys(),
      ...AUDIENCES.flatMap((audience) => [`home.audiences.${audience}.title`, `home.audiences.${audience}.text`]),
      ...['offers', 'partners'].flatMap((feature) => [`comingSoon.${feature}.title`, `comingSoon.${feature}.text`]),
    ]);
    for (const file of sourceFiles(__dirname)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'([a-zA-Z][a-zA-Z.]*)'\s*\|\s*transloco/g)) used.add(match[1] ?? '');
    }
    // In the libraries: every quoted dotted key whose first part is a section of the dictionaries
    // ('members.roleChanged' passed to translate(), label="legalEdit.city" on a field, …).
    const sections = new Set([...dictionaries['de'].keys()].map((key) => key.split('.')[0]));
    for (const file of LIBRARY_SOURCES.flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"]([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)['"]/g)) {
        const key = match[1] ?? '';
        // Audit action codes ('invitation.created') look like keys but are data.
        if (sections.has(key.split('.')[0]) && !(LABELLED_AUDIT_ACTIONS as readonly string[]).includes(key)) used.add(key);
      }
    }
    expect(used.size).toBeGreaterThan(300);
    for (const language of SUPPORTED_LANGUAGES) {
      const missing = [...used].filter((key) => !dictionaries[language].has(key));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('use gender-inclusive German (asterisk forms) rather than generic masculine', () => {
    const german = [...dictionaries['de'].values()].join('\n');
    expect(german).toMatch(/Teilnehmer\*innen/);
    expect(german).toMatch(/Koordinator\*innen/);
    for (const masculine of [/Teilnehmer(?!\*innen)/, /Koordinator(?!\*innen)/, /Ansprechpartner(?!\*innen)/, /Migranten/]) {
      expect(german).not.toMatch(masculine);
    }
  });
});
