import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { MailOutboxService } from '@knotenpunkt/api/core/mail';
import { RequestValidationError, type Principal } from '@knotenpunkt/api/core/http';
import { translateValidationMessage, type Language, type SessionInfo } from '@knotenpunkt/shared/contracts';
import { isCommonPassword } from '../domain/common-passwords';
import { hashToken, newToken } from '../domain/one-time-token';
import { hashPassword, needsRehash, verifyPassword } from '../domain/password-hash';
import { PASSWORD_RESET_TTL_MS, SESSION_IDLE_MS, VERIFY_EMAIL_TTL_MS, sessionExpiry } from '../domain/session-policy';
import { accountExistsMail, passwordResetMail, verifyEmailMail } from '../mail/tenancy-mail-templates';
import { AccountsRepository, type UserRecord } from '../infra/accounts.repository';
import { AttemptThrottle, Throttled } from '../infra/attempt-throttle';
import { MembershipsRepository } from '../infra/memberships.repository';
import { OneTimeTokensRepository } from '../infra/one-time-tokens.repository';
import { SessionsRepository } from '../infra/sessions.repository';
import { AuditTrail } from './audit.service';
import { TenancyErrors } from './errors';
import type { RequestMeta } from './request-meta';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  info: SessionInfo;
}

// Verifying against this keeps unknown addresses as slow as wrong passwords (no enumeration by timing).
const DUMMY_HASH = hashPassword('not-a-real-password-0000');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly tokens: OneTimeTokensRepository,
    private readonly memberships: MembershipsRepository,
    private readonly throttle: AttemptThrottle,
    private readonly outbox: MailOutboxService,
    private readonly audit: AuditTrail,
  ) {}

  async signUp(input: { email: string; password: string; displayName: string; language: Language }, meta: RequestMeta): Promise<void> {
    assertNotCommon(input.password, 'password', meta.language);
    await throttled(this.throttle.beforeMail(meta.ip, input.email));
    const passwordHash = await hashPassword(input.password);
    const mail = await runAs(this.dataSource, {}, async (manager) => {
      const created = await this.accounts.create(manager, { ...input, passwordHash });
      if (!created) {
        const existing = (await this.accounts.byEmail(manager, input.email)) as UserRecord;
        return this.outbox.enqueue(manager, { to: existing.email, template: accountExistsMail, locale: existing.language, params: { displayName: existing.displayName } });
      }
      await this.audit.record(manager, meta, { action: 'account.created', tenantId: null, actorUserId: created.id, target: `user:${created.id}` });
      return this.issueVerification(manager, created);
    });
    await this.outbox.dispatch(mail);
  }

  async verifyEmail(token: string, meta: RequestMeta): Promise<void> {
    await runAs(this.dataSource, {}, async (manager) => {
      const userId = await this.tokens.consume(manager, 'verify-email', hashToken(token));
      if (!userId) throw TenancyErrors.tokenInvalid();
      await this.accounts.markVerified(manager, userId);
      await this.audit.record(manager, meta, { action: 'account.email-verified', tenantId: null, actorUserId: userId, target: `user:${userId}` });
    });
  }

  async resendVerification(email: string, meta: RequestMeta): Promise<void> {
    await throttled(this.throttle.beforeMail(meta.ip, email));
    const mail = await runAs(this.dataSource, {}, async (manager) => {
      const user = await this.accounts.byEmail(manager, email);
      return user && !user.emailVerifiedAt ? this.issueVerification(manager, user) : null;
    });
    if (mail) await this.outbox.dispatch(mail);
  }

  async login(email: string, password: string, meta: RequestMeta): Promise<NewSession> {
    await throttled(this.throttle.beforeLogin(meta.ip, email));
    const user = await runAs(this.dataSource, {}, (manager) => this.accounts.byEmail(manager, email));
    const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyPassword(password, await DUMMY_HASH).then(() => false);
    if (!user || !ok) {
      const locked = await this.throttle.loginFailed(email);
      await runAs(this.dataSource, {}, async (manager) => {
        await this.audit.record(manager, meta, { action: 'auth.login-failed', tenantId: null, actorUserId: user?.id ?? null, target: user ? `user:${user.id}` : null });
        if (locked) await this.audit.record(manager, meta, { action: 'auth.locked', tenantId: null, actorUserId: user?.id ?? null, target: user ? `user:${user.id}` : null });
      });
      throw TenancyErrors.invalidCredentials();
    }
    if (!user.emailVerifiedAt) throw TenancyErrors.emailNotVerified();
    await this.throttle.loginSucceeded(email);
    if (needsRehash(user.passwordHash)) {
      const rehashed = await hashPassword(password);
      await runAs(this.dataSource, {}, (manager) => this.accounts.setPassword(manager, user.id, rehashed));
    }
    return this.startSession(user, meta);
  }

  async logout(principal: Principal, meta: RequestMeta): Promise<void> {
    await runAs(this.dataSource, { userId: principal.userId }, async (manager) => {
      await this.sessions.delete(manager, principal.sessionId);
      await this.audit.record(manager, meta, { action: 'auth.logout', tenantId: null, actorUserId: principal.userId, target: `user:${principal.userId}` });
    });
  }

  async logoutEverywhere(principal: Principal, meta: RequestMeta): Promise<void> {
    await runAs(this.dataSource, { userId: principal.userId }, async (manager) => {
      const ended = await this.sessions.deleteAllOfUser(manager, principal.userId);
      await this.audit.record(manager, meta, { action: 'auth.logout-everywhere', tenantId: null, actorUserId: principal.userId, target: `user:${principal.userId}`, details: { sessionsEnded: ended } });
    });
  }

  async requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
    await throttled(this.throttle.beforeMail(meta.ip, email));
    const mail = await runAs(this.dataSource, {}, async (manager) => {
      const user = await this.accounts.byEmail(manager, email);
      if (!user) return null;
      const { token, hash } = newToken();
      await this.tokens.issue(manager, user.id, 'password-reset', hash, new Date(Date.now() + PASSWORD_RESET_TTL_MS));
      await this.audit.record(manager, meta, { action: 'auth.password-reset-requested', tenantId: null, actorUserId: null, target: `user:${user.id}` });
      return this.outbox.enqueue(manager, { to: user.email, template: passwordResetMail, locale: user.language, params: { displayName: user.displayName, token } });
    });
    if (mail) await this.outbox.dispatch(mail);
  }

  async confirmPasswordReset(token: string, password: string, meta: RequestMeta): Promise<void> {
    assertNotCommon(password, 'password', meta.language);
    const passwordHash = await hashPassword(password);
    await runAs(this.dataSource, {}, async (manager) => {
      const userId = await this.tokens.consume(manager, 'password-reset', hashToken(token));
      if (!userId) throw TenancyErrors.tokenInvalid();
      await this.accounts.setPassword(manager, userId, passwordHash);
      // Following the mailed link proves the address as well.
      await this.accounts.markVerified(manager, userId);
      const ended = await this.sessions.deleteAllOfUser(manager, userId);
      await this.audit.record(manager, meta, { action: 'auth.password-reset', tenantId: null, actorUserId: userId, target: `user:${userId}`, details: { sessionsEnded: ended } });
    });
  }

  async changePassword(principal: Principal, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<void> {
    assertNotCommon(newPassword, 'newPassword', meta.language);
    const user = await runAs(this.dataSource, { userId: principal.userId }, (manager) => this.accounts.byId(manager, principal.userId));
    if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) throw TenancyErrors.wrongPassword();
    const passwordHash = await hashPassword(newPassword);
    await runAs(this.dataSource, { userId: principal.userId }, async (manager) => {
      await this.accounts.setPassword(manager, user.id, passwordHash);
      const ended = await this.sessions.deleteAllOfUser(manager, user.id, principal.sessionId);
      await this.audit.record(manager, meta, { action: 'auth.password-changed', tenantId: null, actorUserId: user.id, target: `user:${user.id}`, details: { otherSessionsEnded: ended } });
    });
  }

  async updateProfile(principal: Principal, changes: { displayName?: string; language?: Language }): Promise<SessionInfo> {
    await runAs(this.dataSource, { userId: principal.userId }, (manager) => this.accounts.updateProfile(manager, principal.userId, changes));
    return this.sessionInfo(principal);
  }

  async setActiveTenant(principal: Principal, tenantId: string | null): Promise<SessionInfo> {
    await runAs(this.dataSource, { userId: principal.userId }, async (manager) => {
      if (tenantId) {
        const mine = await this.memberships.ofUser(manager, principal.userId);
        if (!mine.some((m) => m.tenantId === tenantId)) throw TenancyErrors.notMember();
      }
      await this.sessions.setActiveTenant(manager, principal.sessionId, tenantId);
    });
    return this.sessionInfo(principal);
  }

  async sessionInfo(principal: Principal): Promise<SessionInfo> {
    return runAs(this.dataSource, { userId: principal.userId }, async (manager) => {
      const user = (await this.accounts.byId(manager, principal.userId)) as UserRecord;
      const memberships = await this.memberships.ofUser(manager, principal.userId);
      const session = await this.sessions.byId(manager, principal.sessionId);
      const active = session?.activeTenantId ?? null;
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, language: user.language, platformRole: user.platformRole },
        memberships: memberships.map(({ status: _status, ...m }) => m),
        activeTenantId: memberships.some((m) => m.tenantId === active) ? active : null,
        expiresAt: (session?.expiresAt ?? new Date()).toISOString(),
      };
    });
  }

  private async startSession(user: UserRecord, meta: RequestMeta): Promise<NewSession> {
    const { token, hash } = newToken();
    const csrfToken = randomBytes(24).toString('base64url');
    const now = new Date();
    const session = await runAs(this.dataSource, { userId: user.id }, async (manager) => {
      const memberships = await this.memberships.ofUser(manager, user.id);
      const created = await this.sessions.create(manager, {
        userId: user.id,
        tokenHash: hash,
        csrfToken,
        expiresAt: sessionExpiry(now, now),
        ip: meta.ip,
        userAgent: meta.userAgent,
        // One organisation: it is the obvious choice. Several: the person picks explicitly.
        activeTenantId: memberships.length === 1 ? (memberships[0]?.tenantId ?? null) : null,
      });
      await this.audit.record(manager, meta, { action: 'auth.login', tenantId: null, actorUserId: user.id, target: `user:${user.id}` });
      return created;
    });
    const principal: Principal = { userId: user.id, sessionId: session.id, platformRole: user.platformRole, csrfToken };
    return { token, csrfToken, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS), info: await this.sessionInfo(principal) };
  }

  private async issueVerification(manager: EntityManager, user: UserRecord): Promise<{ id: string }> {
    const { token, hash } = newToken();
    await this.tokens.issue(manager, user.id, 'verify-email', hash, new Date(Date.now() + VERIFY_EMAIL_TTL_MS));
    return this.outbox.enqueue(manager, { to: user.email, template: verifyEmailMail, locale: user.language, params: { displayName: user.displayName, token } });
  }
}

function assertNotCommon(password: string, field: string, language: Language): void {
  if (isCommonPassword(password)) {
    throw new RequestValidationError('body', [{ path: field, message: translateValidationMessage('password.common', language), code: 'custom' }]);
  }
}

async function throttled(check: Promise<void>): Promise<void> {
  try {
    await check;
  } catch (error) {
    if (error instanceof Throttled) throw TenancyErrors.tooManyAttempts(error.retryAfterSeconds);
    throw error;
  }
}
