import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { indexTerms } from '@knotenpunkt/shared/search-text';
import type { SessionDocument } from '../domain/offer-document';
import type { EngineQuery, EngineResult, EngineHit } from '../domain/search-index.port';
import { MemoryOfferIndex } from '../domain/memory/memory-offer-index';
import type { MemoryOffer, MemoryOfferText } from '../domain/memory/memory-offer';

/** Rows read per statement while loading. */
const LOAD_BATCH = 2000;
/** Without a version from Redis, look for changes at most this often; and look this often in the background. */
const POLL_MS = 1000;
/** Rows applied between two pauses of a sync. */
const SYNC_BATCH = 500;

/** A row of search_offer with its sessions, as the loader reads it. */
interface OfferRow {
  offer_id: string;
  seq: string;
  kind: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  modes: string[];
  laender: string[];
  is_free: boolean;
  free_for: string[];
  last_end: Date | null;
  title: string;
  text: MemoryOfferText | null;
  service_areas: string[];
  online_laender: string[];
  on_request: boolean;
  sessions: (Omit<SessionDocument, 'startsAt' | 'endsAt'> & { startsAt: string; endsAt: string })[] | null;
}

const OFFER_COLUMNS = `o.offer_id, o.seq, o.kind, o.topics, o.audiences, o.languages, o.modes, o.laender, o.is_free, o.free_for, o.last_end, o.title, o.text,
  o.service_areas, o.online_laender, o.on_request,
  (SELECT json_agg(json_build_object('startsAt', s.starts_at, 'endsAt', s.ends_at, 'startsText', s.starts_text, 'endsText', s.ends_text, 'mode', s.mode, 'lat', s.lat, 'lon', s.lon,
          'regionKeys', s.region_keys, 'postalCode', s.postal_code, 'locality', s.locality, 'freePlaces', s.free_places, 'capacity', s.capacity,
          'registrationDeadline', to_char(s.registration_deadline, 'YYYY-MM-DD')) ORDER BY s.starts_at)
     FROM search_session s WHERE s.offer_id = o.offer_id) AS sessions`;

/**
 * The embedded engine's offer search: a {@link MemoryOfferIndex} in this process, loaded from
 * the search tables and kept current by reading the rows written and removed since it last
 * looked (sequence numbers, migration 1764800000000) whenever the index version in Redis moved
 * (or every second when Redis cannot say). The page's summaries are read from PostgreSQL.
 */
export class MemoryOfferSearch {
  private readonly logger = new Logger(MemoryOfferSearch.name);
  private index: MemoryOfferIndex | null = null;
  private watermark = '0';
  private loading: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private seenVersion: string | null = null;
  private checkedAt = 0;
  private poller: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly version: () => Promise<string | null> = async () => null,
  ) {}

  async search(query: EngineQuery): Promise<EngineResult> {
    const index = await this.current();
    const result = index.search(query);
    const ids = result.hits.map((h) => h.offer.id);
    const rows: { offer_id: string; summary: EngineHit['document']['summary'] }[] = ids.length
      ? await this.dataSource.query(`SELECT offer_id, summary FROM search_offer WHERE offer_id = ANY($1::uuid[])`, [ids])
      : [];
    const summaries = new Map(rows.map((r) => [r.offer_id, r.summary]));
    const hits: EngineHit[] = [];
    for (const hit of result.hits) {
      const summary = summaries.get(hit.offer.id);
      if (!summary) continue; // removed since the index last looked
      hits.push({
        id: hit.offer.id,
        distanceKm: hit.distanceKm,
        onRequest: hit.onRequest,
        document: { summary, sessions: hit.sessions.map((s) => ({ ...s.document, distanceKm: s.distanceKm })) },
      });
    }
    return { hits, total: result.total, totalCapped: false, facets: result.facets, textMatch: { matched: result.matchedUnits } };
  }

  /** Close index terms for each unknown term (typos), see MemoryOfferIndex.corrections. */
  async corrections(terms: string[]): Promise<Map<string, string[]>> {
    const index = await this.current();
    return new Map(terms.map((t) => [t, index.corrections(t)] as const).filter(([, c]) => c.length > 0));
  }

  /**
   * Loads the index now (at api start), so the first search does not wait for it, and then keeps
   * it current in the background (every second), so searches rarely wait for a sync.
   */
  async warmUp(): Promise<void> {
    await this.current();
    this.poller ??= setInterval(() => {
      if (this.syncing || this.loading) return;
      void this.current().catch((error: Error) => this.logger.warn({ err: error.message }, 'search index not brought up to date'));
    }, POLL_MS).unref();
  }

  /** Stops the background sync (the application shuts down). */
  stop(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }

  /** The index, loaded on first use and brought up to date with what changed. */
  private async current(): Promise<MemoryOfferIndex> {
    if (!this.index) {
      this.loading ??= this.load().finally(() => (this.loading = null));
      await this.loading;
    }
    const version = await this.version();
    const behind = () => version !== this.seenVersion || (version === null && Date.now() - this.checkedAt >= POLL_MS);
    if (!behind()) return this.index as MemoryOfferIndex;
    // A sync under way may have read its snapshot before the change this version announces:
    // wait for it, then sync again if it did not reach this version.
    if (this.syncing) await this.syncing.catch(() => undefined);
    if (behind()) {
      this.syncing ??= this.sync(version).finally(() => (this.syncing = null));
      await this.syncing;
    }
    return this.index as MemoryOfferIndex;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const { index, watermark } = await this.buildIndex();
    this.index = index;
    this.watermark = watermark;
    this.logger.log({ offers: index.size, ms: Date.now() - started }, 'search index loaded into memory');
  }

  /** A new index with every current row; its watermark covers the removals seen before the read. */
  private async buildIndex(): Promise<{ index: MemoryOfferIndex; watermark: string }> {
    const index = new MemoryOfferIndex(indexTerms);
    const start: { seq: string | null }[] = await this.dataSource.query(`SELECT max(seq)::text AS seq FROM search_offer_removed`);
    let watermark = start[0]?.seq ?? '0';
    for (let after = '0'; ; ) {
      const rows: OfferRow[] = await this.dataSource.query(`SELECT ${OFFER_COLUMNS} FROM search_offer o WHERE o.seq > $1 ORDER BY o.seq LIMIT ${LOAD_BATCH}`, [after]);
      for (const row of rows) add(index, row);
      if (rows.length === 0) break;
      after = (rows[rows.length - 1] as OfferRow).seq;
      if (BigInt(after) > BigInt(watermark)) watermark = after;
      if (rows.length < LOAD_BATCH) break;
    }
    return { index, watermark };
  }

  /**
   * Applies the removals and writes after the watermark, read in one snapshot, in batches with a
   * pause between them: a large change (a rebuild, a re-queued provider) does not block searches
   * for its whole length (they see it fully once this sync, which they wait for, is done).
   */
  private async sync(version: string | null): Promise<void> {
    this.checkedAt = Date.now();
    const index = this.index as MemoryOfferIndex;
    let watermark = BigInt(this.watermark);
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const removed: { offer_id: string; seq: string }[] = await manager.query(`SELECT offer_id, seq FROM search_offer_removed WHERE seq > $1`, [this.watermark]);
      for (const row of removed) {
        index.remove(row.offer_id);
        if (BigInt(row.seq) > watermark) watermark = BigInt(row.seq);
      }
      for (let after = this.watermark; ; ) {
        const written: OfferRow[] = await manager.query(`SELECT ${OFFER_COLUMNS} FROM search_offer o WHERE o.seq > $1 ORDER BY o.seq LIMIT ${SYNC_BATCH}`, [after]);
        for (const row of written) {
          add(index, row);
          if (BigInt(row.seq) > watermark) watermark = BigInt(row.seq);
        }
        if (written.length < SYNC_BATCH) break;
        after = (written[written.length - 1] as OfferRow).seq;
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    this.watermark = watermark.toString();
    this.seenVersion = version;
  }
}

function add(index: MemoryOfferIndex, row: OfferRow): void {
  const sessions = (row.sessions ?? []).map((s) => {
    const document: SessionDocument = { ...s, startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString() };
    return {
      startsAt: Date.parse(s.startsAt),
      endsAt: Date.parse(s.endsAt),
      mode: s.mode,
      lat: s.lat,
      lon: s.lon,
      regionKey: s.regionKeys.length ? s.regionKeys.reduce((deepest, k) => (k.length > deepest.length ? k : deepest), '') : null,
      registrationDeadline: s.registrationDeadline,
      document,
    };
  });
  const offer: MemoryOffer = {
    id: row.offer_id,
    kind: row.kind,
    topics: row.topics,
    audiences: row.audiences,
    languages: row.languages,
    modes: row.modes,
    laender: row.laender,
    isFree: row.is_free,
    freeFor: row.free_for,
    lastEnd: row.last_end ? new Date(row.last_end).getTime() : null,
    onRequest: row.on_request,
    serviceAreas: row.service_areas,
    onlineLaender: row.online_laender,
    sessions,
  };
  // Rows written before the text was stored (they are queued for re-indexing): the title alone.
  index.upsert(offer, row.text ?? { a: row.title, b: '', c: '', d: '' });
}
