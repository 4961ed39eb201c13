import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type TokenPurpose = 'verify-email' | 'password-reset';

@Injectable()
export class OneTimeTokensRepository {
  /** Stores a new token and voids older unused ones of the same purpose: only the newest link works. */
  async issue(manager: EntityManager, userId: string, purpose: TokenPurpose, tokenHash: Buffer, expiresAt: Date): Promise<void> {
    await manager.query(`UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    await manager.query(`INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4)`, [userId, purpose, tokenHash, expiresAt]);
  }

  /** Uses a token once; the user id when it was valid, unused and unexpired, else null. */
  async consume(manager: EntityManager, purpose: TokenPurpose, tokenHash: Buffer): Promise<string | null> {
    const rows: [{ user_id: string }[], number] = await manager.query(
      `UPDATE one_time_token SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [tokenHash, purpose],
    );
    return rows[0][0]?.user_id ?? null;
  }
}
