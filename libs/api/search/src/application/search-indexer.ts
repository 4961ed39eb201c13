import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { OfferReader, ProfilesRepository, publicProfile } from '@knotenpunkt/api/catalogue';
import { offerDocument, type OfferDocument } from '../domain/offer-document';
import { organisationDocument, type OrganisationDocument } from '../domain/organisation-document';
import { SEARCH_INDEX, type SearchIndex } from '../domain/search-index.port';
import { SearchChanges } from '../infra/search-changes';

const BATCH = 500;

type Manager = Parameters<OfferReader['full']>[0];

/**
 * Moves changes from the outbox into the search engine: published offers of active
 * organisations are (re)indexed, everything else is removed; active organisations are
 * (re)indexed in partner search, with their count of current offers. A `provider` row
 * (renamed, suspended or reactivated) also queues its published offers, which show its name
 * (and vanish while it is suspended); an `organisation` row (new, profile edited) does not; an
 * offer row refreshes its organisation's count. Rows are locked with SKIP LOCKED, so worker replicas share the work; a failure leaves
 * them pending for the next run (indexing is idempotent).
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: OfferReader,
    private readonly profiles: ProfilesRepository,
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

  /** Every active organisation (few thousand at most: one list). */
  async allOrganisations(): Promise<OrganisationDocument[]> {
    return runAs(this.dataSource, { platform: true }, async (manager) => {
      const documents: OrganisationDocument[] = [];
      for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
        const ids = await this.profiles.activeTenantIds(manager, after, BATCH);
        if (ids.length === 0) return documents;
        documents.push(...(await this.organisations(manager, ids)).documents);
        after = ids[ids.length - 1] as string;
      }
    });
  }

  async rebuild(onProgress?: (indexed: number, total: number) => void): Promise<number> {
    const totalRows: { n: number }[] = await runAs(this.dataSource, { platform: true }, (m) =>
      m.query(`SELECT count(*)::int AS n FROM offer o JOIN tenant t ON t.id = o.tenant_id WHERE o.status = 'published' AND t.status = 'active'`),
    );
    const total = totalRows[0]?.n ?? 0;
    const indexed = await this.index.rebuild(this.allDocuments(), (done) => onProgress?.(done, total));
    await this.index.rebuildOrganisations(await this.allOrganisations());
    await this.changes?.announce();
    return indexed;
  }

  private async batch(): Promise<{ rows: number; indexed: number; removed: number }> {
    return runAs(this.dataSource, { platform: true }, async (manager) => {
      const rows: { id: string; entity: string; entity_id: string }[] = await manager.query(
        `SELECT id, entity, entity_id FROM index_outbox WHERE processed_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return { rows: 0, indexed: 0, removed: 0 };
      const idsOf = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entity_id))];
      const offerIds = idsOf('offer');
      // 'provider': name, type or status changed, so its offers are re-indexed too.
      const changedProviders = idsOf('provider');
      const changedOrganisations = [...new Set([...idsOf('organisation'), ...changedProviders])];

      const { documents, ids } = await this.documents(manager, offerIds);
      const published = new Set(ids);
      const gone = offerIds.filter((id) => !published.has(id));
      await this.index.upsertOffers(documents);
      await this.index.removeOffers(gone);

      // Organisations: those announced, and the providers of the offers just handled (their count).
      const providers: { tenant_id: string }[] = offerIds.length ? await manager.query(`SELECT DISTINCT tenant_id FROM offer WHERE id = ANY($1::uuid[])`, [offerIds]) : [];
      const organisationIds = [...new Set([...changedOrganisations, ...providers.map((p) => p.tenant_id)])];
      const organisations = await this.organisations(manager, organisationIds);
      await this.index.upsertOrganisations(organisations.documents);
      await this.index.removeOrganisations(organisationIds.filter((id) => !organisations.ids.has(id)));
      const editedProfiles = idsOf('organisation');
      if (editedProfiles.length) {
        // Offers carry their provider's service areas (on-request and Land-wide online offers are found by them).
        await manager.query(
          `INSERT INTO index_outbox (tenant_id, entity, entity_id)
           SELECT so.tenant_id, 'offer', so.offer_id FROM search_offer so JOIN organisation_profile op ON op.tenant_id = so.tenant_id
            WHERE so.tenant_id = ANY($1::uuid[]) AND so.service_areas IS DISTINCT FROM op.service_areas::text[]`,
          [editedProfiles],
        );
      }
      if (changedProviders.length) {
        await manager.query(
          `INSERT INTO index_outbox (tenant_id, entity, entity_id) SELECT tenant_id, 'offer', id FROM offer WHERE tenant_id = ANY($1::uuid[]) AND status = 'published'`,
          [changedProviders],
        );
      }

      await manager.query(`UPDATE index_outbox SET processed_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return { rows: rows.length, indexed: documents.length + organisations.documents.length, removed: gone.length + organisationIds.length - organisations.ids.size };
    });
  }

  /** Published offers of active organisations, as documents. */
  private async documents(manager: Manager, ids: string[]): Promise<{ ids: string[]; documents: OfferDocument[] }> {
    const candidates = (await this.reader.full(manager, ids)).filter((o) => o.status === 'published');
    const inactive = candidates.length
      ? new Set(
          ((await manager.query(`SELECT id FROM tenant WHERE status <> 'active' AND id = ANY($1::uuid[])`, [[...new Set(candidates.map((o) => o.provider.id))]])) as { id: string }[]).map((r) => r.id),
        )
      : new Set<string>();
    const offers = candidates.filter((o) => !inactive.has(o.provider.id));
    const now = Date.now();
    const areas = new Map<string, string[]>();
    if (offers.length) {
      const rows: { tenant_id: string; service_areas: string[] }[] = await manager.query(`SELECT tenant_id, service_areas FROM organisation_profile WHERE tenant_id = ANY($1::uuid[])`, [
        [...new Set(offers.map((o) => o.provider.id))],
      ]);
      for (const row of rows) areas.set(row.tenant_id, row.service_areas ?? []);
    }
    return { ids: offers.map((o) => o.id), documents: offers.map((o) => offerDocument(o, o.provider.id, now, { serviceAreas: areas.get(o.provider.id) ?? [] })) };
  }

  private async organisations(manager: Manager, ids: string[]): Promise<{ ids: Set<string>; documents: OrganisationDocument[] }> {
    const found = await this.profiles.forSearch(manager, ids);
    return {
      ids: new Set(found.map((f) => f.record.tenant.id)),
      documents: found.map((f) => organisationDocument(publicProfile(f.record), { lat: f.lat, lon: f.lon }, f.currentOffers)),
    };
  }
}
