/**
 * Letters that Unicode does not decompose into "base letter + combining mark", so stripping
 * marks after NFKD would keep them. Mapped by hand (Turkish, Polish, Nordic, Croatian, Maltese,
 * ligatures).
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

const UNDECOMPOSABLE_RE = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'gu');

/**
 * Folds German text for matching: lower case, ä→ae, ö→oe, ü→ue, ß/ẞ→ss (so "Görlitz" and
 * "Goerlitz" become the same), every other diacritic stripped (é→e, ş→s, ı→i, ł→l, ø→o …),
 * compatibility forms unified by NFKD (ﬁ→fi, ²→2). Punctuation and spaces are kept; splitting is
 * the job of {@link tokens}.
 *
 * Idempotent: `foldGerman(foldGerman(x)) === foldGerman(x)`.
 */
export function foldGerman(text: string): string {
  return text
    .normalize('NFC') // "a" + U+0308 (decomposed input) becomes "ä" before the umlaut rule
    .toLowerCase() // ẞ → ß, Ä → ä, İ → i + U+0307 (removed below)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSABLE_RE, (c) => UNDECOMPOSABLE[c] ?? c)
    .toLowerCase(); // NFKD can yield capitals again (ℌ → H)
}
