import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '@knotenpunkt/shared/contracts';

export interface AuditEvent {
  action: string;
  tenantId: string | null;
  actorUserId: string | null;
  target?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
  requestId?: string | null;
}

/** Append-only (the app role has INSERT and SELECT only); reading is filtered by RLS. */
@Injectable()
export class AuditRepository {
  async append(manager: EntityManager, event: AuditEvent): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (tenant_id, actor_user_id, action, target, details, ip, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [event.tenantId, event.actorUserId, event.action, event.target ?? null, JSON.stringify(event.details ?? {}), event.ip ?? null, event.requestId ?? null],
    );
  }

  /** tenantId null: every entry (platform context only). */
  async list(manager: EntityManager, tenantId: string | null, query: { page: number; pageSize: number; action?: string }): Promise<{ items: AuditEntry[]; total: number }> {
    const rows: {
      id: string; occurred_at: Date; tenant_id: string | null; actor_user_id: string | null; actor_name: string | null;
      action: string; target: string | null; details: Record<string, unknown>; total: string;
    }[] = await manager.query(
      `SELECT a.id, a.occurred_at, a.tenant_id, a.actor_user_id, u.display_name AS actor_name, a.action, a.target, a.details,
              count(*) OVER () AS total
         FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
        WHERE ($1::uuid IS NULL OR a.tenant_id = $1) AND ($4::text IS NULL OR a.action = $4 OR a.action LIKE $4 || '.%')
        ORDER BY a.occurred_at DESC, a.id
        LIMIT $2 OFFSET $3`,
      [tenantId, query.pageSize, (query.page - 1) * query.pageSize, query.action ?? null],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at.toISOString(),
        tenantId: r.tenant_id,
        actor: r.actor_user_id ? { userId: r.actor_user_id, displayName: r.actor_name ?? '' } : null,
        action: r.action,
        target: r.target,
        details: r.details,
      })),
      total: Number(rows[0]?.total ?? 0),
    };
  }
}
