import { isCommonPassword } from './common-passwords';
import { hashToken, newToken } from './one-time-token';
import { SESSION_IDLE_MS, SESSION_MAX_MS, sessionExpiry } from './session-policy';

describe('session lifetime', () => {
  const created = new Date('2026-11-01T08:00:00Z');

  it('expires after the idle time since the last use', () => {
    const lastSeen = new Date('2026-11-02T08:00:00Z');
    expect(sessionExpiry(created, lastSeen).getTime()).toBe(lastSeen.getTime() + SESSION_IDLE_MS);
  });

  it('never outlives the absolute maximum, however active', () => {
    const lastSeen = new Date(created.getTime() + SESSION_MAX_MS - 1000);
    expect(sessionExpiry(created, lastSeen).getTime()).toBe(created.getTime() + SESSION_MAX_MS);
  });
});

describe('one-time tokens and common passwords', () => {
  it('tokens are 43 base64url characters and only their hash is kept', () => {
    const { token, hash } = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash.equals(hashToken(token))).toBe(true);
    expect(newToken().token).not.toBe(token);
  });

  it('recognises common passwords regardless of case and spaces', () => {
    expect(isCommonPassword(' Passwort123 ')).toBe(true);
    expect(isCommonPassword('ein wirklich eigenes Passwort')).toBe(false);
  });
});
