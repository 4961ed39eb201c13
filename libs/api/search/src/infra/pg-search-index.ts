import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import type { OfferDocument } from '../domain/offer-document';
import type { OrganisationDocument } from '../domain/organisation-document';
import type { EngineQuery, EngineResult, OrganisationEngineQuery, OrganisationEngineResult, SearchIndex } from '../domain/search-index.port';
import { PgOrganisationSearch } from './pg-organisation-search';
import { normalisedText } from '../domain/normalised-text';
import { addTerms, termsOf } from './pg-query';
import { MemoryOfferSearch } from './memory-offer-search';

const BATCH = 500;

/**
 * Writers of search_offer take turns, so the sequence numbers of committed rows follow the
 * commit order and the memory engine's "everything after n" never skips a row.
 */
const lockWriters = (manager: EntityManager) => manager.query(`SELECT pg_advisory_xact_lock(hashtext('search_offer_writers'))`);

/**
 * PostgreSQL full-text search as the embedded engine: `german` configuration over text that
 * was gender-neutralised and folded (shared/search-text) before it reached PostgreSQL, weighted
 * fields, GIN indexes; sessions carry the place (earthdistance for the radius) and dates.
 */
@Injectable()
export class PgSearchIndex implements SearchIndex {
  readonly engine = 'postgres' as const;

  private readonly organisations: PgOrganisationSearch;
  private readonly offers: MemoryOfferSearch;

  /** `version`: the index version in Redis (SearchChanges), so the memory index looks for changes only when it moved. */
  constructor(
    private readonly dataSource: DataSource,
    version?: () => Promise<string | null>,
  ) {
    this.organisations = new PgOrganisationSearch(dataSource);
    this.offers = new MemoryOfferSearch(dataSource, version);
  }

  upsertOrganisations(documents: OrganisationDocument[]): Promise<void> {
    return this.organisations.upsert(documents);
  }

  removeOrganisations(ids: string[]): Promise<void> {
    return this.organisations.remove(ids);
  }

  searchOrganisations(query: OrganisationEngineQuery): Promise<OrganisationEngineResult> {
    return this.organisations.search(query);
  }

  rebuildOrganisations(documents: OrganisationDocument[]): Promise<number> {
    return this.organisations.rebuild(documents);
  }

  async upsertOffers(documents: OfferDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await runAs(this.dataSource, { platform: true }, async (manager) => {
      await lockWriters(manager);
      for (let i = 0; i < documents.length; i += BATCH) await this.write(manager, documents.slice(i, i + BATCH));
    });
  }

  async removeOffers(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await runAs(this.dataSource, { platform: true }, async (manager) => {
      await lockWriters(manager);
      const removed: unknown[] = await manager.query(`DELETE FROM search_offer WHERE offer_id = ANY($1::uuid[]) RETURNING offer_id`, [ids]);
      if (removed.length) await manager.query(`INSERT INTO search_offer_removed (offer_id) SELECT unnest($1::uuid[])`, [ids]);
      // Api processes read removals of the last minutes; a day is plenty (a process that missed more reloads).
      await manager.query(`DELETE FROM search_offer_removed WHERE removed_at < now() - interval '1 day'`);
    });
  }

  async similarWords(words: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (words.length === 0) return result;
    const rows: { word: string; term: string }[] = await this.dataSource.query(
      `SELECT w.word, t.term FROM unnest($1::text[]) AS w(word)
         CROSS JOIN LATERAL (SELECT term FROM search_term WHERE term % w.word AND term <> w.word ORDER BY similarity(term, w.word) DESC LIMIT 8) t
        WHERE NOT EXISTS (SELECT 1 FROM search_term k WHERE k.term = w.word)`,
      [words],
    );
    for (const row of rows) result.set(row.word, [...(result.get(row.word) ?? []), row.term]);
    return result;
  }

  warmUp(): Promise<void> {
    return this.offers.warmUp();
  }

  /** Nest calls it on shutdown: the in-memory index stops looking for changes. */
  onModuleDestroy(): void {
    this.offers.stop();
  }

  termCorrections(terms: string[]): Promise<Map<string, string[]>> {
    return this.offers.corrections(terms);
  }

  searchOffers(query: EngineQuery): Promise<EngineResult> {
    return this.offers.search(query);
  }

  async rebuild(batches: AsyncIterable<OfferDocument[]>, onProgress?: (indexed: number) => void): Promise<number> {
    // One transaction: searches keep seeing the old index (MVCC) until the new one commits, so
    // a rebuild never shows empty or half results. The app role may not create tables, so no
    // shadow tables are needed either.
    return runAs(this.dataSource, { platform: true }, async (manager) => {
      await lockWriters(manager);
      await manager.query(`INSERT INTO search_offer_removed (offer_id) SELECT offer_id FROM search_offer`);
      await manager.query(`DELETE FROM search_offer`);
      let indexed = 0;
      const words = new Set<string>();
      for await (const batch of batches) {
        for (const word of await this.write(manager, batch)) words.add(word);
        indexed += batch.length;
        onProgress?.(indexed);
      }
      await manager.query(`DELETE FROM search_term`);
      await manager.query(`INSERT INTO search_term (term, documents) SELECT unnest($1::text[]), 1`, [[...words]]);
      return indexed;
    });
  }

  /** Writes the documents; returns the words they add to the typo dictionary. */
  private async write(manager: EntityManager, documents: OfferDocument[]): Promise<string[]> {
    if (documents.length === 0) return [];
    const offers = documents.map((d) => ({
      offer_id: d.id, tenant_id: d.tenantId, kind: d.kind, topics: d.topics, audiences: d.audiences, languages: d.languages, modes: d.modes,
      region_keys: d.regionKeys, laender: d.laender, is_free: d.isFree, free_for: d.freeFor, next_start: d.nextStart, last_end: d.lastEnd, title: d.summary.title,
      a: normalisedText(d.text.a), b: normalisedText(`${d.text.b} ${d.topics.join(' ')}`), c: normalisedText(d.text.c), d: normalisedText(d.text.d), summary: d.summary,
      text: d.text, service_areas: d.serviceAreas ?? [], online_laender: d.onlineLaender ?? [], on_request: d.onRequest ?? false,
    }));
    const sessions = documents.flatMap((d) =>
      d.sessions.map((s) => ({
        offer_id: d.id, starts_at: s.startsAt, ends_at: s.endsAt, starts_text: s.startsText, ends_text: s.endsText, mode: s.mode, lat: s.lat, lon: s.lon,
        region_keys: s.regionKeys, postal_code: s.postalCode, locality: s.locality, free_places: s.freePlaces, capacity: s.capacity, registration_deadline: s.registrationDeadline,
      })),
    );
    // Sorted: concurrent relays then lock dictionary rows in the same order (no deadlocks).
    const words = termsOf(offers.map((o) => `${o.a} ${o.b}`));
    {
      await manager.query(`DELETE FROM search_offer WHERE offer_id = ANY($1::uuid[])`, [documents.map((d) => d.id)]);
      await manager.query(
        `INSERT INTO search_offer (offer_id, tenant_id, kind, topics, audiences, languages, modes, region_keys, laender, is_free, free_for, next_start, last_end, title, tsv, summary,
                                   text, service_areas, online_laender, on_request)
         SELECT r.offer_id, r.tenant_id, r.kind, r.topics, r.audiences, r.languages, r.modes, r.region_keys, r.laender, r.is_free, r.free_for, r.next_start, r.last_end, r.title,
                setweight(to_tsvector('german', r.a), 'A') || setweight(to_tsvector('german', r.b), 'B') || setweight(to_tsvector('german', r.c), 'C') || setweight(to_tsvector('german', r.d), 'D'),
                r.summary, r.text, r.service_areas, r.online_laender, r.on_request
           FROM jsonb_to_recordset($1::jsonb) AS r(offer_id uuid, tenant_id uuid, kind text, topics text[], audiences text[], languages text[], modes text[], region_keys text[],
                laender text[], is_free boolean, free_for text[], next_start timestamptz, last_end timestamptz, title text, a text, b text, c text, d text, summary jsonb,
                text jsonb, service_areas text[], online_laender text[], on_request boolean)`,
        [JSON.stringify(offers)],
      );
      if (sessions.length) {
        await manager.query(
          `INSERT INTO search_session (offer_id, starts_at, ends_at, starts_text, ends_text, mode, lat, lon, region_keys, postal_code, locality, free_places, capacity, registration_deadline,
                                       tsv)
           SELECT r.offer_id, r.starts_at, r.ends_at, r.starts_text, r.ends_text, r.mode, r.lat, r.lon, r.region_keys, r.postal_code, r.locality, r.free_places, r.capacity, r.registration_deadline,
                  o.tsv || search_session_lexemes(r.region_keys, o.topics, o.audiences, o.languages, o.kind, o.is_free, o.free_for)
             FROM jsonb_to_recordset($1::jsonb) AS r(offer_id uuid, starts_at timestamptz, ends_at timestamptz, starts_text text, ends_text text, mode text, lat float8, lon float8,
                  region_keys text[], postal_code text, locality text, free_places int, capacity int, registration_deadline date)
             JOIN search_offer o ON o.offer_id = r.offer_id`,
          [JSON.stringify(sessions)],
        );
      }
      await addTerms(manager, words);
    }
    return words;
  }
}
