import { completedTokens } from './analyse';
import { defaultDecompounder } from './decompound';
import { stem } from './stem';
import type { Thesaurus, WeightedTerm } from './thesaurus';
import { foldText } from './tokens';

export interface QueryAlternative {
  /** Stemmed; a phrase has several stemmed terms joined by ' '. */
  term: string;
  /** 1 for the word itself and true synonyms, < 1 for broader/narrower terms, compound parts and derived forms. */
  weight: number;
  /** true: may match any index term starting with `term`. */
  prefix: boolean;
}

export interface QueryUnit {
  /** The query word as typed (folded); for a phrase its words joined by ' '; for the parts of a compound the whole word. */
  source: string;
  alternatives: QueryAlternative[];
  /** Units from one compound query word share a group number; otherwise unique. */
  group: number;
}

export interface QueryAnalysis {
  units: QueryUnit[];
  /** true when the text had words but all of them are stop words ("mit", "für die", "ich suche etwas"). */
  stopWordsOnly: boolean;
}

/** Weights of alternatives that do not come from the thesaurus. */
export const QUERY_WEIGHTS = Object.freeze({
  /** A part of a compound query word, matched on its own ("Sprachmittlerschulung" → "schulung"). */
  compoundPart: 0.8,
  /** A derived form: "moderieren" → "moderation", "Moderation" → "moderier…". */
  derived: 0.8,
});

/** The last query word is matched as a prefix (search as you type) from this many letters on. */
export const PREFIX_MIN_LENGTH = 4;

/**
 * Words dropped from QUERIES only (documents index everything but `GERMAN_STOP_WORDS`): the
 * filler of a question typed as a sentence ("Ich suche bitte etwas für unsere Ehrenamtlichen in
 * Gotha"). Folded. Never here: "online", "deutsch", "ohne", "nicht", "kein", "als" ("Deutsch als
 * Zweitsprache"), "neu", "frei", "kostenlos", numbers.
 */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set([
  // pronouns and possessives
  'ich', 'du', 'wir', 'ihr', 'sie', 'es', 'man', 'mich', 'mir', 'uns', 'euch', 'ihnen', 'sich',
  'mein', 'meine', 'meinen', 'meinem', 'meiner', 'unser', 'unsere', 'unseren', 'unserem', 'unserer',
  'dein', 'deine', 'euer', 'eure', 'ihre', 'ihren', 'ihrem', 'ihrer', 'sein', 'seine', 'seinen',
  // question words
  'was', 'wer', 'wie', 'wo', 'wann', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'woher', 'wohin', 'warum',
  // search verbs and auxiliaries
  'suche', 'suchen', 'sucht', 'gesucht', 'finde', 'finden', 'gibt', 'gib', 'geben', 'brauche', 'brauchen', 'braucht',
  'moechte', 'moechten', 'will', 'wollen', 'kann', 'koennen', 'koennte', 'wuerde', 'wuerden', 'ist', 'sind', 'bin',
  'hat', 'haben', 'habe', 'hast', 'gibts', 'zeige', 'zeig', 'zeigen', 'interessiere', 'interessiert',
  // fillers
  'etwas', 'was', 'irgendwas', 'irgendwo', 'irgendein', 'irgendeine', 'bitte', 'danke', 'hallo', 'gern', 'gerne',
  'auch', 'noch', 'mal', 'so', 'da', 'hier', 'dort', 'dann', 'denn', 'doch', 'ja', 'eigentlich', 'vielleicht',
  'alle', 'alles', 'jede', 'jeder', 'jedes', 'dies', 'diese', 'dieser', 'dieses', 'diesen', 'gibt', 'es',
]);

const DIGITS = /\p{N}/u;

function rawWordCount(text: string): number {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).length;
}

/**
 * "moderieren", "moderiert", "Moderierung" → the noun in -ation ("moderation"); "Moderation",
 * "Integrationen" → the verb stem in -ier as a prefix ("moderier…": moderieren, moderiert,
 * moderierte). Only with a root of 4+ letters ("Nation", "Station" have none).
 */
function derivedAlternatives(token: string): QueryAlternative[] {
  const verb = /^([a-z]{4,})ier(?:en|t|te|ten|ter|tes|e|st|ung|ungen)?$/.exec(token);
  if (verb) {
    return [
      { term: stem(`${verb[1]}ation`), weight: QUERY_WEIGHTS.derived, prefix: false },
      { term: `${verb[1]}ier`, weight: QUERY_WEIGHTS.derived, prefix: true }, // moderiert, moderierte, moderieren
    ];
  }
  const noun = /^([a-z]{4,})ation(?:en)?$/.exec(token);
  if (noun) return [{ term: `${noun[1]}ier`, weight: QUERY_WEIGHTS.derived, prefix: true }];
  return [];
}

/** Adds an alternative unless the same term is there already with at least this weight and prefix. */
function push(list: QueryAlternative[], alternative: QueryAlternative): void {
  const existing = list.find((a) => a.term === alternative.term);
  if (!existing) {
    list.push(alternative);
    return;
  }
  existing.weight = Math.max(existing.weight, alternative.weight);
  existing.prefix = existing.prefix || alternative.prefix;
}

function fromThesaurus(list: QueryAlternative[], alternatives: readonly WeightedTerm[] | undefined, factor: number): void {
  for (const a of alternatives ?? []) push(list, { term: a.term, weight: Math.round(a.weight * factor * 100) / 100, prefix: false });
}

/**
 * Query side, normalised exactly like {@link indexTerms}: tokens (gender forms, folding, stop
 * words) → elision completion → phrases of the thesaurus (longest first) → query stop words
 * dropped → per word its stem, synonyms and related terms looked up on the stemmed form (so
 * "Fortbildungen" and "Workshops" get the alternatives of "Fortbildung" and "Workshop") →
 * compound words become one unit per part (same group), unless the whole word is itself a
 * thesaurus term.
 *
 * Alternatives of a simple word: the stem (weight 1; a prefix when it is the last word and has
 * at least {@link PREFIX_MIN_LENGTH} letters), its synonyms (1), narrower (0.7) and broader
 * (0.5) terms, a derived form (0.8: "moderieren" ↔ "Moderation"). A unit of a compound part
 * has the whole word (1, so documents with the compound rank first), the part (0.8) and the
 * part's thesaurus alternatives (weight × 0.8); in the last word the whole word and its last
 * part are prefixes. A phrase is one unit: the phrase (1) and its alternatives.
 */
export function analyseQuery(text: string, thesaurus: Thesaurus): QueryAnalysis {
  const words = completedTokens(text);
  const terms = words.map(stem);
  const units: QueryUnit[] = [];
  let group = 0;
  let i = 0;
  while (i < words.length) {
    // Phrases first, longest first ("deutsch als zweitsprach", "rund tisch").
    let phraseLength = 0;
    for (let n = Math.min(thesaurus.longestPhrase, words.length - i); n >= 2; n--) {
      const phrase = terms.slice(i, i + n).join(' ');
      const alternatives = thesaurus.alternatives(phrase);
      if (alternatives) {
        const list: QueryAlternative[] = [{ term: phrase, weight: 1, prefix: false }];
        fromThesaurus(list, alternatives, 1);
        units.push({ source: words.slice(i, i + n).join(' '), alternatives: list, group: group++ });
        phraseLength = n;
        break;
      }
    }
    if (phraseLength > 0) {
      i += phraseLength;
      continue;
    }
    const token = words[i] as string;
    const term = terms[i] as string;
    const isLast = i === words.length - 1;
    i += 1;
    if (QUERY_STOP_WORDS.has(token)) continue;
    const prefix = isLast && token.length >= PREFIX_MIN_LENGTH && !DIGITS.test(token);
    const listed = thesaurus.alternatives(term);
    const parts = listed ? [] : defaultDecompounder().split(token);
    if (parts.length < 2) {
      const list: QueryAlternative[] = [{ term, weight: 1, prefix }];
      fromThesaurus(list, listed, 1);
      for (const d of derivedAlternatives(token)) push(list, d);
      units.push({ source: token, alternatives: list, group: group++ });
      continue;
    }
    const compoundGroup = group++;
    parts.forEach((part, k) => {
      const partTerm = stem(part);
      const lastPart = k === parts.length - 1;
      const list: QueryAlternative[] = [{ term, weight: 1, prefix }];
      push(list, { term: partTerm, weight: QUERY_WEIGHTS.compoundPart, prefix: prefix && lastPart && part.length >= 3 });
      fromThesaurus(list, thesaurus.alternatives(partTerm), QUERY_WEIGHTS.compoundPart);
      units.push({ source: token, alternatives: list, group: compoundGroup });
    });
  }
  return { units, stopWordsOnly: units.length === 0 && rawWordCount(text) > 0 };
}
