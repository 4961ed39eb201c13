import type { EntityManager } from 'typeorm';

/** Building blocks of the PostgreSQL adapter's statements. */

/** Collects positional parameters for one statement. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The tsquery text: AND over query words, OR over each word's alternatives, phrases with <->. */
export function tsQueryText(words: string[][]): string {
  return words
    .map((alternatives) => {
      const parts = alternatives.map((a) => a.split(' ').filter(Boolean).join(' <-> ')).filter(Boolean);
      return parts.length > 1 ? `(${parts.join(' | ')})` : (parts[0] ?? '');
    })
    .filter(Boolean)
    .join(' & ');
}


/**
 * A radius around a centre for a stored or computed earth point: earth_box for the GiST index,
 * then the chord length (`cube_distance`) against the radius; `chord` is the distance to the
 * centre as a chord (sec_to_gc turns it, or its minimum, into metres).
 */
export function withinRadius(p: Params, point: string, center: { lat: number; lon: number; radiusKm: number }): { condition: string; chord: string } {
  const centre = `ll_to_earth(${p.add(center.lat)}, ${p.add(center.lon)})`;
  const radius = p.add(center.radiusKm * 1000);
  const chord = `cube_distance(${point}, ${centre})`;
  return { condition: `earth_box(${centre}, ${radius}) @> ${point} AND ${chord} <= gc_to_sec(${radius})`, chord };
}

/** Words of indexed documents for the typo dictionary (sorted by the caller: no deadlocks between relays). */
export async function addTerms(manager: EntityManager, words: string[]): Promise<void> {
  if (words.length === 0) return;
  await manager.query(`INSERT INTO search_term (term, documents) SELECT unnest($1::text[]), 1 ON CONFLICT (term) DO UPDATE SET documents = search_term.documents + 1`, [words]);
}

/** The distinct words of at least four letters in `texts`, sorted. */
export const termsOf = (texts: string[]) => [...new Set(texts.flatMap((t) => t.split(' ')).filter((w) => w.length >= 4))].sort();
