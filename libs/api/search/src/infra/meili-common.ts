import type { Settings } from 'meilisearch';
import { meiliSynonyms, meiliTypoTolerance } from '@knotenpunkt/shared/search-text';

/** What the offer and the partner index of the Meilisearch adapter share. */

/** A string literal in a Meilisearch filter: double quotes, with `"` and `\` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function finite(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new Error(`${what} must be a finite number`);
  return String(value);
}

export const inList = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;

/** `_geoRadius` in metres around a centre. */
export const geoRadius = (center: { lat: number; lon: number; radiusKm: number }) =>
  `_geoRadius(${finite(center.lat, 'lat')}, ${finite(center.lon, 'lon')}, ${finite(Math.round(center.radiusKm * 1000), 'radius')})`;

/** Text settings of both indexes: the four weighted fields, synonyms and the shared typo budget. */
export function meiliTextSettings(synonymGroups: readonly (readonly string[])[]): Pick<Settings, 'searchableAttributes' | 'stopWords' | 'synonyms' | 'typoTolerance' | 'faceting'> {
  return {
    searchableAttributes: ['textA', 'textB', 'textC', 'textD'],
    // Text arrives normalised by tokens(): stop words are already gone.
    stopWords: [],
    synonyms: meiliSynonyms(synonymGroups),
    typoTolerance: {
      enabled: meiliTypoTolerance.enabled,
      minWordSizeForTypos: { ...meiliTypoTolerance.minWordSizeForTypos },
      disableOnNumbers: meiliTypoTolerance.disableOnNumbers,
    },
    faceting: { maxValuesPerFacet: 1000 },
  };
}
