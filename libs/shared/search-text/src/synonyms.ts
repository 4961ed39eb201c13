import { stem } from './stem';
import { tokens } from './tokens';

/** Groups of equivalent terms, as written by people (any case, umlauts, phrases with spaces). */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Normalised term (its tokens joined by one space; a phrase has several) → every alternative
 * in its group(s), the term itself first. Built once by {@link synonymIndex}.
 */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

/** Limits of the operator-edited list ({@link parseSynonymGroups}). */
export const SYNONYM_LIMITS = { maxGroups: 500, maxTermLength: 60, minTermsPerGroup: 2 } as const;

/**
 * The maintained synonyms for trainings in migration and integration work. Conservative on
 * purpose: every group widens results, so only terms people use interchangeably for the same
 * offer are grouped (no broader/narrower pairs such as "Sprachkurs"/"Deutschkurs"). Phrases are
 * written with spaces; inflection is left to the engines, gender forms to `tokens()`.
 * The platform operator can replace the list through the api ({@link parseSynonymGroups}).
 */
export const defaultSynonymGroups: SynonymGroups = Object.freeze(
  (
    [
      ['Flüchtlingshilfe', 'Geflüchtetenarbeit', 'Geflüchtetenhilfe', 'Flüchtlingsarbeit'],
      ['Ehrenamt', 'Ehrenamtliche', 'Freiwillige', 'Engagierte', 'bürgerschaftliches Engagement', 'Ehrenamtler', 'ehrenamtlich Engagierte'],
      ['Integrationslotse', 'Integrationsbegleiter', 'Integrationshelfer', 'Integrationsmittler'],
      ['Migrationsberatung', 'MBE', 'Migrationsberatung für erwachsene Zuwanderer'],
      ['Geflüchtete', 'Flüchtlinge', 'Schutzsuchende'],
      ['Asylrecht', 'Asylverfahren', 'Aufenthaltsrecht'],
      ['interkulturelle Kompetenz', 'interkulturelles Training', 'Diversity-Training'],
      ['Antidiskriminierung', 'Diskriminierungsschutz'],
      ['Sprachmittlung', 'Dolmetschen', 'Sprachmittler', 'Dolmetscher', 'Kulturmittler'],
      ['Migrantenorganisation', 'Migrantenselbstorganisation', 'MSO', 'migrantische Selbstorganisation'],
      ['Fortbildung', 'Weiterbildung', 'Qualifizierung', 'Schulung', 'Seminar', 'Workshop', 'Training'],
      ['Kita', 'Kindertagesstätte', 'Kindertageseinrichtung'],
      ['Traumapädagogik', 'traumasensibel', 'Trauma'],
      // Additions: abbreviations that offers use instead of the full name and vice versa.
      ['Deutsch als Zweitsprache', 'DaZ'],
      ['Deutsch als Fremdsprache', 'DaF'],
      ['BAMF', 'Bundesamt für Migration und Flüchtlinge'],
      ['unbegleitete minderjährige Geflüchtete', 'unbegleitete minderjährige Ausländer', 'UMF', 'UMA'],
      ['Asylsuchende', 'Asylbewerber'],
      ['Empowerment', 'Selbstermächtigung'],
      ['Anerkennungsberatung', 'Anerkennung ausländischer Berufsabschlüsse'],
      // Formats, meetings and information events (broader/narrower pairs: defaultRelatedTerms)
      ['Webinar', 'Online-Seminar'],
      ['Grundkurs', 'Basiskurs', 'Einführungskurs'],
      ['Multiplikatorenschulung', 'Train the Trainer'],
      ['Netzwerktreffen', 'Vernetzungstreffen', 'Austauschtreffen', 'Netzwerkveranstaltung'],
      ['Runder Tisch', 'Round Table'],
      ['Fachtag', 'Fachtagung'],
      ['Tagung', 'Konferenz', 'Kongress'],
      ['Infoabend', 'Informationsabend'],
      ['Informationsveranstaltung', 'Infoveranstaltung'],
      ['kollegiale Beratung', 'Intervision', 'kollegiale Fallberatung'],
      // People
      ['Migrant*innen', 'Zugewanderte', 'Eingewanderte', 'Zuwanderer', 'Einwanderer', 'Menschen mit Migrationshintergrund'],
      ['Integrationsbeauftragte', 'Integrationskoordinator*innen', 'Integrationsmanager*innen'],
      ['Ehrenamtskoordination', 'Freiwilligenmanagement', 'Ehrenamtsmanagement', 'Freiwilligenkoordination'],
      ['Jugendliche', 'junge Menschen'],
      // Topics
      ['Diversität', 'Vielfalt', 'Diversity'],
      ['Teilhabe', 'Partizipation'],
      ['Antirassismus', 'Rassismuskritik'],
      ['Konfliktmanagement', 'Konfliktbearbeitung', 'Konfliktlösung'],
      ['Elternarbeit', 'Elternbildung', 'Erziehungspartnerschaft'],
      ['Arbeitsmarktintegration', 'berufliche Integration'],
      ['Familiennachzug', 'Familienzusammenführung'],
      ['Gemeinschaftsunterkunft', 'Sammelunterkunft'],
      ['Erstaufnahmeeinrichtung', 'Erstaufnahme', 'Aufnahmeeinrichtung'],
      ['Psychosoziales Zentrum', 'PSZ'],
      ['Jugendmigrationsdienst', 'JMD'],
      ['Asylverfahrensberatung', 'Asylberatung'],
      ['Medienkompetenz', 'digitale Kompetenz', 'Digitalkompetenz'],
      ['Öffentlichkeitsarbeit', 'PR'],
      ['Sprachcafé', 'Sprachtreff'],
      ['Sprachförderung', 'Sprachbildung'],
      ['Migrationsrecht', 'Ausländerrecht', 'Zuwanderungsrecht'],
    ] as const
  ).map((group) => Object.freeze([...group])),
);

/** The normalised form of one synonym term: its tokens joined by a space ("" when it has none). */
export function normaliseSynonymTerm(term: string): string {
  return tokens(term).join(' ');
}

function isIndex(value: SynonymGroups | SynonymIndex): value is SynonymIndex {
  return value instanceof Map;
}

/**
 * Builds the lookup once (both adapters keep it until the operator changes the list): every
 * normalised term → its alternatives, itself first, then the other terms of its group(s) in
 * list order. Terms that normalise to nothing and groups left with fewer than 2 distinct terms
 * are skipped; a term in several groups gets the union.
 */
export function synonymIndex(groups: SynonymGroups): SynonymIndex {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    const terms = [...new Set(group.map(normaliseSynonymTerm).filter((t) => t.length > 0))];
    if (terms.length < 2) continue;
    for (const term of terms) {
      const alternatives = index.get(term) ?? [term];
      for (const other of terms) if (!alternatives.includes(other)) alternatives.push(other);
      index.set(term, alternatives);
    }
  }
  return index;
}

const longestPhrase = new WeakMap<SynonymIndex, number>();

function maxPhraseLength(index: SynonymIndex): number {
  let max = longestPhrase.get(index);
  if (max === undefined) {
    max = 1;
    for (const key of index.keys()) max = Math.max(max, key.split(' ').length);
    longestPhrase.set(index, max);
  }
  return max;
}

/**
 * For each unit of the query, the alternatives to match (any of them). `queryTokens` must be
 * `tokens(query)`. Phrases in the synonym list are recognised greedily, longest first, and
 * form one unit; a phrase alternative is one string with its tokens joined by a space.
 *
 * `expandQuery(tokens("Schulung Flüchtlingshilfe"), defaultSynonymGroups)` →
 * `[["schulung", "fortbildung", "weiterbildung", …], ["fluechtlingshilfe", "gefluechtetenarbeit", …]]`.
 * A token without synonyms is a unit of its own: `["gotha"]`.
 */
export function expandQuery(queryTokens: readonly string[], groups: SynonymGroups | SynonymIndex): string[][] {
  const index = isIndex(groups) ? groups : synonymIndex(groups);
  const longest = maxPhraseLength(index);
  const units: string[][] = [];
  let i = 0;
  while (i < queryTokens.length) {
    let matched = false;
    for (let n = Math.min(longest, queryTokens.length - i); n >= 1; n--) {
      const alternatives = index.get(queryTokens.slice(i, i + n).join(' '));
      if (alternatives) {
        units.push([...alternatives]);
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      units.push([queryTokens[i] as string]);
      i += 1;
    }
  }
  return units;
}

/**
 * The groups in Meilisearch's `synonyms` setting format: every normalised term maps to the other
 * terms of its group(s) (so the mapping is symmetric), keys and values normalised like the
 * indexed text. Multi-word keys and values are phrases, which Meilisearch supports.
 */
export function meiliSynonyms(groups: SynonymGroups | SynonymIndex): Record<string, string[]> {
  const index = isIndex(groups) ? groups : synonymIndex(groups);
  return Object.fromEntries([...index].map(([term, alternatives]) => [term, alternatives.filter((a) => a !== term)]));
}

export type SynonymParseErrorCode =
  | 'synonyms.group.tooFewTerms'
  | 'synonyms.group.sameTerms'
  | 'synonyms.term.empty'
  | 'synonyms.term.tooLong'
  | 'synonyms.term.noWords'
  | 'synonyms.groups.tooMany'
  | 'synonyms.related.invalid'
  | 'synonyms.related.sameTerms';

export interface SynonymParseError {
  /** 1-based line number in the text. */
  line: number;
  /** English explanation; `code` is the stable key for translations. */
  message: string;
  code: SynonymParseErrorCode;
}

/** Broader/narrower pairs read from the operator's text, `[narrower, broader]` (see `RelatedTerms` of the thesaurus). */
export type RelatedTermPairs = [narrower: string, broader: string][];

function termErrors(terms: readonly string[], line: number): SynonymParseError[] {
  const errors: SynonymParseError[] = [];
  for (const term of terms) {
    if (!term) {
      errors.push({ line, code: 'synonyms.term.empty', message: 'empty term (two commas in a row, or a comma at the start or end)' });
    } else if ([...term].length > SYNONYM_LIMITS.maxTermLength) {
      errors.push({
        line,
        code: 'synonyms.term.tooLong',
        message: `term "${[...term].slice(0, 20).join('')}…" is longer than ${SYNONYM_LIMITS.maxTermLength} characters`,
      });
    } else if (!normaliseSynonymTerm(term)) {
      errors.push({ line, code: 'synonyms.term.noWords', message: `term "${term}" has no searchable words (only stop words or punctuation)` });
    }
  }
  return errors;
}

function splitTerms(text: string): string[] {
  return text.split(',').map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * Reads the operator-edited list: one group per line, terms separated by commas, `#` starts a
 * comment (whole line or the rest of it), blank lines allowed, whitespace inside a term
 * collapses to one space. A line with `>` is a broader/narrower relation instead:
 * `Fachtag > Tagung` (a Fachtag is a kind of Tagung), `Grundkurs, Aufbaukurs > Kurs` (each term
 * on the left is narrower than each on the right); these go to `related`. A line with an error
 * contributes nothing; every error carries its line. Limits: at least 2 terms per group, terms
 * up to 60 characters, at most 500 lines with content (one error on the first line beyond, the
 * rest is ignored).
 */
export function parseSynonymGroups(text: string): { groups: string[][]; related: RelatedTermPairs; errors: SynonymParseError[] } {
  const groups: string[][] = [];
  const related: RelatedTermPairs = [];
  const errors: SynonymParseError[] = [];
  let groupLines = 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (!content) continue;
    groupLines += 1;
    if (groupLines > SYNONYM_LIMITS.maxGroups) {
      errors.push({
        line,
        code: 'synonyms.groups.tooMany',
        message: `more than ${SYNONYM_LIMITS.maxGroups} groups: this line and all after it are ignored`,
      });
      break;
    }
    if (content.includes('>')) {
      const sides = content.split('>');
      if (sides.length !== 2 || !sides[0]?.trim() || !sides[1]?.trim()) {
        errors.push({ line, code: 'synonyms.related.invalid', message: 'a relation is written "narrower > broader", with one ">" and terms on both sides' });
        continue;
      }
      const narrower = splitTerms(sides[0]);
      const broader = splitTerms(sides[1]);
      const lineErrors = termErrors([...narrower, ...broader], line);
      if (lineErrors.length === 0) {
        const stemmed = (term: string) => tokens(term).map(stem).join(' ');
        const broaderNormalised = new Set(broader.map(stemmed));
        if (narrower.some((n) => broaderNormalised.has(stemmed(n)))) {
          lineErrors.push({ line, code: 'synonyms.related.sameTerms', message: 'a term cannot be narrower than itself (same word once normalised)' });
        }
      }
      if (lineErrors.length > 0) errors.push(...lineErrors);
      else for (const n of narrower) for (const b of broader) related.push([n, b]);
      continue;
    }
    const terms = splitTerms(content);
    const lineErrors = termErrors(terms, line);
    const present = terms.filter((t) => t.length > 0);
    if (present.length < SYNONYM_LIMITS.minTermsPerGroup) {
      lineErrors.push({ line, code: 'synonyms.group.tooFewTerms', message: `a group needs at least ${SYNONYM_LIMITS.minTermsPerGroup} terms separated by commas` });
    } else if (lineErrors.length === 0 && new Set(present.map(normaliseSynonymTerm)).size < SYNONYM_LIMITS.minTermsPerGroup) {
      lineErrors.push({ line, code: 'synonyms.group.sameTerms', message: 'the terms of this group are the same word once normalised (case, umlauts, gender forms)' });
    }
    if (lineErrors.length > 0) errors.push(...lineErrors);
    else groups.push(present);
  }
  return { groups, related, errors };
}

/**
 * The inverse of {@link parseSynonymGroups}: one group per line, terms joined by ", ", then one
 * line `narrower > broader` per related pair.
 */
export function formatSynonymGroups(groups: SynonymGroups, related: readonly (readonly [string, string])[] = []): string {
  const lines = [...groups.map((group) => group.join(', ')), ...related.map(([n, b]) => `${n} > ${b}`)];
  return lines.join('\n') + '\n';
}
