import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { OfferStatus } from '@knotenpunkt/shared/contracts';

export interface OfferMeta {
  id: string;
  tenantId: string;
  externalId: string;
  slug: string;
  status: OfferStatus;
  contentHash: string;
  everPublished: boolean;
  title: string;
}

const META = `o.id, o.tenant_id, o.external_id, o.slug, o.status, o.content_hash, o.published_at IS NOT NULL AS ever_published, o.title`;
interface MetaRow {
  id: string;
  tenant_id: string;
  external_id: string;
  slug: string;
  status: OfferStatus;
  content_hash: string;
  ever_published: boolean;
  title: string;
}
const toMeta = (r: MetaRow): OfferMeta => ({ id: r.id, tenantId: r.tenant_id, externalId: r.external_id, slug: r.slug, status: r.status, contentHash: r.content_hash, everPublished: r.ever_published, title: r.title });

/** Workflow-level reads and writes of offers (content goes through OfferWriter). */
@Injectable()
export class OffersRepository {
  async meta(tx: TenantTx, id: string, options: { lock?: boolean } = {}): Promise<OfferMeta | null> {
    const rows: MetaRow[] = await tx.manager.query(`SELECT ${META} FROM offer o WHERE o.tenant_id = $1 AND o.id = $2 ${options.lock ? 'FOR UPDATE' : ''}`, [tx.tenantId, id]);
    return rows[0] ? toMeta(rows[0]) : null;
  }

  /** A submission of a member organisation, as its reviewer (RLS: parent of the offer's tenant). */
  async submittedOfMember(manager: EntityManager, id: string): Promise<OfferMeta | null> {
    const rows: MetaRow[] = await manager.query(
      `SELECT ${META} FROM offer o JOIN tenant t ON t.id = o.tenant_id WHERE o.id = $1 AND o.status = 'submitted' AND t.parent_id = $2`,
      [id, await currentTenant(manager)],
    );
    return rows[0] ? toMeta(rows[0]) : null;
  }

  async byExternalIds(tx: TenantTx, externalIds: readonly string[]): Promise<Map<string, OfferMeta>> {
    const map = new Map<string, OfferMeta>();
    for (let i = 0; i < externalIds.length; i += 5000) {
      const rows: MetaRow[] = await tx.manager.query(`SELECT ${META} FROM offer o WHERE o.tenant_id = $1 AND o.external_id = ANY($2::text[])`, [tx.tenantId, externalIds.slice(i, i + 5000)]);
      for (const row of rows) map.set(row.external_id, toMeta(row));
    }
    return map;
  }

  /** Public lookup by id or slug (RLS shows published and past offers to everyone). */
  async publicIdOf(manager: EntityManager, idOrSlug: string): Promise<string | null> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const rows: { id: string }[] = await manager.query(
      `SELECT o.id FROM offer o JOIN tenant t ON t.id = o.tenant_id
        WHERE ${isUuid ? 'o.id = $1::uuid' : 'o.slug = $1'} AND o.status IN ('published', 'past') AND t.status = 'active'`,
      [idOrSlug],
    );
    return rows[0]?.id ?? null;
  }

  async setStatus(manager: EntityManager, id: string, status: OfferStatus, extra: { reviewComment?: string | null; submitted?: boolean } = {}): Promise<void> {
    await manager.query(
      `UPDATE offer SET status = $2,
              published_at = CASE WHEN $2 = 'published' THEN now() ELSE published_at END,
              submitted_at = CASE WHEN $4 THEN now() ELSE submitted_at END,
              review_comment = CASE WHEN $3::text IS NOT NULL OR $2 IN ('submitted', 'published') THEN $3 ELSE review_comment END,
              updated_at = now()
        WHERE id = $1`,
      [id, status, extra.reviewComment ?? null, extra.submitted ?? false],
    );
  }

  /** A reviewer's decision on a submission (see kp_review_offer); null when it is not theirs to decide. */
  async decideReview(manager: EntityManager, id: string, status: 'published' | 'draft', comment: string | null): Promise<string | null> {
    const rows: { tenant_id: string | null }[] = await manager.query(`SELECT kp_review_offer($1, $2, $3) AS tenant_id`, [id, status, comment]);
    return rows[0]?.tenant_id ?? null;
  }

  async delete(tx: TenantTx, id: string): Promise<void> {
    await tx.manager.query(`DELETE FROM offer WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]);
  }

  async recordEvent(
    manager: EntityManager,
    event: { offerIds: readonly string[]; tenantId: string; actorTenantId: string; actorUserId: string | null; action: string; from: OfferStatus | null; to: OfferStatus | null; comment?: string | null },
  ): Promise<void> {
    if (event.offerIds.length === 0) return;
    await manager.query(
      `INSERT INTO offer_event (offer_id, tenant_id, actor_tenant_id, actor_user_id, action, from_status, to_status, comment)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5, $6, $7, $8`,
      [event.offerIds, event.tenantId, event.actorTenantId, event.actorUserId, event.action, event.from, event.to, event.comment ?? null],
    );
  }

  /** Tells the search indexer (issue "Search") that these offers changed; same transaction as the change. */
  async announce(manager: EntityManager, tenantId: string, offerIds: readonly string[]): Promise<void> {
    if (offerIds.length === 0) return;
    await manager.query(`INSERT INTO index_outbox (tenant_id, entity, entity_id) SELECT $1, 'offer', unnest($2::uuid[])`, [tenantId, offerIds]);
  }

  async history(tx: TenantTx, id: string): Promise<{ action: string; from: string | null; to: string | null; comment: string | null; at: string; actor: string | null }[]> {
    const rows: { action: string; from_status: string | null; to_status: string | null; comment: string | null; occurred_at: Date; actor: string | null }[] = await tx.manager.query(
      `SELECT e.action, e.from_status, e.to_status, e.comment, e.occurred_at, u.display_name AS actor
         FROM offer_event e LEFT JOIN app_user u ON u.id = e.actor_user_id WHERE e.offer_id = $1 ORDER BY e.occurred_at, e.id`,
      [id],
    );
    return rows.map((r) => ({ action: r.action, from: r.from_status, to: r.to_status, comment: r.comment, at: r.occurred_at.toISOString(), actor: r.actor }));
  }
}

async function currentTenant(manager: EntityManager): Promise<string | null> {
  const rows: { id: string | null }[] = await manager.query(`SELECT kp_current_tenant() AS id`);
  return rows[0]?.id ?? null;
}
