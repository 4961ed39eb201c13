import { PurgeExpiredHandler } from '@knotenpunkt/api/tenancy';
import { linkIn, recipientOf, startTenancyStack, tokenOf, type TenancyStack } from './support/tenancy-stack';

describe('accounts and sessions (real PostgreSQL, Redis, worker and SMTP sink)', () => {
  let stack: TenancyStack;

  beforeAll(async () => {
    stack = await startTenancyStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const mailTo = (address: string, subject: RegExp) =>
    stack.smtp.waitFor((m) => recipientOf(m) === address && subject.test(m.subject ?? ''), 15_000);

  it('sign-up → verification mail → verify → login → session → logout', async () => {
    const client = stack.client();
    const signUp = await client.post('/auth/sign-up', { email: 'Amira.Haddad@Example.org', password: 'ein sehr gutes Passwort', displayName: 'Amira Haddad' });
    expect(signUp.status).toBe(202);
    expect(signUp.body.message).toMatch(/E-Mail geschickt/);

    const mail = await mailTo('amira.haddad@example.org', /bestätigen/);
    expect(mail.html).toContain('lang="de"');
    expect(mail.messageId).toBeTruthy();
    const link = linkIn(mail, '/e-mail-bestaetigen?token=');
    expect(link.startsWith('http://portal.test/e-mail-bestaetigen?token=')).toBe(true);

    // Not verified yet: the right password gets a clear reason, nothing else does.
    const early = await client.post('/auth/login', { email: 'amira.haddad@example.org', password: 'ein sehr gutes Passwort' });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('email-not-verified');

    expect((await client.post('/auth/verify-email', { token: tokenOf(link) })).status).toBe(200);
    // A token works once.
    const again = await client.post('/auth/verify-email', { token: tokenOf(link) });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('token-invalid');

    const login = await client.post('/auth/login', { email: 'AMIRA.haddad@example.org', password: 'ein sehr gutes Passwort' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: 'amira.haddad@example.org', displayName: 'Amira Haddad', platformRole: null });
    const setCookie = login.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/kp_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/kp_session=[^;]+;.*SameSite=Lax/i);
    expect(setCookie).toMatch(/kp_session=[^;]+;.*Path=\/api/i);
    expect(setCookie).toMatch(/XSRF-TOKEN=[^;]+;.*SameSite=Strict/i);

    expect((await client.get('/auth/session')).body.user.email).toBe('amira.haddad@example.org');
    // The stored session is a hash, never the cookie value.
    const rows = await stack.sql<{ token_hash: Buffer }>(`SELECT token_hash FROM user_session`);
    expect(rows.map((r) => r.token_hash.toString('base64url'))).not.toContain(client.cookies.get('kp_session'));

    expect((await client.post('/auth/logout')).status).toBe(204);
    expect(client.cookies.has('kp_session')).toBe(false);
    expect((await client.get('/auth/session')).status).toBe(401);
  });

  it('the same answers for unknown addresses and wrong passwords (no enumeration)', async () => {
    const user = await stack.seedUser('bekannt@example.org');
    const client = stack.client('en');
    const unknown = await client.post('/auth/login', { email: 'unbekannt@example.org', password: 'irgendein Passwort' });
    const wrong = await client.post('/auth/login', { email: user.email, password: 'irgendein Passwort' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect({ ...unknown.body, requestId: undefined }).toEqual({ ...wrong.body, requestId: undefined });
    expect(wrong.body.message).toBe('E-mail address or password is wrong.');

    // Sign-up with a known address answers like a new one; its owner gets an "account exists" mail.
    const known = await client.post('/auth/sign-up', { email: user.email, password: 'noch ein langes Passwort', displayName: 'Someone' });
    const fresh = await client.post('/auth/sign-up', { email: 'neu-hier@example.org', password: 'noch ein langes Passwort', displayName: 'Neu' });
    expect(known.status).toBe(fresh.status);
    expect(known.body).toEqual(fresh.body);
    await mailTo(user.email, /schon ein Konto/);
    const reset = await client.post('/auth/password-reset', { email: 'niemand@example.org' });
    expect(reset.status).toBe(202);
  });

  it('locks an address after five failed logins, also for unknown addresses, and says when to retry', async () => {
    const user = await stack.seedUser('ziel@example.org');
    const client = stack.client();
    for (const email of [user.email, 'gibt-es-nicht@example.org']) {
      for (let i = 0; i < 5; i++) {
        expect((await client.post('/auth/login', { email, password: `falsch-${i}` })).status).toBe(401);
      }
      const locked = await client.post('/auth/login', { email, password: user.password });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('too-many-attempts');
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
      expect(locked.body.message).toMatch(/Minuten erneut/);
    }
    const audit = await stack.sql<{ action: string }>(`SELECT action FROM audit_log WHERE actor_user_id = $1 ORDER BY occurred_at`, [user.id]);
    expect(audit.map((a) => a.action)).toEqual([...Array(5).fill('auth.login-failed'), 'auth.locked']);
  });

  it('password reset by mail ends every session; the old password stops working', async () => {
    const user = await stack.seedUser('vergesslich@example.org');
    const laptop = stack.client();
    await laptop.login(user.email);
    const client = stack.client();
    expect((await client.post('/auth/password-reset', { email: user.email })).status).toBe(202);
    const mail = await mailTo(user.email, /Neues Passwort/);
    const token = tokenOf(linkIn(mail, '/passwort-neu?token='));

    const weak = await client.post('/auth/password-reset/confirm', { token, password: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body.issues).toEqual([expect.objectContaining({ path: 'password', message: expect.stringMatching(/verbreitet/) })]);

    expect((await client.post('/auth/password-reset/confirm', { token, password: 'ganz neues Passwort!' })).status).toBe(204);
    expect((await laptop.get('/auth/session')).status).toBe(401);
    expect((await client.post('/auth/login', { email: user.email, password: user.password })).status).toBe(401);
    expect((await client.post('/auth/login', { email: user.email, password: 'ganz neues Passwort!' })).status).toBe(200);
    expect((await client.post('/auth/password-reset/confirm', { token, password: 'noch ein Passwort!!' })).status).toBe(410);
  });

  it('logout everywhere ends the sessions on all devices', async () => {
    const user = await stack.seedUser('viele-geraete@example.org');
    const [phone, laptop] = [stack.client(), stack.client()];
    await phone.login(user.email);
    await laptop.login(user.email);
    expect((await laptop.post('/auth/logout-everywhere')).status).toBe(204);
    expect((await phone.get('/auth/session')).status).toBe(401);
    expect((await laptop.get('/auth/session')).status).toBe(401);
  });

  it('state-changing requests need the CSRF header that matches the session', async () => {
    const user = await stack.seedUser('csrf@example.org');
    const client = stack.client();
    await client.login(user.email);
    client.sendCsrfHeader = false;
    const forged = await client.post('/auth/logout-everywhere');
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('csrf');
    const wrong = await client.request('POST', '/auth/logout', {}, { 'x-xsrf-token': 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
    client.sendCsrfHeader = true;
    expect((await client.get('/auth/session')).status).toBe(200);
  });

  it('changing the password needs the current one and ends the other sessions', async () => {
    const user = await stack.seedUser('wechsel@example.org');
    const [here, elsewhere] = [stack.client(), stack.client()];
    await here.login(user.email);
    await elsewhere.login(user.email);
    expect((await here.post('/me/password', { currentPassword: 'falsch', newPassword: 'ein neues langes Passwort' })).body.code).toBe('wrong-password');
    expect((await here.post('/me/password', { currentPassword: user.password, newPassword: 'ein neues langes Passwort' })).status).toBe(204);
    expect((await here.get('/auth/session')).status).toBe(200);
    expect((await elsewhere.get('/auth/session')).status).toBe(401);
  });

  it('validation errors name the field in the caller language', async () => {
    const response = await stack.client('en').post('/auth/sign-up', { email: 'kein-mail', password: 'kurz', displayName: '' });
    expect(response.status).toBe(400);
    const paths = response.body.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['displayName', 'email', 'password']);
    expect(response.body.issues.find((i: { path: string }) => i.path === 'password').message).toBe('The password must be at least 10 characters long');
  });

  it('the worker purges expired sessions and spent tokens', async () => {
    const user = await stack.seedUser('abgelaufen@example.org');
    const client = stack.client();
    await client.login(user.email);
    await stack.sql(`UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
    expect((await client.get('/auth/session')).status).toBe(401);
    const result = await stack.worker.get(PurgeExpiredHandler).handle();
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(await stack.sql(`SELECT id FROM user_session WHERE user_id = $1`, [user.id])).toEqual([]);
    expect(await stack.sql(`SELECT id FROM user_session WHERE expires_at <= now()`)).toEqual([]);
  });

  it('stores argon2id hashes, never the password', async () => {
    const rows = await stack.sql<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE email = 'amira.haddad@example.org'`);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
