import { foldForSearch } from '@knotenpunkt/shared/geo';
import type { RegionLevel, RegionSuggestion } from '@knotenpunkt/shared/contracts';

export interface SuggestEntry {
  kind: 'region' | 'postalCode';
  id: string;
  label: string;
  context: string;
  level: RegionLevel | null;
  lat: number | null;
  lon: number | null;
  /** Folded short name ("gorlitz"), for exact and prefix ranking. */
  short: string;
  /** Folded words of the names the entry is found by. */
  words: string[];
  /** Larger first among equally good matches. */
  weight: number;
}

interface Token {
  word: string;
  entry: number;
}

function lowerBound(tokens: readonly { word: string }[], prefix: string): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as { word: string }).word < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * In-memory autocomplete over regions, postal codes and place names: sorted word prefixes, so a
 * query costs two binary searches and a small ranking, independent of the database. The regions
 * data is reference data of a few thousand rows that changes with a new Stand only.
 */
export class SuggestIndex {
  private readonly tokens: Token[];
  private readonly postalCodes: SuggestEntry[];

  constructor(private readonly entries: SuggestEntry[]) {
    this.tokens = entries
      .flatMap((entry, index) => entry.words.map((word) => ({ word, entry: index })))
      .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.entry - b.entry));
    // Postal code entries proper (not places) are found by digits only.
    this.postalCodes = entries.filter((e) => e.kind === 'postalCode' && e.short === e.id).sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  get size(): number {
    return this.entries.length;
  }

  suggest(query: string, limit: number, levels?: readonly RegionLevel[]): RegionSuggestion[] {
    const trimmed = query.trim();
    if (/^\d{1,5}$/.test(trimmed)) return this.byPostalCodePrefix(trimmed, limit);
    const words = foldForSearch(trimmed).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    const full = words.join(' ');
    // Candidates: entries with a word starting with the longest query word; then every query word must match.
    const anchor = [...words].sort((a, b) => b.length - a.length)[0] as string;
    const candidates = new Set<number>();
    for (let i = lowerBound(this.tokens, anchor); i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      if (!token.word.startsWith(anchor)) break;
      candidates.add(token.entry);
    }
    const ranked: { entry: SuggestEntry; rank: number }[] = [];
    for (const index of candidates) {
      const entry = this.entries[index] as SuggestEntry;
      if (levels && (entry.level === null || !levels.includes(entry.level))) continue;
      if (!words.every((w) => entry.words.some((ew) => ew.startsWith(w)))) continue;
      const rank = entry.short === full ? 0 : entry.short.startsWith(full) ? 1 : entry.words[0]?.startsWith(words[0] as string) ? 2 : 3;
      ranked.push({ entry, rank: rank * 2 + (entry.kind === 'region' ? 0 : 1) });
    }
    ranked.sort((a, b) => a.rank - b.rank || b.entry.weight - a.entry.weight || (a.entry.id < b.entry.id ? -1 : 1));
    return ranked.slice(0, limit).map(({ entry }) => toSuggestion(entry));
  }

  private byPostalCodePrefix(prefix: string, limit: number): RegionSuggestion[] {
    const start = lowerBound(this.postalCodes.map((e) => ({ word: e.id })), prefix);
    const out: RegionSuggestion[] = [];
    for (let i = start; i < this.postalCodes.length && out.length < limit; i++) {
      const entry = this.postalCodes[i] as SuggestEntry;
      if (!entry.id.startsWith(prefix)) break;
      out.push(toSuggestion(entry));
    }
    return out;
  }
}

function toSuggestion(entry: SuggestEntry): RegionSuggestion {
  return {
    kind: entry.kind,
    id: entry.id,
    label: entry.label,
    context: entry.context,
    level: entry.level,
    centroid: entry.lat === null || entry.lon === null ? null : { lat: entry.lat, lon: entry.lon },
  };
}
