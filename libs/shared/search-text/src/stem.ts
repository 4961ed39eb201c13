/**
 * A light German stemmer for folded tokens (the output of `tokens()`: a–z and digits, umlauts
 * already written "ae"/"oe"/"ue", gender forms already reduced). Index terms AND query terms go
 * through it, so only consistency matters, not linguistic truth: "soziales", "sozialem",
 * "sozialen", "soziale" and "sozialer" all become "sozial".
 *
 * Why not Snowball's German stemmer: it is built for unfolded text (it treats "ue" as a vowel
 * pair, not as "ü"), it cuts "-er" from every noun ("Berater" and "Beratung" → "berat",
 * "Arbeiter" and "Arbeit" → "arbeit"), and it is not idempotent. This one removes inflection
 * only — plural, case and adjective endings — never derivation, so
 *
 * - a stem is always a prefix of its word (what makes prefix matching of a half-typed query word
 *   work: "integratio" is a prefix of the term "integration");
 * - "Migration" and "Migrant" stay apart (derivation), "Berater" and "Beratung" too;
 * - `stem(stem(x)) === stem(x)`: the rules are applied until nothing changes (a fixpoint).
 *
 * Rules, applied repeatedly, first match wins in each round (`r` = the rest of the word):
 *
 * | ending | becomes | when | examples |
 * |---|---|---|---|
 * | -nisse, -nissen, -nisses | -nis | | Ergebnisse → ergebnis |
 * | -een | -ee | | Ideen → idee |
 * | -ema, -rma | -em, -rm | | Thema/Themen → them, Firma/Firmen → firm |
 * | -ismus | -ism | | Rassismus/Rassismen → rassism |
 * | -um | – | r ≥ 3 letters, not -tum | Zentrum/Zentren → zentr, Studium/Studien → studi |
 * | -ern, -eln | -er, -el | r ≥ 3 letters, not Eltern, intern, modern … | Kindern → kinder, Regeln → regel |
 * | -en | – | r ≥ 3 letters | Fortbildungen → fortbildung, Frauen → frau |
 * | -em, -er | – | r ≥ 5 letters and ends like an adjective or participle, or r is a listed short adjective | interkultureller → interkulturell, Geflüchteter → gefluechtet, Runder → rund |
 * | -es | – | r ≥ 4 letters | Kurses → kurs, soziales → sozial |
 * | -e | – | r ≥ 3 letters, not after e | Konflikte → konflikt, Sprache → sprach |
 * | -s | – | r ≥ 4 letters, after a/o/y, b d f g k m n p t, l (not -uls), -er/-or/-ar | Workshops → workshop, Kitas → kita, Vereins → verein, Lehrers → lehrer |
 *
 * After a removal, "-abl"/"-ibl" get their e back ("sensible" → "sensibel").
 *
 * Deliberately not merged (documented limits): umlaut plurals ("Länder"/"Land", "Mütter"),
 * "-er" plurals of nouns ("Kinder"/"Kind": "-er" is only removed after adjective endings,
 * otherwise "Berater" would lose it), verb forms ("moderiert"/"moderieren"; `analyseQuery` adds
 * derived forms as weaker alternatives instead), adjectives that drop an e other than -abel/-ibel
 * ("dunkle"/"dunkel").
 */

/** Tokens shorter than this are returned unchanged. */
export const MIN_STEM_INPUT_LENGTH = 4;

/** Words the rules would damage, returned as they are (folded spelling). */
export const STEM_EXCEPTIONS: ReadonlySet<string> = new Set([
  // "-s" that is part of the word, not an ending, and that would merge with another word
  'rechts', // ≠ Recht
  'links', // ≠ Link
  'nichts',
  'bereits',
  'stets',
  'online',
  'offline',
  'inline',
  // "-em" after "l" that is no adjective ending
  'problem',
  'emblem',
]);

/** Words ending in "-ern" that are no dative plural of an "-er" noun. */
const ERN_WORDS = /(?:eltern|intern|extern|modern|konzern|stern|gestern|ostern|kaserne?n?|western|laterne?n?)$/;

/**
 * What a rest must end with for "-er"/"-em" to be an adjective ending ("ehrenamtlich-er",
 * "interkulturell-em", "gefluechtet-er", "asylsuchend-er"). Nouns that end like this lose their
 * "-er" too ("Kalender" → "kalend", "Anwender" → "anwend"): consistent on both sides, so
 * harmless apart from the merge with the verb ("anwenden" → "anwend").
 */
const ADJECTIVE_REST = /(?:lich|isch|ell|al|iv|ig|bar|sam|haft|los|end|ant|ent|iert|ert|tet|det|net|gt|llt|tzt)$/;

/** Rests that look like adjectives but belong to nouns: "Aussteller", "Länder", "Ausländer". */
const NOT_ADJECTIVE_REST = /(?:stell|aend)$/;

/** Short adjectives whose "-er"/"-em" forms are stemmed too ("Runder Tisch", "neuer Kurs", "freier Träger"). */
const SHORT_ADJECTIVES: ReadonlySet<string> = new Set([
  'rund', 'neu', 'klein', 'gross', 'frei', 'jung', 'gut', 'lang', 'kurz', 'erst', 'letzt', 'ganz', 'voll', 'leicht',
  'schwer', 'stark', 'offen', 'eigen', 'weit', 'nah', 'breit', 'sicher', 'aktiv', 'fair', 'fest', 'zweit', 'dritt',
]);

/** Consonants after which "-s" is an ending (genitive, English plural): Jobs, Workshops, Teams. */
const S_AFTER_CONSONANT = /[bdfgkmnpt]$/;

const DIGIT_OR_OTHER = /[^a-z]/;

function stripOnce(w: string): string {
  const n = w.length;
  let m: RegExpExecArray | null;
  if ((m = /nisse[ns]?$/.exec(w))) return w.slice(0, m.index) + 'nis';
  if (w.endsWith('een')) return w.slice(0, -1);
  if (/(?:em|rm)a$/.test(w) && n >= 5) return w.slice(0, -1);
  if (w.endsWith('ismus')) return w.slice(0, -2);
  if (w.endsWith('um') && n - 2 >= 3 && !w.endsWith('tum')) return w.slice(0, -2);
  if ((w.endsWith('ern') || w.endsWith('eln')) && n - 1 >= 4) {
    if (ERN_WORDS.test(w)) return w;
    return w.slice(0, -1);
  }
  if (w.endsWith('en') && n - 2 >= 3) return w.slice(0, -2);
  if (w.endsWith('er') || w.endsWith('em')) {
    const rest = w.slice(0, -2);
    if (SHORT_ADJECTIVES.has(rest)) return rest;
    if (n - 2 >= 5 && ADJECTIVE_REST.test(rest) && !NOT_ADJECTIVE_REST.test(rest)) return rest;
    return w;
  }
  if (w.endsWith('es') && n - 2 >= 4) return w.slice(0, -2);
  if (w.endsWith('e') && n - 1 >= 3 && w[n - 2] !== 'e') return w.slice(0, -1);
  if (w.endsWith('s') && n - 1 >= 4) {
    const rest = w.slice(0, -1);
    const before = rest[rest.length - 1] as string;
    const beforeThat = rest[rest.length - 2] as string;
    if (before === 'a' || before === 'o' || before === 'y') return rest;
    if (S_AFTER_CONSONANT.test(rest)) return rest;
    if (before === 'l' && beforeThat !== 'u') return rest;
    if (before === 'r' && (beforeThat === 'e' || beforeThat === 'o' || beforeThat === 'a')) return rest;
  }
  return w;
}

/**
 * Umlaut plurals → singular, matched at the end of the stem so compounds work ("Fachkräfte" →
 * fachkraft, "Gemeinschaftsunterkünften" → gemeinschaftsunterkunft, "Bundesländer" →
 * bundesland). Keys are the stems of the plural forms (after the ending rules). Only plurals
 * of this field's vocabulary whose tail is unambiguous; "-länder" only alone or after a linking
 * "s" ("Bundesländer", "Herkunftsländer"; "Ausländer", "Niederländer" are people, not plurals of
 * "Land").
 */
export const UMLAUT_PLURALS: Readonly<Record<string, string>> = {
  kraeft: 'kraft',
  staedt: 'stadt',
  aemter: 'amt',
  haeuser: 'haus',
  gaest: 'gast',
  plaetz: 'platz',
  faell: 'fall',
  vertraeg: 'vertrag',
  antraeg: 'antrag',
  vortraeg: 'vortrag',
  beitraeg: 'beitrag',
  abschluess: 'abschluss',
  zuschuess: 'zuschuss',
  ausschuess: 'ausschuss',
  anspruech: 'anspruch',
  verbaend: 'verband',
  vorstaend: 'vorstand',
  raeum: 'raum',
  traeum: 'traum',
  maenner: 'mann',
  woerter: 'wort',
  doerfer: 'dorf',
  toepf: 'topf',
  haend: 'hand',
  maerkt: 'markt',
  unterkuenft: 'unterkunft',
  auskuenft: 'auskunft',
  zusammenkuenft: 'zusammenkunft',
  muetter: 'mutter',
  vaeter: 'vater',
  toechter: 'tochter',
  soehn: 'sohn',
  buecher: 'buch',
  baeum: 'baum',
  zueg: 'zug',
  laender: 'land',
};

const UMLAUT_PLURAL_TAIL = new RegExp(`(?:${Object.keys(UMLAUT_PLURALS).sort((a, b) => b.length - a.length).join('|')})$`);

function singular(w: string): string {
  const m = UMLAUT_PLURAL_TAIL.exec(w);
  if (!m) return w;
  const head = w.slice(0, m.index);
  if (m[0] === 'laender' && head !== '' && !(head.endsWith('s') && head.length >= 4 && !head.endsWith('aus'))) return w;
  return head + (UMLAUT_PLURALS[m[0]] as string);
}

function restoreE(w: string): string {
  return w.endsWith('abl') || w.endsWith('ibl') ? `${w.slice(0, -1)}el` : w;
}

/**
 * The stem of one folded token (see the module comment for the rules). Tokens with digits,
 * tokens shorter than {@link MIN_STEM_INPUT_LENGTH} and {@link STEM_EXCEPTIONS} are returned
 * as they are. Deterministic and idempotent; the result is a prefix of the token except for
 * the restored e of "-abel"/"-ibel".
 */
export function stem(token: string): string {
  if (token.length < MIN_STEM_INPUT_LENGTH || DIGIT_OR_OTHER.test(token)) return token;
  let w = token;
  for (;;) {
    if (STEM_EXCEPTIONS.has(w)) return w;
    const next = stripOnce(w);
    if (next === w) return singular(w);
    w = restoreE(next);
  }
}
