import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { Tenant, TenantType } from '@knotenpunkt/shared/contracts';

interface TenantRow {
  id: string;
  slug: string;
  name: string;
  type: TenantType;
  status: 'active' | 'suspended';
  created_at: Date;
  parent_id: string | null;
  parent_slug: string | null;
  parent_name: string | null;
}

const select = `SELECT t.id, t.slug, t.name, t.type, t.status, t.created_at, p.id AS parent_id, p.slug AS parent_slug, p.name AS parent_name
                  FROM tenant t LEFT JOIN tenant p ON p.id = t.parent_id`;

function toTenant(row: TenantRow): Tenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: row.type,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    parent: row.parent_id ? { id: row.parent_id, slug: row.parent_slug as string, name: row.parent_name as string } : null,
  };
}

/**
 * Tenants. Their directory fields (name, slug, type, parent) are public by policy; changes need
 * the tenant's own context (RLS: id = app.tenant_id) or platform context.
 */
@Injectable()
export class TenantsRepository {
  async create(manager: EntityManager, tenant: { slug: string; name: string; type: TenantType; parentId: string | null }): Promise<Tenant | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO tenant (slug, name, type, parent_id) VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [tenant.slug, tenant.name, tenant.type, tenant.parentId],
    );
    return rows[0] ? this.byId(manager, rows[0].id) : null;
  }

  /**
   * Tells search (index outbox, same transaction) that the organisation changed: partner search
   * shows its name and type; `provider` (the default: renamed, suspended, reactivated) also
   * re-indexes its offers, which show its name, and a suspended one's offers disappear.
   */
  async announceToSearch(manager: EntityManager, tenantId: string, change: 'organisation' | 'provider' = 'provider'): Promise<void> {
    await manager.query(`INSERT INTO index_outbox (tenant_id, entity, entity_id) VALUES ($1, $2, $1)`, [tenantId, change]);
  }

  async byId(manager: EntityManager, id: string): Promise<Tenant | null> {
    const rows: TenantRow[] = await manager.query(`${select} WHERE t.id = $1`, [id]);
    return rows[0] ? toTenant(rows[0]) : null;
  }

  async bySlug(manager: EntityManager, slug: string): Promise<Tenant | null> {
    const rows: TenantRow[] = await manager.query(`${select} WHERE t.slug = $1`, [slug]);
    return rows[0] ? toTenant(rows[0]) : null;
  }

  async update(tx: TenantTx, changes: { name?: string; parentId?: string | null }): Promise<void> {
    await tx.manager.query(
      `UPDATE tenant SET name = coalesce($2, name),
              parent_id = CASE WHEN $3 THEN $4::uuid ELSE parent_id END, updated_at = now()
        WHERE id = $1`,
      [tx.tenantId, changes.name ?? null, changes.parentId !== undefined, changes.parentId ?? null],
    );
    await this.announceToSearch(tx.manager, tx.tenantId);
  }

  /** true when making `parentId` the parent of `tenantId` would close a loop. */
  async wouldCycle(manager: EntityManager, tenantId: string, parentId: string): Promise<boolean> {
    const rows: { found: boolean }[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM tenant WHERE id = $2
         UNION SELECT t.id, t.parent_id FROM tenant t JOIN up ON t.id = up.parent_id)
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $1) AS found`,
      [tenantId, parentId],
    );
    return rows[0]?.found ?? false;
  }

  /** Platform context only (RLS). */
  async setStatus(manager: EntityManager, id: string, status: 'active' | 'suspended'): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(`UPDATE tenant SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
    if (result[1] === 1) await this.announceToSearch(manager, id);
    return result[1] === 1;
  }

  async list(manager: EntityManager, query: { q?: string; page: number; pageSize: number }): Promise<{ items: Tenant[]; total: number }> {
    const filter = query.q ? `WHERE lower(t.name) LIKE '%' || lower($3) || '%' OR t.slug LIKE '%' || lower($3) || '%'` : '';
    const params: unknown[] = [query.pageSize, (query.page - 1) * query.pageSize, ...(query.q ? [query.q] : [])];
    const rows: (TenantRow & { total: string })[] = await manager.query(
      `${select.replace('SELECT ', 'SELECT count(*) OVER () AS total, ')} ${filter} ORDER BY t.name, t.id LIMIT $1 OFFSET $2`,
      params,
    );
    return { items: rows.map(toTenant), total: Number(rows[0]?.total ?? (query.page > 1 ? await this.count(manager, query.q) : 0)) };
  }

  private async count(manager: EntityManager, q?: string): Promise<number> {
    const rows: { n: string }[] = await manager.query(
      `SELECT count(*) AS n FROM tenant t ${q ? `WHERE lower(t.name) LIKE '%' || lower($1) || '%' OR t.slug LIKE '%' || lower($1) || '%'` : ''}`,
      q ? [q] : [],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
