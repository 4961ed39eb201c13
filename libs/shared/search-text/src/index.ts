/**
 * # @knotenpunkt/shared/search-text
 *
 * German text normalisation shared by BOTH search adapters (Meilisearch and PostgreSQL, see
 * docs/architecture.md rule 4) and applied to documents AND queries, so both sides always
 * produce the same tokens. Pure functions: no I/O, no dependencies beyond TypeScript and the
 * JavaScript built-ins (Unicode normalisation, regular expressions with `\p{…}`).
 *
 * ## Pipeline: `tokens(text)`
 *
 * 1. `neutraliseGenderForms` on the ORIGINAL text (the Binnen-I of "BeraterInnen" is only
 *    visible before lower-casing): "Berater*innen", "Berater:innen", "BeraterInnen",
 *    "Berater_innen", "Berater/innen", "Berater/-innen", "Berater(innen)", "Beraterinnen",
 *    "Beraterin", "Berater*in" → "Berater"; "Migrant*innen", "Migrantinnen", "Migranten" →
 *    "Migrant"; "Kolleg*innen", "Kolleginnen", "Kollegen", "Kollege" → "Kolleg";
 *    "Ärzt*innen", "Ärztinnen", "Ärzte", "Arzt" → "Arzt"; "Multiplikatoren" → "Multiplikator";
 *    marked compounds take the masculine joint: "Migrant*innenorganisation" →
 *    "Migrantenorganisation", "Lehrer*innenbildung" → "Lehrerbildung".
 * 2. `foldGerman`: lower case, ä→ae ö→oe ü→ue ß→ss, other diacritics removed (é→e, ş→s, ı→i).
 * 3. Split on everything that is not a letter or digit; digits stay ("99867").
 * 4. Drop a short list of stop words (`GERMAN_STOP_WORDS`: articles, und/oder/sowie, common
 *    prepositions).
 *
 * No stemming here: the PostgreSQL adapter feeds the tokens (joined by spaces) into the `german`
 * snowball configuration, Meilisearch does prefix and typo matching itself. Both therefore see
 * the folded spelling ("goerlitz"); never mix with `unaccent`'s "gorlitz" on one side only.
 *
 * ## Synonyms
 *
 * `defaultSynonymGroups` is the maintained list, `parseSynonymGroups` reads the operator-edited
 * version (one group per line, commas, `#` comments), `formatSynonymGroups` writes it.
 * `synonymIndex(groups)` builds the lookup once; `expandQuery(tokens(q), index)` gives, per
 * query unit, the alternatives to OR (phrases are one alternative with spaces);
 * `meiliSynonyms(index)` is the same list in Meilisearch's `synonyms` setting format
 * (symmetric). Terms are normalised with `tokens()`, so "Integrationslotse" is
 * "integrationslots" on every side.
 *
 * ## Typos
 *
 * `typoBudget(token)`: 0 below 5 characters, 1 for 5–8, 2 from 9, 0 for numbers — the same as
 * `meiliTypoTolerance` (`minWordSizeForTypos` 5/9, `disableOnNumbers`), so the PostgreSQL
 * adapter's trigram/edit-distance matching can follow Meilisearch.
 *
 * ## Known limits
 *
 * - Gender rules are heuristics for the forms that occur in this field. Unmarked feminine forms
 *   are only recognised when the stem ends like a person noun (-er, -or, -ant, -ent, -ist,
 *   -olog, -agog, -and, -at, -ar, -är, -eur, -eut, -ekt) and has at least 5 letters, or is one
 *   of the listed short stems (Kund-, Kolleg-, Lots-, Expert-, Freund-, Ärzt-, Anwält-, Chef-).
 *   Not covered: "Köchin"/"Koch", "Bäuerin"/"Bauer", "Französin"/"Franzose", "Jüdin"/"Jude",
 *   nationality nouns in -in without -er ("Afghanin", "Türkin", "Kurdin"), "Beamtin"/"Beamter".
 * - Umlaut plurals are mapped back only for Ärzt-/Anwält- ("Zahnärzte" → "Zahnarzt"); other
 *   umlaut plurals keep their umlaut (folded "ae").
 * - Masculine plurals are reduced only for weak nouns in -ant/-ent/-ist (stem of 6+ letters,
 *   not -ment, not "…liste", "…kiste"), -tor/-sor, -ologe/-agoge and the listed short stems.
 *   As a side effect some non-person plurals and adjective forms lose their "-en"
 *   ("Varianten" → "variant", "kompetenten" → "kompetent", "Motoren" → "motor"): harmless,
 *   because documents and queries get the same treatment and snowball would stem them anyway.
 *   Dative "-ern" ("mit Beratern") and strong plurals are left to the engines' own matching.
 * - Gender signs also match in odd places: "Gotha/in Erfurt" becomes "Gotha Erfurt" (the lost
 *   "in" is a stop word, so the tokens are unchanged).
 * - Compounds are not split: "Migrantenorganisation" does not match "Organisation"; unmarked
 *   feminine compounds only work when the feminine noun is the last part ("Sozialarbeiterin").
 * - The stop-word list is tiny; the PostgreSQL `german` configuration removes more on its side.
 */
export { ANALYSIS_CACHE_SIZE, analyseText, analyseToken, completedTokens, indexTerms, type AnalysedToken } from './analyse';
export {
  DECOMPOUND_CACHE_SIZE,
  DECOMPOUND_DEFAULTS,
  Decompounder,
  LINKING_ELEMENTS,
  decompound,
  defaultDecompounder,
  type CompoundSegment,
  type DecompoundOptions,
  type DecompounderData,
} from './decompound';
export { foldGerman } from './fold';
export { GENDER_EXCEPTIONS, MIN_FEMININE_STEM_LENGTH, PERSON_STEMS, PERSON_SUFFIXES, neutraliseGenderForms } from './gender';
export {
  PREFIX_MIN_LENGTH,
  QUERY_STOP_WORDS,
  QUERY_WEIGHTS,
  analyseQuery,
  type QueryAlternative,
  type QueryAnalysis,
  type QueryUnit,
} from './query';
export { MIN_STEM_INPUT_LENGTH, STEM_EXCEPTIONS, UMLAUT_PLURALS, stem } from './stem';
export { FOLD_CACHE_SIZE, GERMAN_STOP_WORDS, foldText, tokens } from './tokens';
export {
  SYNONYM_LIMITS,
  defaultSynonymGroups,
  expandQuery,
  formatSynonymGroups,
  meiliSynonyms,
  normaliseSynonymTerm,
  parseSynonymGroups,
  synonymIndex,
  type RelatedTermPairs,
  type SynonymGroups,
  type SynonymIndex,
  type SynonymParseError,
  type SynonymParseErrorCode,
} from './synonyms';
export {
  THESAURUS_WEIGHTS,
  buildThesaurus,
  defaultRelatedTerms,
  defaultThesaurus,
  thesaurusKey,
  type RelatedTerms,
  type Thesaurus,
  type WeightedTerm,
} from './thesaurus';
export { MIN_WORD_SIZE_FOR_ONE_TYPO, MIN_WORD_SIZE_FOR_TWO_TYPOS, meiliTypoTolerance, typoBudget } from './typo';
