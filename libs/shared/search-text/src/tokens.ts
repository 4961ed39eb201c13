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
  return foldGerman(neutraliseGenderForms(text))
    .split(SEPARATORS)
    .filter((t) => t.length > 0 && !GERMAN_STOP_WORDS.has(t));
}
