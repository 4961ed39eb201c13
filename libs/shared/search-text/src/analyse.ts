import { defaultDecompounder } from './decompound';
import { ELISION_PREFIXES } from './dictionary/field-words';
import { stem } from './stem';
import { clearFoldCache, foldText, GERMAN_STOP_WORDS } from './tokens';

/** One word of a text after analysis: its stemmed term and the stemmed terms of its compound parts. */
export interface AnalysedToken {
  /** The folded token (after elision completion: "sprachmittler" for "Sprach-" in "Sprach- und Kulturmittler"). */
  token: string;
  /** `stem(token)`. */
  term: string;
  /** `stem(part)` for each compound part, without `term` itself and without repeats; [] for simple words. */
  parts: readonly string[];
}

/** Words that join elided compounds: "Sprach- und Kulturmittler", "Ein- bzw. Ausreise". */
const ELISION_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie', 'bzw', 'beziehungsweise', 'bis', 'wie']);
/** After the first element of an elision: "Sprach- und", "Sprach-, Kultur-", "Sprach-/Kulturmittler". */
const HYPHEN_THEN_GAP = /^[-\u2010\u2011](?:\s+|\s*[,/&+]\s*)$/u;
/** Before the second element of a right elision: "Integrationskurse und -beratung", "Kurse, -tests". */
const GAP_THEN_HYPHEN = /(?:^|\s|,)[-\u2010\u2011]$/u;
const LETTERS = /^[a-z]+$/;
const PREFIXES_LONGEST_FIRST = [...ELISION_PREFIXES].sort((a, b) => b.length - a.length);

interface RawWords {
  folded: string;
  words: string[];
  starts: number[];
  ends: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** a–z, 0–9 by char code; anything else non-ASCII through the Unicode class (Arabic, Cyrillic … letters stay words). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** The words of a folded text with their offsets: the same words as `text.split(/[^\p{L}\p{N}]+/u)`, found by a char scan. */
function rawWords(folded: string): RawWords {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(folded, i)) i += folded.charCodeAt(i) >= 0xd800 && folded.charCodeAt(i) < 0xdc00 ? 2 : 1;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordChar(folded, i)) i += folded.charCodeAt(i) >= 0xd800 && folded.charCodeAt(i) < 0xdc00 ? 2 : 1;
    words.push(folded.slice(start, i));
    starts.push(start);
    ends.push(i);
  }
  return { folded, words, starts, ends };
}

const isHyphen = (code: number) => code === 45 || code === 0x2010 || code === 0x2011;

/** The separator after word i, when it starts with a hyphen ("" otherwise: the common case costs one char test). */
function hyphenAfter(raw: RawWords, i: number): string {
  const end = raw.ends[i] as number;
  if (!isHyphen(raw.folded.charCodeAt(end))) return '';
  return raw.folded.slice(end, raw.starts[i + 1] ?? raw.folded.length);
}

/** The separator before word i, when it ends with a hyphen. */
function hyphenBefore(raw: RawWords, i: number): string {
  const start = raw.starts[i] as number;
  if (start === 0 || !isHyphen(raw.folded.charCodeAt(start - 1))) return '';
  return raw.folded.slice(i > 0 ? (raw.ends[i - 1] as number) : 0, start);
}

/** "Ein-" + "Ausreise" → "einreise"; "Vor-" + "Nachbereitung" → "vorbereitung"; "Aus-" + "Weiterbildung" → "ausbildung". */
function completeWithPrefix(fragment: string, whole: string): string | null {
  if (!ELISION_PREFIXES.includes(fragment)) return null;
  const prefix = PREFIXES_LONGEST_FIRST.find((p) => whole.startsWith(p) && whole.length - p.length >= 3);
  return prefix ? fragment + whole.slice(prefix.length) : null;
}

/** "Sprach-" + "Kulturmittler" → "sprachmittler"; "haupt-" + "ehrenamtlich" → "hauptamtlich". */
export function completeLeftElision(fragment: string, whole: string): string | null {
  if (!LETTERS.test(fragment) || !LETTERS.test(whole)) return null;
  const byPrefix = completeWithPrefix(fragment, whole);
  if (byPrefix) return byPrefix;
  const segments = defaultDecompounder().segments(whole);
  const head = segments?.[segments.length - 1];
  return head ? fragment + whole.slice(head.start) : null;
}

/** "Integrationskurse" + "-beratung" → "integrationsberatung". */
export function completeRightElision(whole: string, fragment: string): string | null {
  if (!LETTERS.test(fragment) || !LETTERS.test(whole)) return null;
  const segments = defaultDecompounder().segments(whole);
  const head = segments?.[segments.length - 1];
  return head ? whole.slice(0, head.start) + fragment : null;
}

/**
 * The folded tokens of a text as `tokens()` gives them (same gender handling, folding and stop
 * words), with elided compounds completed:
 *
 * - "Sprach- und Kulturmittler*innen" → sprachmittler, kulturmittler
 * - "Migrations- und Integrationsberatung" → migrationsberatung, integrationsberatung
 * - "haupt- und ehrenamtlich" → hauptamtlich, ehrenamtlich
 * - "Ein- und Ausreise" → einreise, ausreise (particles: the head is the second word minus its particle)
 * - "Kinder-, Jugend- und Familienhilfe" → kinderhilfe, jugendhilfe, familienhilfe
 * - "Integrationskurse und -beratung" → integrationskurse, integrationsberatung
 *
 * A fragment that cannot be completed stays as it is. Hyphens without a gap ("Online-Fortbildung")
 * are no elision.
 */
export function completedTokens(text: string): string[] {
  const raw = rawWords(foldText(text));
  const { words } = raw;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let token = words[i] as string;
    const after = hyphenAfter(raw, i);
    const before = after ? '' : hyphenBefore(raw, i);
    if (after && HYPHEN_THEN_GAP.test(after)) {
      // Left elision: find the word that completes the chain ("Sprach-, Kultur- und Integrationsmittler").
      let k = i + 1;
      while (k < words.length && (ELISION_CONJUNCTIONS.has(words[k] as string) || HYPHEN_THEN_GAP.test(hyphenAfter(raw, k)))) k++;
      const whole = words[k];
      if (whole) token = completeLeftElision(token, whole) ?? token;
    } else if (before && i > 0 && GAP_THEN_HYPHEN.test(before)) {
      // Right elision: the full word is the last one before the chain of conjunctions and fragments.
      let k = i - 1;
      while (k >= 0 && (ELISION_CONJUNCTIONS.has(words[k] as string) || (k > 0 && GAP_THEN_HYPHEN.test(hyphenBefore(raw, k))))) k--;
      const whole = words[k];
      if (whole && (k < i - 1 || before.includes(','))) token = completeRightElision(whole, token) ?? token;
    }
    if (!GERMAN_STOP_WORDS.has(token)) out.push(token);
  }
  return out;
}

/** Memo size of {@link analyseToken} (distinct tokens); the oldest entries go first. */
export const ANALYSIS_CACHE_SIZE = 200_000;
const analysisCache = new Map<string, AnalysedToken>();

/** Term and part terms of one folded token (memoised: repeated words cost one map lookup). */
export function analyseToken(token: string): AnalysedToken {
  const cached = analysisCache.get(token);
  if (cached) return cached;
  const term = stem(token);
  const parts: string[] = [];
  for (const part of defaultDecompounder().split(token)) {
    const partTerm = stem(part);
    if (partTerm !== term && !parts.includes(partTerm)) parts.push(partTerm);
  }
  const analysed: AnalysedToken = Object.freeze({ token, term, parts: Object.freeze(parts) });
  if (analysisCache.size >= ANALYSIS_CACHE_SIZE) {
    const oldest = analysisCache.keys().next();
    if (!oldest.done) analysisCache.delete(oldest.value);
  }
  analysisCache.set(token, analysed);
  return analysed;
}

/**
 * Empties the bounded memos of the text analysis (folded chunks, analysed tokens, splits); the
 * dictionaries stay. For a process that indexed everything at start-up and wants the memory back.
 */
export function clearAnalysisCaches(): void {
  analysisCache.clear();
  clearFoldCache();
  defaultDecompounder().clearCache();
}

/**
 * The analysed words of a text in text order (see {@link completedTokens} and
 * {@link analyseToken}). For engines that need word positions (phrases): one entry per word,
 * the compound parts attached to their word.
 */
export function analyseText(text: string): AnalysedToken[] {
  return completedTokens(text).map(analyseToken);
}

/**
 * Index side: all terms a document text contributes, in text order, stemmed. Each word gives
 * `stem(word)` followed by the stems of its compound parts; elided compounds are completed
 * first. "Sprach- und Kulturmittler*innen für Migrationsberatung" →
 * ["sprachmittler", "kulturmittler", "migrationsberatung", "migration", "beratung"].
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of completedTokens(text)) {
    const analysed = analyseToken(token);
    terms.push(analysed.term);
    for (const part of analysed.parts) terms.push(part);
  }
  return terms;
}
