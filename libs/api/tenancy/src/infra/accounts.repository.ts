import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language, PlatformRole } from '@knotenpunkt/shared/contracts';

export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  language: Language;
  emailVerifiedAt: Date | null;
  platformRole: PlatformRole | null;
}

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  language: Language;
  email_verified_at: Date | null;
  platform_role: PlatformRole | null;
}

const columns = 'id, email, password_hash, display_name, language, email_verified_at, platform_role';

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    displayName: row.display_name,
    language: row.language,
    emailVerifiedAt: row.email_verified_at,
    platformRole: row.platform_role,
  };
}

/** Person accounts. Not tenant-owned: a person belongs to tenants through memberships. */
@Injectable()
export class AccountsRepository {
  async byEmail(manager: EntityManager, email: string): Promise<UserRecord | null> {
    const rows: UserRow[] = await manager.query(`SELECT ${columns} FROM app_user WHERE email = $1`, [email]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async byId(manager: EntityManager, id: string): Promise<UserRecord | null> {
    const rows: UserRow[] = await manager.query(`SELECT ${columns} FROM app_user WHERE id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** Inserts unless the address is taken; null then (the caller must not tell the difference). */
  async create(manager: EntityManager, user: { email: string; passwordHash: string; displayName: string; language: Language; verified?: boolean }): Promise<UserRecord | null> {
    const rows: UserRow[] = await manager.query(
      `INSERT INTO app_user (email, password_hash, display_name, language, email_verified_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END)
       ON CONFLICT (email) DO NOTHING RETURNING ${columns}`,
      [user.email, user.passwordHash, user.displayName, user.language, user.verified ?? false],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  async markVerified(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE app_user SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now() WHERE id = $1`, [id]);
  }

  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE app_user SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [id, passwordHash]);
  }

  async updateProfile(manager: EntityManager, id: string, changes: { displayName?: string; language?: Language }): Promise<void> {
    await manager.query(
      `UPDATE app_user SET display_name = coalesce($2, display_name), language = coalesce($3, language), updated_at = now() WHERE id = $1`,
      [id, changes.displayName ?? null, changes.language ?? null],
    );
  }
}
