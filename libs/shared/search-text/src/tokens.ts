import { foldGerman } from './fold';
import { neutraliseGenderForms } from './gender';

/**
 * Stop words dropped from documents and queries, in folded spelling. Kept short on purpose:
 * only articles, "und/oder/sowie" and the prepositions that carry no meaning in a search for
 * trainings. Not here, because they change what is asked for: "ohne", "nicht", "kein",
 * "online", "deutsch", "als" (part of "Deutsch als Zweitsprache"), numbers.
 */
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set([
  // articles
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
  // conjunctions
  'und',
  'oder',
  'sowie',
  // prepositions and their contractions
  'fuer',
  'mit',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'in',
  'im',
  'an',
  'am',
  'auf',
  'bei',
  'beim',
  'aus',
  'nach',
  'ueber',
]);

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const WHITESPACE = /\s+/gu;

/** Memo size of {@link foldText} (distinct whitespace-separated chunks); the oldest entries go first. */
export const FOLD_CACHE_SIZE = 200_000;
const chunkCache = new Map<string, string>();

function foldChunk(chunk: string): string {
  let folded = chunkCache.get(chunk);
  if (folded === undefined) {
    folded = foldGerman(neutraliseGenderForms(chunk));
    if (chunkCache.size >= FOLD_CACHE_SIZE) {
      const oldest = chunkCache.keys().next();
      if (!oldest.done) chunkCache.delete(oldest.value);
    }
    chunkCache.set(chunk, folded);
  }
  return folded;
}

/** Empties the memo of {@link foldText} (e.g. after indexing everything at start-up). */
export function clearFoldCache(): void {
  chunkCache.clear();
}

/**
 * `foldGerman(neutraliseGenderForms(text))`, memoised per whitespace-separated chunk (gender
 * forms never span whitespace, so the result is the same), with the whitespace kept as it is.
 * Repeated words then cost a map lookup instead of a dozen regular expressions.
 */
export function foldText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(WHITESPACE)) {
    out += foldChunk(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + foldChunk(text.slice(last));
}

/**
 * The whole pipeline for indexing AND querying: gender forms → base form
 * ({@link neutraliseGenderForms}, on the original text), {@link foldGerman}, split on
 * everything that is not a letter or digit (digits stay: "99867" is a token), drop empty
 * strings and {@link GERMAN_STOP_WORDS}. No stemming: the PostgreSQL adapter applies the
 * `german` snowball configuration on top, Meilisearch matches prefixes and typos itself.
 *
 * Idempotent per token: `tokens(t)` is `[t]` for every `t` of `tokens(x)`.
 */
export function tokens(text: string): string[] {
  return foldText(text)
    .split(SEPARATORS)
    .filter((t) => t.length > 0 && !GERMAN_STOP_WORDS.has(t));
}
