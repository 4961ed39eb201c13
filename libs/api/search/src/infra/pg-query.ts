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


/** The query words as a `german` tsquery expression (its text a parameter), or null without words. */
export function textQuery(p: Params, words: string[][]): string | null {
  const text = tsQueryText(words);
  return text ? `to_tsquery('german', ${p.add(text)})` : null;
}

/** Relevance of `vector` for `tsq` with the weights of both indexes (title A … provider D); 0 without text. */
export const rankOf = (vector: string, tsq: string | null) => (tsq ? `ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', ${vector}, ${tsq}, 1)` : '0::float4');

/** LIMIT and OFFSET of a result page as parameters. */
export function pageBounds(p: Params, query: { page: number; pageSize: number }): { limit: string; offset: string } {
  return { limit: p.add(query.pageSize), offset: p.add((query.page - 1) * query.pageSize) };
}

/** The facet counts over the rows of `from` (aliased m) as a JSON array expression, or NULL without facets. */
export function facetCounts<F extends string>(facets: readonly F[], valuesOf: Record<F, string>, from: string): string {
  const counts = facets.map((facet) => `SELECT '${facet}' AS facet, x.v::text AS value, count(*)::int AS n FROM ${from} CROSS JOIN LATERAL (SELECT ${valuesOf[facet]} AS v) x GROUP BY x.v`).join(' UNION ALL ');
  return counts ? `(SELECT json_agg(f) FROM (${counts}) f)` : 'NULL';
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
