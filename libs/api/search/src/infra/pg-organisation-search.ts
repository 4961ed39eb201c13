import type { DataSource, EntityManager } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import type { OrganisationFacet } from '@knotenpunkt/shared/contracts';
import { coveringKeysOf, type OrganisationDocument } from '../domain/organisation-document';
import type { OrganisationEngineQuery, OrganisationEngineResult } from '../domain/search-index.port';
import { normalisedText } from '../domain/normalised-text';
import { Params, addTerms, facetCounts, pageBounds, rankOf, termsOf, textQuery, withinRadius } from './pg-query';

const FACET_VALUES: Record<OrganisationFacet, string> = {
  type: 'm.type',
  topic: 'unnest(m.topics)',
  audience: 'unnest(m.audiences)',
  land: 'unnest(m.laender)',
};

/** Partner search in PostgreSQL (search_organisation): the organisation half of PgSearchIndex. */
export class PgOrganisationSearch {
  constructor(private readonly dataSource: DataSource) {}

  upsert(documents: OrganisationDocument[]): Promise<void> {
    if (documents.length === 0) return Promise.resolve();
    return runAs(this.dataSource, { platform: true }, (manager) => this.write(manager, documents));
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await runAs(this.dataSource, { platform: true }, (manager) => manager.query(`DELETE FROM search_organisation WHERE tenant_id = ANY($1::uuid[])`, [ids]));
  }

  rebuild(documents: OrganisationDocument[]): Promise<number> {
    // One transaction: searches see the old rows until the new ones commit (MVCC).
    return runAs(this.dataSource, { platform: true }, async (manager) => {
      await manager.query(`DELETE FROM search_organisation`);
      for (let i = 0; i < documents.length; i += 500) await this.write(manager, documents.slice(i, i + 500));
      return documents.length;
    });
  }

  async search(query: OrganisationEngineQuery): Promise<OrganisationEngineResult> {
    const p = new Params();
    const f = query.filters;
    const tsq = textQuery(p, query.words);
    const where: string[] = [];
    if (tsq) where.push(`o.tsv @@ ${tsq}`);
    if (f.types?.length) where.push(`o.type = ANY(${p.add(f.types)}::text[])`);
    if (f.topics?.length) where.push(`o.topics && ${p.add(f.topics)}::text[]`);
    if (f.audiences?.length) where.push(`o.audiences && ${p.add(f.audiences)}::text[]`);
    if (f.region) where.push(`(o.area_keys @> ARRAY[${p.add(f.region)}::text] OR o.cover_keys && ${p.add(coveringKeysOf(f.region))}::text[])`);
    let distance = 'NULL::float8';
    if (f.center) {
      const radius = withinRadius(p, 'll_to_earth(o.lat, o.lon)', f.center);
      distance = `sec_to_gc(${radius.chord}) / 1000`;
      where.push(`o.lat IS NOT NULL AND ${radius.condition}`);
    }
    const rank = rankOf('o.tsv', tsq);
    const order =
      query.sort === 'distance' ? 'distance_km NULLS LAST, lower(name), tenant_id'
      : query.sort === 'name' ? 'lower(name), tenant_id'
      : 'rank DESC, current_offers DESC, lower(name), tenant_id';
    const { limit, offset } = pageBounds(p, query);
    const rows: { result: { total: number; page: { id: string; distance: number | null; currentOffers: number; profile: OrganisationDocument['profile'] }[] | null; facets: { facet: OrganisationFacet; value: string; n: number }[] | null } }[] =
      await runAs(this.dataSource, {}, (manager) => manager.query(
        `WITH m AS MATERIALIZED (
           SELECT o.tenant_id, o.name, o.type, o.topics, o.audiences, o.laender, o.current_offers, ${rank} AS rank, ${distance} AS distance_km
             FROM search_organisation o WHERE ${where.length ? where.join(' AND ') : 'true'}),
              page AS (SELECT * FROM m ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
         SELECT json_build_object(
           'total', (SELECT count(*) FROM m),
           'page', (SELECT json_agg(json_build_object('id', page.tenant_id, 'distance', page.distance_km, 'currentOffers', page.current_offers, 'profile', o.profile)
                      ORDER BY ${order.split(', ').map((c) => (c.startsWith('lower(') ? `lower(page.name)` : `page.${c}`)).join(', ')})
                      FROM page JOIN search_organisation o USING (tenant_id)),
           'facets', ${facetCounts(query.facets, FACET_VALUES, 'm')}
         ) AS result`,
        p.values,
      ));
    const result = rows[0]?.result ?? { total: 0, page: null, facets: null };
    const facets: OrganisationEngineResult['facets'] = {};
    for (const facet of query.facets) facets[facet] = {};
    for (const c of result.facets ?? []) (facets[c.facet] as Record<string, number>)[c.value] = c.n;
    return {
      hits: (result.page ?? []).map((r) => ({ id: r.id, distanceKm: r.distance === null ? null : Math.round(r.distance * 10) / 10, currentOffers: r.currentOffers, profile: r.profile })),
      total: Number(result.total),
      facets,
    };
  }

  private async write(manager: EntityManager, documents: OrganisationDocument[]): Promise<void> {
    const rows = documents.map((d) => ({
      tenant_id: d.id, name: d.name, type: d.type, topics: d.topics, audiences: d.audiences, area_keys: d.areaKeys, cover_keys: d.coverKeys, laender: d.laender,
      lat: d.lat, lon: d.lon, current_offers: d.currentOffers, a: normalisedText(d.text.a), b: normalisedText(d.text.b), c: normalisedText(d.text.c), d: normalisedText(d.text.d), profile: d.profile,
    }));
    await manager.query(
      `INSERT INTO search_organisation AS s (tenant_id, name, type, topics, audiences, area_keys, cover_keys, laender, lat, lon, current_offers, tsv, profile)
       SELECT r.tenant_id, r.name, r.type, r.topics, r.audiences, r.area_keys, r.cover_keys, r.laender, r.lat, r.lon, r.current_offers,
              setweight(to_tsvector('german', r.a), 'A') || setweight(to_tsvector('german', r.b), 'B') || setweight(to_tsvector('german', r.c), 'C') || setweight(to_tsvector('german', r.d), 'D'),
              r.profile
         FROM jsonb_to_recordset($1::jsonb) AS r(tenant_id uuid, name text, type text, topics text[], audiences text[], area_keys text[], cover_keys text[], laender text[],
              lat float8, lon float8, current_offers int, a text, b text, c text, d text, profile jsonb)
       ON CONFLICT (tenant_id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, topics = EXCLUDED.topics, audiences = EXCLUDED.audiences,
              area_keys = EXCLUDED.area_keys, cover_keys = EXCLUDED.cover_keys, laender = EXCLUDED.laender, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
              current_offers = EXCLUDED.current_offers, tsv = EXCLUDED.tsv, profile = EXCLUDED.profile, indexed_at = now()`,
      [JSON.stringify(rows)],
    );
    // The typo dictionary knows organisation words too.
    await addTerms(manager, termsOf(rows.map((r) => `${r.a} ${r.b} ${r.c}`)));
  }
}
