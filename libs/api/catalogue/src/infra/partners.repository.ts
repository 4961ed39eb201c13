import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { PartnerInput, PartnerOrganisation } from '@knotenpunkt/shared/contracts';
import { PARTNER_COLUMNS, PARTNER_JOIN, toPartner } from './offer-reader';

/** Co-organisers a tenant names on its offers; many have no account of their own. */
@Injectable()
export class PartnersRepository {
  async list(tx: TenantTx, query: { q?: string; page: number; pageSize: number }): Promise<{ items: PartnerOrganisation[]; total: number }> {
    const filter = query.q ? `AND lower(p.name) LIKE '%' || lower($4) || '%'` : '';
    const rows = await tx.manager.query(
      `SELECT ${PARTNER_COLUMNS}, count(*) OVER () AS total FROM partner_organisation p ${PARTNER_JOIN}
        WHERE p.tenant_id = $1 ${filter} ORDER BY lower(p.name), p.id LIMIT $2 OFFSET $3`,
      [tx.tenantId, query.pageSize, (query.page - 1) * query.pageSize, ...(query.q ? [query.q] : [])],
    );
    const total = rows[0] ? Number(rows[0].total) : Number((await tx.manager.query(`SELECT count(*)::int AS n FROM partner_organisation WHERE tenant_id = $1`, [tx.tenantId]))[0].n);
    return { items: rows.map(toPartner), total: query.q && !rows[0] ? 0 : total };
  }

  async byId(tx: TenantTx, id: string): Promise<PartnerOrganisation | null> {
    const rows = await tx.manager.query(`SELECT ${PARTNER_COLUMNS} FROM partner_organisation p ${PARTNER_JOIN} WHERE p.tenant_id = $1 AND p.id = $2`, [tx.tenantId, id]);
    return rows[0] ? toPartner(rows[0]) : null;
  }

  /** external id → { id, content } of all partners of the tenant (imports resolve references with it). */
  async byExternalIds(tx: TenantTx, externalIds: readonly string[]): Promise<Map<string, PartnerOrganisation>> {
    if (externalIds.length === 0) return new Map();
    const rows = await tx.manager.query(
      `SELECT ${PARTNER_COLUMNS} FROM partner_organisation p ${PARTNER_JOIN} WHERE p.tenant_id = $1 AND p.external_id = ANY($2::text[])`,
      [tx.tenantId, externalIds],
    );
    return new Map(rows.map((r: Parameters<typeof toPartner>[0]) => [r.external_id, toPartner(r)]));
  }

  /** Which of these ids are partners of the tenant (others are refused). */
  async existing(tx: TenantTx, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await tx.manager.query(`SELECT id FROM partner_organisation WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [tx.tenantId, ids]);
    return new Set(rows.map((r) => r.id));
  }

  async insert(tx: TenantTx, id: string, externalId: string, input: PartnerInput): Promise<void> {
    await tx.manager.query(
      `INSERT INTO partner_organisation (id, tenant_id, external_id, name, type, url, email, phone) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, tx.tenantId, externalId, input.name, input.type, input.url, input.email, input.phone],
    );
  }

  async update(tx: TenantTx, id: string, input: PartnerInput): Promise<boolean> {
    const result: [unknown[], number] = await tx.manager.query(
      `UPDATE partner_organisation SET name = $3, type = $4, url = $5, email = $6, phone = $7, updated_at = now() WHERE tenant_id = $1 AND id = $2`,
      [tx.tenantId, id, input.name, input.type, input.url, input.email, input.phone],
    );
    return result[1] === 1;
  }

  /** false when an offer still names the partner. */
  async delete(tx: TenantTx, id: string): Promise<'deleted' | 'missing' | 'in-use'> {
    const used: { n: number }[] = await tx.manager.query(
      `SELECT (SELECT count(*) FROM offer_partner WHERE partner_id = $1) + (SELECT count(*) FROM offer_module WHERE partner_id = $1) AS n`,
      [id],
    );
    if (Number(used[0]?.n ?? 0) > 0) return 'in-use';
    const result: [unknown[], number] = await tx.manager.query(`DELETE FROM partner_organisation WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]);
    return result[1] === 1 ? 'deleted' : 'missing';
  }
}
