import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import type { Principal, PrincipalResolver, TenantAccess } from '@knotenpunkt/api/core/http';
import { hashToken } from '../domain/one-time-token';
import { SESSION_TOUCH_MS, sessionExpiry } from '../domain/session-policy';
import { MembershipsRepository } from '../infra/memberships.repository';
import { SessionsRepository } from '../infra/sessions.repository';

export const SESSION_COOKIE = 'kp_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Answers the access guard: who is calling (session cookie) and what they may do in a tenant. */
@Injectable()
export class SessionResolver implements PrincipalResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  async fromRequest(request: FastifyRequest): Promise<Principal | null> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token || !TOKEN.test(token)) return null;
    return runAs(this.dataSource, {}, async (manager) => {
      const session = await this.sessions.byTokenHash(manager, hashToken(token));
      if (!session) return null;
      const now = new Date();
      if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
        await this.sessions.touch(manager, session.id, sessionExpiry(session.createdAt, now));
      }
      return { userId: session.userId, sessionId: session.id, platformRole: session.platformRole, csrfToken: session.csrfToken };
    });
  }

  async tenantAccess(principal: Principal, tenantId: string): Promise<TenantAccess | null> {
    const access = await runAs(this.dataSource, { userId: principal.userId }, (manager) => this.memberships.accessOf(manager, tenantId, principal.userId));
    return access ? { tenantId, ...access } : null;
  }
}
