import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { OfferReader } from '@knotenpunkt/api/catalogue';
import { offerDocument, type OfferDocument } from '../domain/offer-document';
import { SEARCH_INDEX, type SearchIndex } from '../domain/search-index.port';
import { SearchChanges } from '../infra/search-changes';

const BATCH = 500;

/**
 * Moves changes from the catalogue's outbox into the search engine: published offers are
 * (re)indexed, everything else is removed. Rows are locked with SKIP LOCKED, so worker replicas
 * share the work; a failure leaves them pending for the next run (indexing is idempotent).
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: OfferReader,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    /** Absent in command-line tools: api caches then expire by their TTL. */
    @Optional() @Inject(SearchChanges) private readonly changes: SearchChanges | null = null,
  ) {}

  /** Processes pending outbox rows until none are left (or `maxBatches` were done). */
  async drain(maxBatches = 20): Promise<{ indexed: number; removed: number }> {
    const total = { indexed: 0, removed: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const done = await this.batch();
      total.indexed += done.indexed;
      total.removed += done.removed;
      if (done.rows < BATCH) break;
    }
    if (total.indexed || total.removed) {
      this.logger.log(total, 'search index updated');
      await this.changes?.announce();
    }
    return total;
  }

  /** Every published offer, in batches, for a full rebuild. */
  async *allDocuments(): AsyncIterable<OfferDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await runAs(this.dataSource, { platform: true }, async (manager) => {
        const ids: { id: string }[] = await manager.query(`SELECT id FROM offer WHERE status = 'published' AND id > $1 ORDER BY id LIMIT ${BATCH}`, [after]);
        return this.documents(manager, ids.map((r) => r.id));
      });
      if (batch.ids.length === 0) return;
      after = batch.ids[batch.ids.length - 1] as string;
      yield batch.documents;
    }
  }

  async rebuild(onProgress?: (indexed: number, total: number) => void): Promise<number> {
    const totalRows: { n: number }[] = await runAs(this.dataSource, { platform: true }, (m) => m.query(`SELECT count(*)::int AS n FROM offer WHERE status = 'published'`));
    const total = totalRows[0]?.n ?? 0;
    const indexed = await this.index.rebuild(this.allDocuments(), (done) => onProgress?.(done, total));
    await this.changes?.announce();
    return indexed;
  }

  private async batch(): Promise<{ rows: number; indexed: number; removed: number }> {
    return runAs(this.dataSource, { platform: true }, async (manager) => {
      const rows: { id: string; entity: string; entity_id: string }[] = await manager.query(
        `SELECT id, entity, entity_id FROM index_outbox WHERE processed_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return { rows: 0, indexed: 0, removed: 0 };
      const offerIds = [...new Set(rows.filter((r) => r.entity === 'offer').map((r) => r.entity_id))];
      const { documents, ids } = await this.documents(manager, offerIds);
      const published = new Set(ids);
      const gone = offerIds.filter((id) => !published.has(id));
      await this.index.upsertOffers(documents);
      await this.index.removeOffers(gone);
      await manager.query(`UPDATE index_outbox SET processed_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return { rows: rows.length, indexed: documents.length, removed: gone.length };
    });
  }

  private async documents(manager: Parameters<OfferReader['full']>[0], ids: string[]): Promise<{ ids: string[]; documents: OfferDocument[] }> {
    const offers = (await this.reader.full(manager, ids)).filter((o) => o.status === 'published');
    const now = Date.now();
    return { ids: offers.map((o) => o.id), documents: offers.map((o) => offerDocument(o, o.provider.id, now)) };
  }
}
