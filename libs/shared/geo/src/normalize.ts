/**
 * Folds a place name or query for matching: lower case, umlauts and accents removed, ß → ss,
 * punctuation to spaces ("Görlitz, Stadt" → "gorlitz stadt").
 */
export function foldForSearch(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/ẞ/g, 'SS')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
