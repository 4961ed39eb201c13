import { stem } from './stem';
import { defaultSynonymGroups, type SynonymGroups } from './synonyms';
import { tokens } from './tokens';

/**
 * Broader/narrower pairs as written by people: `[narrower, broader]` ("Fachtag" is a kind of
 * "Tagung"). In the operator's text a line `Fachtag > Tagung` (see `parseSynonymGroups`).
 */
export type RelatedTerms = readonly (readonly [narrower: string, broader: string])[];

/** A term of the thesaurus with the weight it gets as an alternative of another term. */
export interface WeightedTerm {
  /** Normalised: stemmed tokens joined by a space (a phrase has several). */
  term: string;
  weight: number;
}

/**
 * The lookup built once from the synonym groups and the related pairs ({@link buildThesaurus});
 * `analyseQuery` reads it. Treat it as opaque.
 */
export interface Thesaurus {
  /** Number of distinct normalised terms. */
  readonly size: number;
  /** Number of words of the longest phrase (1 when there are none). */
  readonly longestPhrase: number;
  /** The other terms that may stand for a normalised term (not the term itself), best first; undefined when the term is not listed. */
  alternatives(term: string): readonly WeightedTerm[] | undefined;
}

/** Weights of the alternatives a query word gets (the word itself and true synonyms: 1). */
export const THESAURUS_WEIGHTS = Object.freeze({
  synonym: 1,
  /** A narrower term of the query word (query "Tagung" → "Fachtag"): what is found is what was asked for, only more specific. */
  narrower: 0.7,
  /** A broader term of the query word (query "Fachtag" → "Tagung"): may be what was asked for. */
  broader: 0.5,
});

/**
 * The maintained broader/narrower pairs, `[narrower, broader]`: kept apart from the synonym
 * groups because they widen a query in one direction only and with a lower weight.
 */
export const defaultRelatedTerms: RelatedTerms = Object.freeze(
  (
    [
      // Formats
      ['Grundkurs', 'Kurs'],
      ['Aufbaukurs', 'Kurs'],
      ['Sprachkurs', 'Kurs'],
      ['Deutschkurs', 'Sprachkurs'],
      ['Integrationskurs', 'Sprachkurs'],
      ['Webinar', 'Seminar'],
      ['Fortbildungsreihe', 'Fortbildung'],
      ['Seminarreihe', 'Seminar'],
      ['Workshopreihe', 'Workshop'],
      ['Multiplikatorenschulung', 'Schulung'],
      ['Supervision', 'Beratung'],
      ['Coaching', 'Beratung'],
      // Meetings
      ['Runder Tisch', 'Netzwerktreffen'],
      ['Stammtisch', 'Austauschtreffen'],
      ['Arbeitskreis', 'Netzwerktreffen'],
      ['Fachtag', 'Tagung'],
      ['Fachtag', 'Veranstaltung'],
      ['Tagung', 'Veranstaltung'],
      // Information events
      ['Infoabend', 'Informationsveranstaltung'],
      ['Themenabend', 'Informationsveranstaltung'],
      ['Informationsveranstaltung', 'Veranstaltung'],
      // People
      ['Asylsuchende', 'Geflüchtete'],
      ['unbegleitete minderjährige Geflüchtete', 'Geflüchtete'],
      ['Geflüchtete', 'Zugewanderte'],
      ['Spätaussiedler', 'Zugewanderte'],
      ['Integrationslotse', 'Ehrenamt'],
      ['Lehrkraft', 'Fachkraft'],
      ['Sozialarbeiter', 'Fachkraft'],
      ['Erzieher', 'Fachkraft'],
      // Topics
      ['Antirassismus', 'Antidiskriminierung'],
      ['Mediation', 'Konfliktmanagement'],
      ['Deeskalation', 'Konfliktmanagement'],
      ['Asylrecht', 'Migrationsrecht'],
      ['Asylverfahrensberatung', 'Migrationsberatung'],
      ['Pressearbeit', 'Öffentlichkeitsarbeit'],
      ['Krippe', 'Kita'],
      ['Kindergarten', 'Kita'],
      ['Hort', 'Kita'],
      ['Traumapädagogik', 'Pädagogik'],
      ['traumatisiert', 'Trauma'],
      ['Traumatisierung', 'Trauma'],
      ['Traumafolgen', 'Trauma'],
      ['Elterncafé', 'Elternarbeit'],
      ['Elternabend', 'Elternarbeit'],
      ['Begegnungscafé', 'Begegnung'],
      ['Patenschaft', 'Ehrenamt'],
      ['Vormundschaft', 'unbegleitete minderjährige Geflüchtete'],
      ['Sprachcafé', 'Sprachförderung'],
      ['Deutsch als Zweitsprache', 'Sprachförderung'],
    ] as const
  ).map((pair) => Object.freeze([pair[0], pair[1]] as const)),
);

/** The normalised form of a thesaurus term: its tokens, stemmed, joined by a space ("" when none). */
export function thesaurusKey(term: string): string {
  return tokens(term).map(stem).join(' ');
}

class BuiltThesaurus implements Thesaurus {
  readonly size: number;
  readonly longestPhrase: number;

  constructor(private readonly lookup: ReadonlyMap<string, readonly WeightedTerm[]>) {
    this.size = lookup.size;
    let longest = 1;
    for (const key of lookup.keys()) longest = Math.max(longest, key.split(' ').length);
    this.longestPhrase = longest;
  }

  alternatives(term: string): readonly WeightedTerm[] | undefined {
    return this.lookup.get(term);
  }
}

/**
 * Builds the thesaurus once (the api keeps it until the operator changes the list):
 *
 * - every term of a synonym group gets the other terms of its group(s) with weight 1;
 * - for a pair `[narrower, broader]`, the narrower term and its synonyms get the broader term
 *   and its synonyms ({@link THESAURUS_WEIGHTS}.broader), and the other way round
 *   ({@link THESAURUS_WEIGHTS}.narrower); one step only, no chains;
 * - terms are normalised with {@link thesaurusKey} (tokens, stems), so "Fortbildungen" and
 *   "Workshops" find the alternatives of "Fortbildung" and "Workshop";
 * - a term reached several ways keeps its highest weight; alternatives are ordered by weight,
 *   then in list order.
 *
 * `related` defaults to {@link defaultRelatedTerms}; pass `[]` for none, or the defaults plus
 * the operator's pairs.
 */
export function buildThesaurus(groups: SynonymGroups, related: RelatedTerms = defaultRelatedTerms): Thesaurus {
  const synonyms = new Map<string, string[]>();
  for (const group of groups) {
    const terms = [...new Set(group.map(thesaurusKey).filter((t) => t.length > 0))];
    if (terms.length < 2) continue;
    for (const term of terms) {
      const list = synonyms.get(term) ?? [];
      for (const other of terms) if (other !== term && !list.includes(other)) list.push(other);
      synonyms.set(term, list);
    }
  }
  const weighted = new Map<string, Map<string, number>>();
  const add = (term: string, other: string, weight: number) => {
    if (term === other) return;
    const map = weighted.get(term) ?? new Map<string, number>();
    if ((map.get(other) ?? 0) < weight) map.set(other, weight);
    weighted.set(term, map);
  };
  for (const [term, others] of synonyms) for (const other of others) add(term, other, THESAURUS_WEIGHTS.synonym);
  const withSynonyms = (term: string) => [term, ...(synonyms.get(term) ?? [])];
  for (const [narrowerTerm, broaderTerm] of related) {
    const narrower = thesaurusKey(narrowerTerm);
    const broader = thesaurusKey(broaderTerm);
    if (!narrower || !broader || narrower === broader) continue;
    for (const n of withSynonyms(narrower)) for (const b of withSynonyms(broader)) add(n, b, THESAURUS_WEIGHTS.broader);
    for (const b of withSynonyms(broader)) for (const n of withSynonyms(narrower)) add(b, n, THESAURUS_WEIGHTS.narrower);
  }
  const lookup = new Map<string, readonly WeightedTerm[]>();
  for (const [term, others] of weighted) {
    const list = [...others].map(([t, weight]) => ({ term: t, weight }));
    list.sort((a, b) => b.weight - a.weight); // stable: list order within one weight
    lookup.set(term, Object.freeze(list.map((w) => Object.freeze(w))));
  }
  return new BuiltThesaurus(lookup);
}

/** {@link buildThesaurus} of the built-in lists ({@link defaultSynonymGroups}, {@link defaultRelatedTerms}). */
export const defaultThesaurus: Thesaurus = buildThesaurus(defaultSynonymGroups, defaultRelatedTerms);
