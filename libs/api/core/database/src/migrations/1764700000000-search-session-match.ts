import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Located searches match on sessions alone (measured in bench/search.mjs). Each session carries
 * a text vector: its offer's words plus lexemes for its regions and its offer's filter fields
 * (`ars:16`, `ars:16067`, `top:asylum-law`, `aud:volunteers`, `lang:ar`, `kind:course`,
 * `free:yes`, `freefor:volunteers`; the parser never yields a colon, so no word collides). So
 * text, region and filters are one GIN search, and "near a place" intersects that bitmap with
 * the GiST one: only sessions matching everything are read, and no offer is looked up per session.
 */
export class SearchSessionMatch1764700000000 implements MigrationInterface {
  name = 'SearchSessionMatch1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION search_session_lexemes(region_keys text[], topics text[], audiences text[], languages text[], kind text, is_free boolean, free_for text[])
        RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN array_to_tsvector(
          ARRAY(SELECT 'ars:' || k FROM unnest(region_keys) k) || ARRAY(SELECT 'top:' || t FROM unnest(topics) t) ||
          ARRAY(SELECT 'aud:' || a FROM unnest(audiences) a) || ARRAY(SELECT 'lang:' || l FROM unnest(languages) l) ||
          ARRAY['kind:' || kind] || CASE WHEN is_free THEN ARRAY['free:yes'] ELSE ARRAY[]::text[] END ||
          ARRAY(SELECT 'freefor:' || f FROM unnest(free_for) f));
      ALTER TABLE search_session ADD COLUMN tsv tsvector;
      UPDATE search_session s
         SET tsv = o.tsv || search_session_lexemes(s.region_keys, o.topics, o.audiences, o.languages, o.kind, o.is_free, o.free_for)
        FROM search_offer o
       WHERE o.offer_id = s.offer_id;
      ALTER TABLE search_session ALTER COLUMN tsv SET NOT NULL;
      CREATE INDEX search_session_tsv_idx ON search_session USING gin (tsv);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX search_session_tsv_idx;
      ALTER TABLE search_session DROP COLUMN tsv;
      DROP FUNCTION search_session_lexemes(text[], text[], text[], text[], text, boolean, text[]);
    `);
  }
}
