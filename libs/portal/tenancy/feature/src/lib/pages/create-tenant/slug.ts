const replacements: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * A short name suggested from the organisation's name: lower case, German umlauts spelled out,
 * other accents dropped, anything else a hyphen, at most 50 characters ("Café Grenzenlos e. V."
 * → "cafe-grenzenlos-e-v").
 */
export function suggestSlug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[äöüßæøå]/g, (c) => replacements[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
}
