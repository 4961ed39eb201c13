import { foldGerman } from './fold';

/**
 * German gender forms → one base form (the generic masculine stem), so that "Berater*innen",
 * "Berater:innen", "BeraterInnen", "Berater_innen", "Berater/-innen", "Berater(innen)",
 * "Beraterinnen", "Beraterin" and "Berater" all index and query as the same word.
 *
 * Three kinds of input, from safest to riskiest:
 *
 * 1. **Marked forms** – a gender sign between stem and "in"/"innen": `*`, `:`, `_`, `·`, `/`,
 *    `/-`, `(…)`. Unambiguous: the sign is removed together with the feminine ending.
 * 2. **Binnen-I** – "BeraterInnen", "BeraterIn": a capital I after a lower-case letter. Only
 *    visible before lower-casing, which is why this function runs on the original text and
 *    {@link tokens} folds afterwards. The singular "…In" must also pass the person-stem check
 *    (so "CheckIn", "PlugIn", "LogIn" stay), "LinkedIn" is on the exception list.
 * 3. **Unmarked forms** – "Beraterinnen", "Beraterin", and masculine plurals like "Migranten",
 *    "Kollegen", "Ärzte", "Multiplikatoren". These look like ordinary words ("Berlin", "Termin",
 *    "Maschinen"), so a rule only fires when
 *    - the word is not on {@link GENDER_EXCEPTIONS} (whole word or the tail of a compound),
 *    - the stem that remains is long enough ({@link MIN_FEMININE_STEM_LENGTH} letters), and
 *    - the stem ends like a masculine person noun ({@link PERSON_SUFFIXES}) or is one of the
 *      few short person stems listed in {@link PERSON_STEMS}.
 *
 * Participles and adjectival nouns ("Teilnehmende", "Studierende", "Ehrenamtliche",
 * "Geflüchtete") are already gender-neutral and stay as they are.
 */

/**
 * Minimum length (folded letters) of what remains after removing an unmarked "-in"/"-innen".
 * Keeps "Berlin" (berl), "Termin" (term), "hierin" (hier), "beginnen" (beg), "Kamin" (kam)
 * intact even before the exception list is consulted. Person stems of 4 letters ("Kund-in")
 * are listed in {@link PERSON_STEMS} instead.
 */
export const MIN_FEMININE_STEM_LENGTH = 5;

/**
 * Endings (folded: ä→ae …) of masculine person nouns that form the feminine with -in/-innen.
 * A stem must end in one of these (and be long enough) for an unmarked "-in"/"-innen" to be
 * removed. Deliberately absent: "-an" (would hit "Melanin", "Alanin"), "-ot" ("Nikotin"),
 * "-it", "-ch" ("Köchin" is a documented limit).
 */
export const PERSON_SUFFIXES: readonly string[] = [
  'er', // Berater, Lehrer, Teilnehmer, Integrationsbegleiter, Syrer, Ukrainer
  'or', // Multiplikator, Moderator, Koordinator, Autor, Professor
  'ant', // Migrant, Praktikant, Lieferant
  'ent', // Student, Referent, Dozent, Patient, Klient, Assistent
  'ist', // Aktivist, Jurist, Journalist, Polizist
  'olog', // Psychologe, Soziologe, Biologe (not plain "-og": "Kundenlogin")
  'agog', // Pädagoge, Demagoge
  'and', // Doktorand, Konfirmand
  'at', // Kandidat, Demokrat, Diplomat
  'ar', // Bibliothekar, Notar, Nachbar
  'aer', // Funktionär, Sekretär (folded ä)
  'eur', // Ingenieur, Redakteur, Friseur
  'eut', // Therapeut, Pharmazeut
  'ekt', // Architekt
];

/**
 * Short or irregular person stems (folded), matched as the end of a word so compounds work
 * ("Integrationslotsin", "Stammkundin", "Zahnärztin"). Besides the feminine forms, their
 * masculine singular/plural in -e/-en is reduced to the stem too ("Kollege", "Kollegen",
 * "Kunden", "Lotsen", "Experten", "Ärzte", "Anwälte", "Freunde") — except for "chef",
 * whose plural is "Chefs".
 *
 * `link` is the joint used when a marked plural starts a compound: "Kolleg*innenkreis" →
 * "Kollegenkreis", "Ärzt*innenkammer" → "Ärztekammer", "Freund*innenkreis" → "Freundeskreis".
 */
export const PERSON_STEMS: readonly { readonly stem: string; readonly link: string; readonly masculineE: boolean }[] = [
  { stem: 'kolleg', link: 'en', masculineE: true },
  { stem: 'kund', link: 'en', masculineE: true },
  { stem: 'lots', link: 'en', masculineE: true },
  { stem: 'expert', link: 'en', masculineE: true },
  { stem: 'freund', link: 'es', masculineE: true },
  { stem: 'aerzt', link: 'e', masculineE: true },
  { stem: 'anwaelt', link: 'e', masculineE: true },
  { stem: 'chef', link: '', masculineE: false },
];

/**
 * Words that end like a feminine form (or would satisfy a rule) but are no person nouns.
 * Folded spelling; a word is protected when it equals an entry or ends with it (compounds:
 * "Beratungstermin", "Onlinemagazin", "Nitroglyzerin"). An entry must therefore never be the
 * tail of a real person noun — that is why "innen", "rinnen", "sinnen" and "login" are NOT
 * here ("Beraterinnen", "Lotsinnen", "Psychologin" end with them); those words are protected
 * by {@link MIN_FEMININE_STEM_LENGTH} and the person-suffix check instead (see the tests).
 *
 * Most entries are already safe through the rules (their stems do not end like person nouns:
 * "Medizin" → "mediz"); they are listed to document the intent and to survive rule changes.
 * The ones the rules alone would damage are marked with "!".
 */
export const GENDER_EXCEPTIONS: readonly string[] = [
  // Places and given names
  'berlin',
  'severin', // ! Sever-in (-er)
  'valentin', // ! Valent-in (-ent)
  'konstantin', // ! Konstant-in (-ant)
  'quentin', // ! Quent-in (-ent)
  'florentin', // ! Florent-in (-ent)
  'linkedin', // Binnen-I look-alike
  // Everyday nouns and adverbs
  'termin',
  'medizin',
  'disziplin',
  'magazin',
  'benzin',
  'kamin',
  'rubin',
  'vitamin',
  'hierin', // hier-in (-er, saved by the stem length)
  'mandarin', // ! Mandar-in (-ar)
  'rosmarin', // ! Rosmar-in (-ar)
  'tamarin', // ! (-ar)
  // Chemistry and pharmacy
  'glyzerin', // ! Glyzer-in (-er)
  'glycerin', // !
  'stearin', // ! (-ar)
  'saccharin', // ! (-ar)
  'heparin', // ! (-ar)
  'kreatin', // ! Kreat-in (-at)
  'keratin', // ! (-at)
  'gelatin', // ! (-at)
  'palatin', // ! (-at)
  'statin', // ! Somatostatin, Atorvastatin (-at)
  'terpentin', // ! (-ent)
  'serpentin', // ! (-ent)
  'brillantin', // ! (-ant)
  'nikotin',
  'protein',
  'insulin',
  // Verbs in -innen (stems "beg", "gew", "sp" are too short anyway; compounds like "Neubeginnen")
  'beginnen',
  'gewinnen',
  'spinnen',
];

/** Masculine -en plurals of weak nouns whose stem is no person: "Wartelisten", "Werkzeugkisten". */
const NOT_PERSON_IST = /(?:^|[^ao])list$|kist$|pist$|leist$|meist$/;

const L = '\\p{L}';
const LOWER_CONTINUATION = '(\\p{Ll}*)';
const SIGN = '(?:[*:_·]|/-?)';

/** Berater*innen, Berater:innen, Berater_innen, Berater·innen, Berater/innen, Berater/-innen, Lehrer*innenbildung */
const MARKED_PLURAL = new RegExp(`(?<!${L})(${L}+)${SIGN}(?:innen|Innen|INNEN)${LOWER_CONTINUATION}(?!${L})`, 'gu');
/** Berater*in, Berater:in, Berater_in, Berater/in, Berater/-in */
const MARKED_SINGULAR = new RegExp(`(?<!${L})(${L}+)${SIGN}(?:in|In|IN)(?!${L})`, 'gu');
/** Berater(innen), Berater(in), Berater(-innen) */
const PARENTHESISED = new RegExp(`(?<!${L})(${L}+)\\(-?(innen|Innen|INNEN|in|In|IN)\\)${LOWER_CONTINUATION}(?!${L})`, 'gu');
/** BeraterInnen, MigrantInnenorganisation (capital I after a lower-case letter) */
const BINNEN_I_PLURAL = new RegExp(`(?<!${L})(${L}*\\p{Ll})Innen${LOWER_CONTINUATION}(?!${L})`, 'gu');
/** BeraterIn */
const BINNEN_I_SINGULAR = new RegExp(`(?<!${L})(${L}*\\p{Ll})In(?!${L})`, 'gu');
const WORD = /\p{L}+/gu;

/** Umlaut plurals/feminines back to the vowel of the masculine singular: Ärzt- → Arzt. */
const UMLAUT_STEMS: readonly (readonly [RegExp, string])[] = [
  [/(?:ärzt|aerzt)$/iu, 'arzt'],
  [/(?:anwält|anwaelt)$/iu, 'anwalt'],
];

function isException(folded: string): boolean {
  return GENDER_EXCEPTIONS.some((e) => folded.endsWith(e));
}

function personStem(foldedStem: string) {
  return PERSON_STEMS.find((p) => foldedStem.endsWith(p.stem));
}

/** Does this (folded) stem look like a masculine person noun that takes -in? */
function isPersonStem(foldedStem: string): boolean {
  if (personStem(foldedStem)) return true;
  return foldedStem.length >= MIN_FEMININE_STEM_LENGTH && PERSON_SUFFIXES.some((s) => foldedStem.endsWith(s));
}

/** "Ärzt" → "Arzt", keeping the case pattern of the replaced letters. */
function restoreSingularVowel(stem: string): string {
  for (const [pattern, base] of UMLAUT_STEMS) {
    const match = pattern.exec(stem);
    if (!match) continue;
    const original = match[0];
    const replaced =
      original === original.toUpperCase()
        ? base.toUpperCase()
        : original[0] === original[0]?.toUpperCase()
          ? base[0]?.toUpperCase() + base.slice(1)
          : base;
    return stem.slice(0, match.index) + replaced;
  }
  return stem;
}

/** Joint between a person stem and the rest of a compound, as in the masculine compound. */
function linkingElement(foldedStem: string): string {
  const known = personStem(foldedStem);
  if (known) return known.link;
  // Weak nouns join with their plural -en: Migrantenorganisation, Studentenwerk, Multiplikatorenschulung.
  if (/(?:ant|ent|ist|olog|agog|and|at|ekt|eut|or)$/.test(foldedStem)) return 'en';
  return ''; // Lehrerzimmer, Teilnehmerliste, Ingenieurbüro
}

/** Result of a marked form: the stem, or stem + joint + rest for a compound. */
function fromMarked(whole: string, stem: string, continuation: string): string {
  const folded = foldGerman(stem);
  if (folded.length < 2) return whole;
  if (continuation) return stem + linkingElement(folded) + continuation;
  return restoreSingularVowel(stem);
}

function endsWithLetters(word: string, suffix: string): boolean {
  return word.slice(-suffix.length).toLowerCase() === suffix;
}

/** How many letters of an unmarked masculine plural/singular to remove (0: not one). */
function masculineCut(folded: string): number {
  for (const p of PERSON_STEMS) {
    if (!p.masculineE) continue;
    if (folded.endsWith(`${p.stem}en`)) return 2; // Kollegen, Kunden, Lotsen, Experten, Ärzten
    if (folded.endsWith(`${p.stem}e`)) return 1; // Kollege, Kunde, Lotse, Experte, Ärzte
  }
  const logos = /(?:olog|agog)(en|e)$/.exec(folded); // Psychologe(n), Pädagoge(n)
  if (logos?.[1] && folded.length - logos[1].length >= 5) return logos[1].length;
  if (/(?:ant|ent|ist)en$/.test(folded)) {
    // Migranten, Studenten, Aktivisten – not Dokumenten, Wartelisten; stems of 6+ letters (not "Agenten", "Fristen")
    const stem = folded.slice(0, -2);
    if (stem.length >= 6 && !stem.endsWith('ment') && !NOT_PERSON_IST.test(stem)) return 2;
  }
  if (/(?:tor|sor)en$/.test(folded) && folded.length - 2 >= 5) return 2; // Multiplikatoren, Professoren, Autoren
  return 0;
}

/** One word without gender signs: feminine -innen/-in or a masculine plural → the stem. */
function neutraliseWord(word: string): string {
  const folded = foldGerman(word);
  if (isException(folded)) return word;
  if (folded.endsWith('innen') && endsWithLetters(word, 'innen') && isPersonStem(folded.slice(0, -5))) {
    return restoreSingularVowel(word.slice(0, -5));
  }
  if (folded.endsWith('in') && endsWithLetters(word, 'in') && isPersonStem(folded.slice(0, -2))) {
    return restoreSingularVowel(word.slice(0, -2));
  }
  const cut = masculineCut(folded);
  if (cut > 0 && /^[a-z]+$/i.test(word.slice(-cut))) return restoreSingularVowel(word.slice(0, -cut));
  return word;
}

/**
 * Rewrites gender-inclusive, feminine and (for the nouns the rules know) masculine plural forms
 * to one base form, leaving everything else – case, punctuation, other words – as it was:
 * "Berater*innen und Ärztinnen" → "Berater und Arzt". Run it on the ORIGINAL text (the
 * Binnen-I is only visible there), then fold; {@link tokens} does both.
 *
 * Idempotent: applying it twice gives the same text as applying it once.
 */
export function neutraliseGenderForms(text: string): string {
  return text
    .normalize('NFC')
    .replace(MARKED_PLURAL, (whole: string, stem: string, continuation: string) => fromMarked(whole, stem, continuation))
    .replace(MARKED_SINGULAR, (whole: string, stem: string) => fromMarked(whole, stem, ''))
    .replace(PARENTHESISED, (whole: string, stem: string, ending: string, continuation: string) =>
      // "Teilnehmer(in)nen" and the like are not a known pattern: leave them.
      continuation && ending.length === 2 ? whole : fromMarked(whole, stem, continuation),
    )
    .replace(BINNEN_I_PLURAL, (whole: string, stem: string, continuation: string) =>
      isException(foldGerman(whole)) ? whole : fromMarked(whole, stem, continuation),
    )
    .replace(BINNEN_I_SINGULAR, (whole: string, stem: string) =>
      !isException(foldGerman(whole)) && isPersonStem(foldGerman(stem)) ? fromMarked(whole, stem, '') : whole,
    )
    .replace(WORD, neutraliseWord);
}
