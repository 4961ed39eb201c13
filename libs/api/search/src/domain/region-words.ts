import { foldGerman } from '@knotenpunkt/shared/search-text';
import { LAENDER } from './laender';

/** A Kreis as people name it: the official short name ("Gotha", "Rendsburg-Eckernförde"). */
export interface KreisName {
  key: string;
  name: string;
  /** A kreisfreie Stadt ("Stadt Leipzig"), not a Landkreis ("Landkreis Leipzig"). */
  city: boolean;
}

/** Words that say the next name is a Kreis ("Landkreis Gotha", "Kreis Plön", "LK Leipzig") or a city. */
const KREIS_WORDS = ['landkreis', 'kreis', 'lk', 'lkr'];
const CITY_WORDS = ['stadtkreis', 'kreisfreie stadt', 'stadt'];
/** Words before a place that only say "where" ("in Bayern", "im Landkreis …", "aus Sachsen"). */
const BEFORE = `(?:(?:in|im|aus|fuer|bei|nahe|rund um|um)\\s+)?`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`).replace(/-/g, '[-\\s]?');
const named = (words: string[], name: string) => new RegExp(`${BEFORE}(?<![\\p{L}-])(?:${words.map(escape).join('|')})\\.?\\s+${escape(name)}(?![\\p{L}-])`, 'u');

const LAND_PATTERNS = LAENDER.flatMap((land) =>
  land.names.map((name) => ({ key: land.key, pattern: new RegExp(`${BEFORE}(?<![\\p{L}-])(?:(?:bundesland|freistaat|land)\\s+)?${escape(name)}(?![\\p{L}-])`, 'u') })),
);
const KREIS_TRIGGER = /(?<![\p{L}-])(?:landkreis|kreis|lkr?|stadtkreis|stadt)(?![\p{L}-])/u;

export type RegionWords = (text: string) => { region: string; text: string } | null;

/**
 * A Land or Kreis named in the query text acts as the region: "Fortbildung Ehrenamt in Bayern"
 * searches "Fortbildung Ehrenamt" in Bayern, "Landkreis Gotha Asyl" searches "Asyl" in the
 * Landkreis Gotha ("Stadt Leipzig" is the city, "Landkreis Leipzig" the Landkreis). A bare Kreis
 * name ("Gotha") stays text: it also names towns, providers and venues, which are indexed.
 * "Sachsen" never matches inside "Sachsen-Anhalt" or "Niedersachsen". The function returns null
 * when the text names no region, or more than one Land.
 */
export function regionWords(kreise: readonly KreisName[]): RegionWords {
  const kreisPatterns = kreise.filter((k) => !k.city).map((k) => ({ key: k.key, pattern: named(KREIS_WORDS, foldGerman(k.name)) }));
  const cityPatterns = kreise.filter((k) => k.city).map((k) => ({ key: k.key, pattern: named([...CITY_WORDS, ...KREIS_WORDS], foldGerman(k.name)) }));
  return (text) => {
    const folded = foldGerman(text);
    if (KREIS_TRIGGER.test(folded)) {
      for (const { key, pattern } of [...kreisPatterns, ...cityPatterns]) {
        const match = pattern.exec(folded);
        if (match) return { region: key, text: rest(folded, match) };
      }
    }
    const found = LAND_PATTERNS.map(({ key, pattern }) => ({ key, match: pattern.exec(folded) })).filter((f): f is { key: string; match: RegExpExecArray } => f.match !== null);
    if (new Set(found.map((f) => f.key)).size !== 1) return null;
    const first = found[0] as { key: string; match: RegExpExecArray };
    return { region: first.key, text: rest(folded, first.match) };
  };
}

function rest(folded: string, match: RegExpExecArray): string {
  return `${folded.slice(0, match.index)} ${folded.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').trim();
}
