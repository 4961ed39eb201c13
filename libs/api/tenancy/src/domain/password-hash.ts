import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

if (typeof argon2 !== 'function') {
  throw new Error(`crypto.argon2 is missing: Knotenpunkt needs Node.js >= 24.7 (this is ${process.version})`);
}
const argon2Async = promisify(argon2);

/**
 * argon2id through Node's own crypto (OpenSSL 3.2+, Node ≥ 24.7): no native add-on to build.
 * Parameters follow OWASP's minimum (19 MiB, 2 passes, 1 lane); hashes are stored in the
 * PHC string format, so stronger parameters later still verify old hashes.
 */
export interface Argon2Params {
  memoryKiB: number;
  passes: number;
  parallelism: number;
}

export const DEFAULT_ARGON2: Argon2Params = { memoryKiB: 19_456, passes: 2, parallelism: 1 };
const TAG_LENGTH = 32;

export async function hashPassword(password: string, params: Argon2Params = DEFAULT_ARGON2): Promise<string> {
  const salt = randomBytes(16);
  const tag = await derive(password, salt, params, TAG_LENGTH);
  return `$argon2id$v=19$m=${params.memoryKiB},t=${params.passes},p=${params.parallelism}$${b64(salt)}$${b64(tag)}`;
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parsePhc(encoded);
  if (!parsed) return false;
  const tag = await derive(password, parsed.salt, parsed.params, parsed.tag.length);
  return timingSafeEqual(tag, parsed.tag);
}

/** true when the stored hash used weaker parameters than today's; rehash after a login. */
export function needsRehash(encoded: string, params: Argon2Params = DEFAULT_ARGON2): boolean {
  const parsed = parsePhc(encoded);
  return !parsed || parsed.params.memoryKiB < params.memoryKiB || parsed.params.passes < params.passes;
}

export function parsePhc(encoded: string): { params: Argon2Params; salt: Buffer; tag: Buffer } | null {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(encoded);
  if (!match) return null;
  const [, m, t, p, salt, tag] = match;
  return {
    params: { memoryKiB: Number(m), passes: Number(t), parallelism: Number(p) },
    salt: Buffer.from(salt as string, 'base64'),
    tag: Buffer.from(tag as string, 'base64'),
  };
}

function derive(password: string, salt: Buffer, params: Argon2Params, tagLength: number): Promise<Buffer> {
  return argon2Async('argon2id', {
    message: Buffer.from(password.normalize('NFC'), 'utf8'),
    nonce: salt,
    memory: params.memoryKiB,
    passes: params.passes,
    parallelism: params.parallelism,
    tagLength,
  });
}

// PHC strings use unpadded standard base64.
function b64(buffer: Buffer): string {
  return buffer.toString('base64').replace(/=+$/, '');
}
