import { foldGerman } from '@knotenpunkt/shared/search-text';

/** The 16 Länder by official key, with the names people write (folded, longest first where one contains another). */
export const LAENDER: readonly { key: string; names: readonly string[] }[] = [
  { key: '01', names: ['schleswig-holstein'] },
  { key: '02', names: ['hamburg'] },
  { key: '03', names: ['niedersachsen'] },
  { key: '04', names: ['bremen'] },
  { key: '05', names: ['nordrhein-westfalen', 'nrw'] },
  { key: '06', names: ['hessen'] },
  { key: '07', names: ['rheinland-pfalz'] },
  { key: '08', names: ['baden-wuerttemberg'] },
  { key: '09', names: ['bayern'] },
  { key: '10', names: ['saarland'] },
  { key: '11', names: ['berlin'] },
  { key: '12', names: ['brandenburg'] },
  { key: '13', names: ['mecklenburg-vorpommern'] },
  { key: '14', names: ['sachsen'] },
  { key: '15', names: ['sachsen-anhalt'] },
  { key: '16', names: ['thueringen'] },
];

/** An online offer for at most this many Länder is regional; run for more, it is nationwide. */
const REGIONAL_AT_MOST = 3;

const NAME_PATTERNS = LAENDER.flatMap((land) => land.names.map((name) => ({ key: land.key, pattern: new RegExp(`(?<![\\p{L}-])${name.replace(/-/g, '[-\\s]?')}(?![\\p{L}-])`, 'u') })));

/** Land names in a text, as keys ("Sachsen-Anhalt" is not "Sachsen", "Niedersachsen" neither). */
export function laenderNamedIn(text: string): string[] {
  const folded = foldGerman(text);
  return [...new Set(NAME_PATTERNS.filter(({ pattern }) => pattern.test(folded)).map(({ key }) => key))];
}

/**
 * The Länder an online offer is run for: those named in its title or abstract ("für
 * Engagierte in Sachsen"), else those of its provider's service areas when they are few. An
 * online offer of a provider serving all of Germany (or nothing said) belongs to no Land.
 */
export function onlineLaenderOf(serviceAreas: string[], titleAndAbstract: string): string[] {
  const named = laenderNamedIn(titleAndAbstract);
  if (named.length > 0 && named.length <= REGIONAL_AT_MOST) return named.sort();
  const served = [...new Set(serviceAreas.filter((k) => /^\d{2}/.test(k)).map((k) => k.slice(0, 2)))];
  return served.length > 0 && served.length <= REGIONAL_AT_MOST ? served.sort() : [];
}
