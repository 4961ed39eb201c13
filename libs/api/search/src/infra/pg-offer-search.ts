import type { OfferFacet } from '@knotenpunkt/shared/contracts';
import type { OfferDocument } from '../domain/offer-document';
import type { EngineHit, EngineQuery, EngineResult } from '../domain/search-index.port';
import { Params, facetCounts, pageBounds, rankOf, textQuery, withinRadius } from './pg-query';

/** Offers a query considers at most (like Meilisearch's maxTotalHits); more: the total is a lower bound. */
export const MAX_CANDIDATES = 1000;

/** Per facet: the SQL expression over the matching rows `m` that yields its values. */
const FACET_VALUES: Record<OfferFacet, string> = {
  topic: 'unnest(m.topics)',
  audience: 'unnest(m.audiences)',
  language: 'unnest(m.languages)',
  mode: 'unnest(m.modes)',
  kind: 'm.kind',
  free: "CASE WHEN m.is_free THEN 'true' ELSE 'false' END",
  land: 'unnest(m.laender)',
};

/** What the offer search statement returns (one JSON value). */
export interface OfferSearchRow {
  total: number;
  page: PageRow[] | null;
  facets: { facet: OfferFacet; value: string; n: number }[] | null;
}

/** The PostgreSQL adapter's offer search as one statement: the page, its sessions, the total and the facets. */
export function offerSearchStatement(query: EngineQuery): { sql: string; values: unknown[] } {
  const p = new Params();
  const f = query.filters;
  const tsq = textQuery(p, query.words);
  const now = p.add(query.now);

  // Sessions first: the place (GiST on the point, B-tree on the Gemeinde key), mode and dates
  // pick sessions, grouped per offer; only the capped candidates are joined with their offers.
  // A session's vector holds its offer's words and lexemes for its regions and filter fields
  // (migration 1764700000000), so text, region and filters are one GIN search (fast scan
  // through long posting lists), intersected with the place's bitmap. Without text or filters
  // the region stays a range over the covering B-tree, read without touching the table.
  const session = sessionFilters(p, f, now);
  const { chord, needsSessions } = session;
  const filters = filterLexemes(f);
  const matchConditions = [...session.conditions];
  if (needsSessions) {
    const terms = [...filters, ...(f.region && (tsq || filters.length) ? [lexeme(`ars:${f.region}`)] : [])];
    const lexemes = terms.length ? terms.join(' & ') : null;
    const vector = [tsq, lexemes ? `${p.add(lexemes)}::tsquery` : null].filter(Boolean);
    if (vector.length) matchConditions.push(`s.tsv @@ ${vector.length === 2 ? `(${vector[0]} && ${vector[1]})` : vector[0]}`);
    if (f.region && !lexemes) matchConditions.push(session.region as string);
  }

  const rank = rankOf('c.tsv', tsq);
  const order =
    query.sort === 'distance' ? 'distance_km NULLS LAST, rank DESC, offer_id'
    : query.sort === 'date' ? 'match_start NULLS LAST, rank DESC, offer_id'
    : 'rank DESC, match_start NULLS LAST, offer_id';
  const { limit, offset } = pageBounds(p, query);

  // A candidate cap keeps every query bounded (ranking every match is what gets slow): at
  // most MAX_CANDIDATES offers, the soonest first (the nearest, for a distance sort), and only
  // they are ranked and counted for the facets.
  const candidateOrder = query.sort === 'distance' ? 'distance_km NULLS LAST' : 'match_start NULLS LAST';
  const fields = `o.offer_id, o.topics, o.audiences, o.languages, o.modes, o.kind, o.is_free, o.laender${tsq ? ', o.tsv' : ''}`;
  const offerWhere = needsSessions ? [] : offerFilters(p, f, tsq);
  const candidates = needsSessions
    ? `SELECT ${fields}, ms.match_start, ms.distance_km
         FROM (SELECT s.offer_id, min(s.starts_at) AS match_start, ${chord ? `sec_to_gc(min(${chord})) / 1000` : 'NULL::float8'} AS distance_km
                 FROM search_session s WHERE ${matchConditions.join(' AND ')}
                GROUP BY s.offer_id ORDER BY ${candidateOrder} LIMIT ${MAX_CANDIDATES + 1}) ms
         JOIN search_offer o ON o.offer_id = ms.offer_id`
    : `SELECT ${fields}, o.next_start AS match_start, NULL::float8 AS distance_km
         FROM search_offer o WHERE (o.last_end IS NULL OR o.last_end >= ${now}) AND ${offerWhere.join(' AND ') || 'true'}
        ORDER BY ${candidateOrder} LIMIT ${MAX_CANDIDATES + 1}`;
  const matches = `SELECT c.*, ${rank} AS rank FROM (${candidates}) c`;

  // The page's matching sessions (first upcoming first), under the same session conditions.
  const distance = chord ? `sec_to_gc(${chord}) / 1000` : 'NULL::float8';
  const pageSessions = `(SELECT json_agg(json_build_object('startsAt', s.starts_at, 'endsAt', s.ends_at, 'startsText', s.starts_text, 'endsText', s.ends_text, 'mode', s.mode,
      'lat', s.lat, 'lon', s.lon, 'regionKeys', s.region_keys, 'postalCode', s.postal_code, 'locality', s.locality, 'freePlaces', s.free_places, 'capacity', s.capacity,
      'registrationDeadline', to_char(s.registration_deadline, 'YYYY-MM-DD'), 'distanceKm', ${distance}) ORDER BY s.starts_at)
     FROM search_session s WHERE s.offer_id = page.offer_id AND ${[...session.conditions, ...(session.region ? [session.region] : [])].join(' AND ')})`;

  return {
  sql: `WITH m AS MATERIALIZED (${matches}),
          capped AS (SELECT * FROM m LIMIT ${MAX_CANDIDATES}),
          page AS (SELECT offer_id, distance_km, rank, match_start FROM capped ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
     SELECT json_build_object(
       'total', (SELECT count(*) FROM (SELECT 1 FROM m LIMIT ${MAX_CANDIDATES + 1}) t),
       'page', (SELECT json_agg(json_build_object('id', page.offer_id, 'distance', page.distance_km, 'summary', o.summary, 'sessions', ${pageSessions}) ORDER BY ${order.split(', ').map((c) => `page.${c}`).join(', ')})
                  FROM page JOIN search_offer o USING (offer_id)),
       'facets', ${facetCounts(query.facets, FACET_VALUES, 'capped m')}
     ) AS result`,
  values: p.values,
  };
}

/** The engine's result from the statement's row. */
export function offerSearchResult(row: OfferSearchRow | null, query: EngineQuery): EngineResult {
  const result = row ?? { total: 0, page: null, facets: null };
  const facets: EngineResult['facets'] = {};
  for (const facet of query.facets) facets[facet] = {};
  for (const c of result.facets ?? []) (facets[c.facet] as Record<string, number>)[c.value] = c.n;
  return {
    hits: (result.page ?? []).map((r) => ({ id: r.id, distanceKm: roundedKm(r.distance), document: { summary: r.summary, sessions: (r.sessions ?? []).map(sessionOf) } })),
    total: Math.min(Number(result.total), MAX_CANDIDATES),
    totalCapped: Number(result.total) > MAX_CANDIDATES,
    facets,
  };
}

type SessionHit = OfferDocument['sessions'][number] & { distanceKm: number | null };
/** A page row as PostgreSQL's JSON gives it (instants as timestamptz text). */
type PageRow = { id: string; distance: number | null; summary: EngineHit['document']['summary']; sessions: (Omit<SessionHit, 'startsAt' | 'endsAt'> & { startsAt: string; endsAt: string })[] | null };

const roundedKm = (km: number | null) => (km === null ? null : Math.round(km * 10) / 10);

/** A session of a page row, with instants as ISO strings like the documents have them. */
function sessionOf(s: NonNullable<PageRow['sessions']>[number]): SessionHit {
  return { ...s, startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString(), distanceKm: roundedKm(s.distanceKm) };
}

/** Offer-level conditions over search_offer (GIN on text, topics and audiences), for searches without a place or dates. */
function offerFilters(p: Params, f: EngineQuery['filters'], tsq: string | null): string[] {
  const conditions: string[] = [];
  if (tsq) conditions.push(`o.tsv @@ ${tsq}`);
  if (f.topics?.length) conditions.push(`o.topics && ${p.add(f.topics)}::text[]`);
  if (f.audiences?.length) conditions.push(`o.audiences && ${p.add(f.audiences)}::text[]`);
  if (f.languages?.length) conditions.push(`o.languages && ${p.add(f.languages)}::text[]`);
  if (f.kinds?.length) conditions.push(`o.kind = ANY(${p.add(f.kinds)}::text[])`);
  if (f.free || f.freeFor) conditions.push(f.freeFor ? `(o.is_free OR ${p.add(f.freeFor)} = ANY(o.free_for))` : `o.is_free`);
  return conditions;
}

/** A lexeme of the session vectors as tsquery text (codes are validated; quotes escaped all the same). */
const lexeme = (value: string) => `'${value.replace(/['\\]/g, (c) => `\\${c}`)}'`;
const anyOf = (prefix: string, values: string[]) => `(${values.map((v) => lexeme(`${prefix}:${v}`)).join(' | ')})`;

/** The offer-level filters as lexemes of search_session_lexemes(), one tsquery term each. */
function filterLexemes(f: EngineQuery['filters']): string[] {
  const terms: string[] = [];
  if (f.topics?.length) terms.push(anyOf('top', f.topics));
  if (f.audiences?.length) terms.push(anyOf('aud', f.audiences));
  if (f.languages?.length) terms.push(anyOf('lang', f.languages));
  if (f.kinds?.length) terms.push(anyOf('kind', f.kinds));
  if (f.free || f.freeFor) terms.push(f.freeFor ? `(${lexeme('free:yes')} | ${lexeme(`freefor:${f.freeFor}`)})` : lexeme('free:yes'));
  return terms;
}

/**
 * Session conditions shared by the match query and the page's session list: not ended, in the
 * region (a range over the Gemeinde key: region keys are prefixes), within the radius (earth_box
 * for the GiST index, then the chord length, both on the stored point), mode, dates. The
 * indexes on point and Gemeinde key carry offer, dates and mode, so the match reads no table row.
 * `chord` is the straight-line distance to the centre (sec_to_gc turns its minimum into km).
 */
function sessionFilters(p: Params, f: EngineQuery['filters'], now: string): { conditions: string[]; region: string | null; chord: string | null; needsSessions: boolean } {
  const conditions = [`s.ends_at >= ${now}`];
  const region = f.region ? `s.region_key >= ${p.add(f.region)} AND s.region_key < ${p.add(`${f.region}:`)}` : null;
  let chord: string | null = null;
  if (f.center) {
    const radius = withinRadius(p, 's.geo', f.center);
    chord = radius.chord;
    conditions.push(radius.condition);
  }
  if (f.modes?.length) conditions.push(`s.mode = ANY(${p.add(f.modes)}::text[])`);
  if (f.from) conditions.push(`s.starts_at >= ${p.add(f.from)}`);
  if (f.to) conditions.push(`s.starts_at < ${p.add(f.to)}`);
  return { conditions, region, chord, needsSessions: Boolean(f.region || f.center || f.modes?.length || f.from || f.to) };
}
