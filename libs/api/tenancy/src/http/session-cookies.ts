import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@knotenpunkt/api/core/config';
import { SESSION_MAX_MS } from '../domain/session-policy';
import { CSRF_COOKIE, SESSION_COOKIE } from '../application/session-resolver';

/**
 * kp_session: HttpOnly, SameSite=Lax, only sent to /api. XSRF-TOKEN: readable by the portal's
 * script (double submit), SameSite=Strict. Secure whenever the portal is served over https.
 */
@Injectable()
export class SessionCookies {
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.PUBLIC_BASE_URL.startsWith('https:');
  }

  set(reply: FastifyReply, token: string, csrfToken: string): void {
    const maxAge = Math.floor(SESSION_MAX_MS / 1000);
    void reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/api', maxAge });
    void reply.setCookie(CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'strict', secure: this.secure, path: '/', maxAge });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, { path: '/api', httpOnly: true, sameSite: 'lax', secure: this.secure });
    void reply.clearCookie(CSRF_COOKIE, { path: '/', sameSite: 'strict', secure: this.secure });
  }
}
