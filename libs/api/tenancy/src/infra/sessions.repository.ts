import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlatformRole } from '@knotenpunkt/shared/contracts';

export interface SessionRecord {
  id: string;
  userId: string;
  csrfToken: string;
  activeTenantId: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  platformRole: PlatformRole | null;
}

interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  active_tenant_id: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  platform_role: PlatformRole | null;
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    activeTenantId: row.active_tenant_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    platformRole: row.platform_role,
  };
}

@Injectable()
export class SessionsRepository {
  async create(
    manager: EntityManager,
    session: { userId: string; tokenHash: Buffer; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null; activeTenantId: string | null },
  ): Promise<SessionRecord> {
    const rows: SessionRow[] = await manager.query(
      `WITH s AS (
         INSERT INTO user_session (user_id, token_hash, csrf_token, expires_at, ip, user_agent, active_tenant_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *)
       SELECT s.*, u.platform_role FROM s JOIN app_user u ON u.id = s.user_id`,
      [session.userId, session.tokenHash, session.csrfToken, session.expiresAt, session.ip, session.userAgent?.slice(0, 500) ?? null, session.activeTenantId],
    );
    return toSession(rows[0] as SessionRow);
  }

  /** A live session by token hash (expired ones are not returned). */
  async byTokenHash(manager: EntityManager, tokenHash: Buffer): Promise<SessionRecord | null> {
    const rows: SessionRow[] = await manager.query(
      `SELECT s.*, u.platform_role FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  async byId(manager: EntityManager, id: string): Promise<SessionRecord | null> {
    const rows: SessionRow[] = await manager.query(
      `SELECT s.*, u.platform_role FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = $1`,
      [id],
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  async touch(manager: EntityManager, id: string, expiresAt: Date): Promise<void> {
    await manager.query(`UPDATE user_session SET last_seen_at = now(), expires_at = $2 WHERE id = $1`, [id, expiresAt]);
  }

  async setActiveTenant(manager: EntityManager, id: string, tenantId: string | null): Promise<void> {
    await manager.query(`UPDATE user_session SET active_tenant_id = $2 WHERE id = $1`, [id, tenantId]);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE id = $1`, [id]);
  }

  /** Ends every session of a person, optionally keeping one (the one that asked). */
  async deleteAllOfUser(manager: EntityManager, userId: string, exceptId: string | null = null): Promise<number> {
    const result: [unknown[], number] = await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND id IS DISTINCT FROM $2`, [userId, exceptId]);
    return result[1];
  }

  async deleteExpired(manager: EntityManager): Promise<number> {
    const result: [unknown[], number] = await manager.query(`DELETE FROM user_session WHERE expires_at <= now()`);
    return result[1];
  }
}
