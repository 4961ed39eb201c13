import { hashPassword, needsRehash, parsePhc, verifyPassword } from './password-hash';

describe('argon2id password hashes', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Korrekt Pferd Batterie Heftklammer');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    await expect(verifyPassword('Korrekt Pferd Batterie Heftklammer', hash)).resolves.toBe(true);
    await expect(verifyPassword('korrekt Pferd Batterie Heftklammer', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('gleiches Passwort')).not.toBe(await hashPassword('gleiches Passwort'));
  });

  it('treats composed and decomposed umlauts as the same password (NFC)', async () => {
    const hash = await hashPassword('Grüße aus Köln');
    await expect(verifyPassword('Gru\u0308ße aus Ko\u0308ln', hash)).resolves.toBe(true);
  });

  it('verifies hashes made with other parameters and asks for a rehash of weaker ones', async () => {
    const weak = await hashPassword('altes Passwort', { memoryKiB: 8192, passes: 1, parallelism: 1 });
    await expect(verifyPassword('altes Passwort', weak)).resolves.toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword('neues Passwort'))).toBe(false);
  });

  it('refuses malformed stored values instead of throwing', async () => {
    expect(parsePhc('$2b$10$bcrypt')).toBeNull();
    await expect(verifyPassword('x', 'garbage')).resolves.toBe(false);
  });
});
