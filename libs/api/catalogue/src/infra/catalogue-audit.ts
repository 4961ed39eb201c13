import type { EntityManager } from 'typeorm';

export interface AuditContext {
  ip: string | null;
  requestId: string | null;
}

/** Appends to the tenancy audit log (append-only for the app role) inside the caller's transaction. */
export async function recordAudit(
  manager: EntityManager,
  context: AuditContext | null,
  event: { tenantId: string; actorUserId: string | null; action: string; target: string; details?: Record<string, unknown> },
): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (tenant_id, actor_user_id, action, target, details, ip, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [event.tenantId, event.actorUserId, event.action, event.target, JSON.stringify(event.details ?? {}), context?.ip ?? null, context?.requestId ?? null],
  );
}
