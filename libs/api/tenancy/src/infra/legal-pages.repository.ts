import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LegalPageId } from '@knotenpunkt/shared/contracts';

export interface StoredLegalPage {
  page: LegalPageId;
  content: unknown;
  updatedAt: Date;
}

/**
 * Legal pages of tenants (tenant_id) and of the platform (tenant_id NULL). Reading is public by
 * policy; writing needs the tenant's context or platform context.
 */
@Injectable()
export class LegalPagesRepository {
  async get(manager: EntityManager, tenantId: string | null, page: LegalPageId): Promise<StoredLegalPage | null> {
    const rows: { page: LegalPageId; content: unknown; updated_at: Date }[] = await manager.query(
      `SELECT page, content, updated_at FROM legal_page WHERE tenant_id IS NOT DISTINCT FROM $1 AND page = $2`,
      [tenantId, page],
    );
    return rows[0] ? { page: rows[0].page, content: rows[0].content, updatedAt: rows[0].updated_at } : null;
  }

  async existing(manager: EntityManager, tenantId: string): Promise<Set<LegalPageId>> {
    const rows: { page: LegalPageId }[] = await manager.query(`SELECT page FROM legal_page WHERE tenant_id = $1`, [tenantId]);
    return new Set(rows.map((r) => r.page));
  }

  async put(manager: EntityManager, tenantId: string | null, page: LegalPageId, content: unknown, userId: string): Promise<StoredLegalPage> {
    const rows: { page: LegalPageId; content: unknown; updated_at: Date }[] = await manager.query(
      `INSERT INTO legal_page (tenant_id, page, content, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), page)
       DO UPDATE SET content = EXCLUDED.content, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING page, content, updated_at`,
      [tenantId, page, JSON.stringify(content), userId],
    );
    const row = rows[0] as { page: LegalPageId; content: unknown; updated_at: Date };
    return { page: row.page, content: row.content, updatedAt: row.updated_at };
  }
}
