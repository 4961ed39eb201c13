import type { RegionLevel, RegionSuggestion } from '@knotenpunkt/shared/contracts';

/**
 * Translation keys the region picker renders. The application's dictionaries must define all of
 * them (the portal's unit tests check this for every language).
 */
export const REGION_PICKER_I18N_KEYS = {
  label: 'regionPicker.label',
  hint: 'regionPicker.hint',
  clear: 'regionPicker.clear',
  listLabel: 'regionPicker.listLabel',
  loading: 'regionPicker.loading',
  empty: 'regionPicker.empty',
  emptyHint: 'regionPicker.emptyHint',
  error: 'regionPicker.error',
  resultsOne: 'regionPicker.results.one',
  resultsOther: 'regionPicker.results.other',
  noResults: 'regionPicker.noResults',
  selected: 'regionPicker.selected',
  kindPostalCode: 'regionPicker.kinds.postalCode',
  kindRegion: 'regionPicker.kinds.region',
  kindLand: 'regionPicker.kinds.land',
  kindRegierungsbezirk: 'regionPicker.kinds.regierungsbezirk',
  kindKreis: 'regionPicker.kinds.kreis',
  kindGemeindeverband: 'regionPicker.kinds.gemeindeverband',
  kindGemeinde: 'regionPicker.kinds.gemeinde',
} as const;

const LEVEL_KEYS: Readonly<Record<RegionLevel, string>> = {
  land: REGION_PICKER_I18N_KEYS.kindLand,
  regierungsbezirk: REGION_PICKER_I18N_KEYS.kindRegierungsbezirk,
  kreis: REGION_PICKER_I18N_KEYS.kindKreis,
  gemeindeverband: REGION_PICKER_I18N_KEYS.kindGemeindeverband,
  gemeinde: REGION_PICKER_I18N_KEYS.kindGemeinde,
};

/** The translation key of a suggestion's badge: PLZ, Gemeinde, Kreis, Land, … */
export function regionKindKey(suggestion: Pick<RegionSuggestion, 'kind' | 'level'>): string {
  if (suggestion.kind === 'postalCode') return REGION_PICKER_I18N_KEYS.kindPostalCode;
  return suggestion.level ? LEVEL_KEYS[suggestion.level] : REGION_PICKER_I18N_KEYS.kindRegion;
}
