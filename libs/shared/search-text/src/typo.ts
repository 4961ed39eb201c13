/** Words with at least this many characters tolerate one typo (Meilisearch `minWordSizeForTypos.oneTypo`). */
export const MIN_WORD_SIZE_FOR_ONE_TYPO = 5;
/** Words with at least this many characters tolerate two typos (Meilisearch `minWordSizeForTypos.twoTypos`). */
export const MIN_WORD_SIZE_FOR_TWO_TYPOS = 9;

/**
 * The Meilisearch `typoTolerance` setting that matches {@link typoBudget}: same word sizes, and
 * no typos on numbers (a postal code one digit off is another place).
 */
export const meiliTypoTolerance = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: MIN_WORD_SIZE_FOR_ONE_TYPO, twoTypos: MIN_WORD_SIZE_FOR_TWO_TYPOS },
  disableOnNumbers: true,
} as const;

/**
 * How many typos (edits) a query word may contain and still match: 0 below 5 characters, 1 for
 * 5–8, 2 from 9. Numbers ("99867") get 0. Pass a token from `tokens()` – both adapters then
 * count the same characters (folded: "Ärzte" is "aerzte", 6).
 */
export function typoBudget(word: string): 0 | 1 | 2 {
  if (/^\p{N}+$/u.test(word)) return 0;
  const length = [...word].length;
  if (length >= MIN_WORD_SIZE_FOR_TWO_TYPOS) return 2;
  if (length >= MIN_WORD_SIZE_FOR_ONE_TYPO) return 1;
  return 0;
}
