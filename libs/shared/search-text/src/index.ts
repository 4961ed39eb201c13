/**
 * # @knotenpunkt/shared/search-text
 *
 * German text analysis shared by the search engines (Meilisearch, PostgreSQL, the in-memory
 * engine; see docs/architecture.md rule 4), applied to documents AND queries so that both sides
 * always produce the same terms. Pure functions and data: no I/O, no runtime dependencies, works
 * in the browser (the dictionaries load lazily on the first decompounding).
 *
 * ## Tokens: `tokens(text)`
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
 *    Steps 1–2 are memoised per whitespace-separated chunk (`foldText`).
 * 3. Split on everything that is not a letter or digit; digits stay ("99867").
 * 4. Drop a short list of stop words (`GERMAN_STOP_WORDS`: articles, und/oder/sowie, common
 *    prepositions).
 *
 * The PostgreSQL adapter feeds these tokens into its `german` snowball configuration and
 * Meilisearch matches prefixes and typos itself; the in-memory engine uses the terms below.
 *
 * ## Terms: `indexTerms(text)` (documents) and `analyseQuery(text, thesaurus)` (queries)
 *
 * 1. tokens as above, with **elided compounds completed** (`completedTokens`): "Sprach- und
 *    Kulturmittler*innen" → sprachmittler, kulturmittler; "Migrations- und Integrationsberatung";
 *    "haupt- und ehrenamtlich" → hauptamtlich; "Ein- und Ausreise" → einreise (particles);
 *    "Integrationskurse und -beratung" → integrationsberatung.
 * 2. **`stem(token)`**: a light stemmer that removes inflection only (plural, case and adjective
 *    endings; umlaut plurals of the field's nouns: "Fachkräfte" → fachkraft) — never derivation,
 *    so "Migration" and "Migrant" stay apart; idempotent; a stem is a prefix of its word except
 *    for umlaut plurals, so a half-typed word matches by prefix.
 * 3. **`decompound(token)`**: dictionary-based splitting ("sprachmittlerschulung" →
 *    sprachmittler + schulung) over a curated list of ~600 field words and ~63,000 nouns from
 *    german-pos-dict (CC BY-SA 4.0, LICENCES.md), with linking elements, parts of 4+ letters
 *    (3 from a short list), place names from data/regions protected ("Magdeburg"), lexicalised
 *    words kept whole ("Ehrenamt", "Hochschule"), and a deterministic choice among readings:
 *    fewest parts, more field words, fewer linking letters, longest head ("Wachstube" → wach +
 *    stube). See decompound.ts.
 * 4. Index side: each word gives `stem(word)` followed by `stem(part)` for each part
 *    (`analyseText` keeps them per word, for engines that need word positions). Memoised per
 *    distinct token (bounded maps), so repeated words cost a lookup.
 * 5. Query side: thesaurus phrases are recognised first (longest first: "Deutsch als
 *    Zweitsprache", "Runder Tisch"), query-only stop words dropped (`QUERY_STOP_WORDS`: "ich
 *    suche bitte …"; `stopWordsOnly` tells when nothing else was typed), each word gets its stem,
 *    synonyms (weight 1), narrower (0.7) and broader (0.5) terms, derived forms (0.8:
 *    "moderieren" ↔ "Moderation"); a compound word that is not a thesaurus term becomes one unit
 *    per part in one group (the whole word 1, the part 0.8, the part's synonyms × 0.8); the last
 *    word (4+ letters) is a prefix.
 *
 * ## Thesaurus
 *
 * `defaultSynonymGroups` (true synonyms) and `defaultRelatedTerms` (`[narrower, broader]`) are
 * the maintained lists; the operator edits synonyms in the text format of `parseSynonymGroups`
 * (one group per line, commas, `#` comments) which also reads `narrower > broader` lines into
 * `related`; `formatSynonymGroups` writes both. `buildThesaurus(groups, related?)` builds the
 * lookup once (keys are stemmed, so "Fortbildungen" and "Workshops" find their synonyms;
 * `related` defaults to `defaultRelatedTerms`). The older `synonymIndex`/`expandQuery`/
 * `meiliSynonyms` (unstemmed keys, tokens only) stay for the Meilisearch and PostgreSQL adapters.
 *
 * ## Typos
 *
 * `typoBudget(token)`: 0 below 5 characters, 1 for 5–8, 2 from 9, 0 for numbers — the same as
 * `meiliTypoTolerance` (`minWordSizeForTypos` 5/9, `disableOnNumbers`), so the PostgreSQL
 * adapter's trigram/edit-distance matching can follow Meilisearch.
 *
 * ## Speed (scripts/bench-index-terms.ts, `npx nx run shared-search-text:bench`)
 *
 * Dictionary start-up ~0.2–0.35 s (once, on the first decompounding). `indexTerms` on
 * documents of 60–300 words (avg 168) drawn from the demo offers' text: ~90–170 µs per document
 * on the 2-core machine (≈ 10–17 s for 100,000 documents), of which unseen tokens cost ~15 µs
 * each (gender rules, stemming, decompounding); `analyseQuery` ~5–12 µs.
 *
 * ## Known limits
 *
 * - Gender rules are heuristics for the forms that occur in this field. Unmarked feminine forms
 *   are only recognised when the stem ends like a person noun (-er, -or, -ant, -ent, -ist,
 *   -olog, -agog, -and, -at, -ar, -är, -eur, -eut, -ekt) and has at least 5 letters, or is one
 *   of the listed short stems (Kund-, Kolleg-, Lots-, Expert-, Freund-, Ärzt-, Anwält-, Chef-).
 *   Not covered: "Köchin"/"Koch", "Bäuerin"/"Bauer", "Französin"/"Franzose", "Jüdin"/"Jude",
 *   nationality nouns in -in without -er ("Afghanin", "Türkin", "Kurdin"), "Beamtin"/"Beamter".
 * - Masculine plurals are reduced by the gender rules only for weak nouns in -ant/-ent/-ist,
 *   -tor/-sor, -ologe/-agoge and the listed short stems; the stemmer does the rest of the
 *   inflection. Some non-person words lose their "-en" there ("Varianten" → "variant"): harmless,
 *   both sides get the same treatment.
 * - Stemming: "-er" plurals ("Kinder"/"Kind") and umlaut plurals outside `UMLAUT_PLURALS`
 *   ("Mütter", "Söhne" are listed; "Wälder", "Köche" are not) are not merged; verb forms are not merged with nouns
 *   ("moderiert"/"Moderation": only `analyseQuery` links them); "-ender" nouns lose "-er"
 *   like participles ("Anwender" → anwend, as "anwenden").
 * - Decompounding: no frequency data, so rule 2 can pick a worse reading ("Druckerzeugnis" →
 *   drucker + zeugnis); opaque compounds missing from both lists are split ("Augenblick");
 *   personal and organisation names are not protected; adjective and verb parts must be field
 *   words. A compound's parts are indexed after the compound, so a phrase alternative matches
 *   consecutive WORDS (use `analyseText` for positions), not consecutive terms.
 * - Elisions need a gap after the hyphen ("Sprach- und"); "Ein- und Mehrfamilienhäuser"-style
 *   completions of a multi-part head take only the last part.
 * - The thesaurus expands one step (no chains of broader terms); weights are fixed
 *   (`THESAURUS_WEIGHTS`, `QUERY_WEIGHTS`).
 */
export {
  ANALYSIS_CACHE_SIZE,
  analyseText,
  analyseToken,
  clearAnalysisCaches,
  completedTokens,
  indexTerms,
  type AnalysedToken,
} from './analyse';
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
export { FOLD_CACHE_SIZE, GERMAN_STOP_WORDS, clearFoldCache, foldText, tokens } from './tokens';
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
