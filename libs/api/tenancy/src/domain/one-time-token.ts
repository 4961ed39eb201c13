import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url (43 characters); only the SHA-256 of a token is ever stored. */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
