import { isPlatformServer } from '@angular/common';
import { HttpXsrfTokenExtractor } from '@angular/common/http';
import { Injectable, PLATFORM_ID, computed, inject, signal } from '@angular/core';
import type { LoginRequest, MembershipSummary, SessionInfo } from '@knotenpunkt/shared/contracts';
import { firstValueFrom } from 'rxjs';

import { apiProblemOf } from './api-problem';
import { AuthApi } from './auth-api';

/**
 * `unknown` before the first look, `loading` during it, then `authenticated` or `anonymous`.
 * `unavailable`: the api could not be asked (down, 5xx); treated as logged out, but said so.
 */
export type SessionStatus = 'unknown' | 'loading' | 'authenticated' | 'anonymous' | 'unavailable';

interface State {
  readonly status: SessionStatus;
  readonly session: SessionInfo | null;
}

/**
 * The signed-in person, their memberships and the active organisation, as signals.
 *
 * The session is asked for once (`GET /api/v1/auth/session`, 401 = logged out) on first need —
 * the header or a guard — and afterwards kept up to date by the answers of login, profile,
 * active-tenant and invitation calls, which all return `SessionInfo`.
 *
 * Without the `XSRF-TOKEN` cookie, which the api sets together with the session cookie, there
 * is no session to ask about; the store then says "anonymous" without a request.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly auth = inject(AuthApi);
  private readonly xsrf = inject(HttpXsrfTokenExtractor);
  /** Server renders are always anonymous: the session cookie is never used to render a page. */
  private readonly onServer = isPlatformServer(inject(PLATFORM_ID));
  private readonly state = signal<State>({ status: 'unknown', session: null });
  /** Bumped by every change, so a slow first load cannot overwrite a newer login or logout. */
  private version = 0;
  private pending: Promise<SessionInfo | null> | null = null;

  readonly status = computed(() => this.state().status);
  readonly session = computed(() => this.state().session);
  readonly user = computed(() => this.state().session?.user ?? null);
  readonly memberships = computed<readonly MembershipSummary[]>(() => this.state().session?.memberships ?? []);
  readonly isAuthenticated = computed(() => this.state().status === 'authenticated');
  /** Known either way (the header shows nothing session-related before). */
  readonly isSettled = computed(() => !['unknown', 'loading'].includes(this.state().status));
  readonly activeTenant = computed<MembershipSummary | null>(() => {
    const session = this.state().session;
    return session?.memberships.find((m) => m.tenantId === session.activeTenantId) ?? null;
  });

  /** Loads the session the first time; afterwards answers from memory. */
  ensureLoaded(): Promise<SessionInfo | null> {
    if (this.isSettled()) return Promise.resolve(this.session());
    return (this.pending ??= this.load());
  }

  /** Asks the api again (e.g. after a 401 from another call or a change in another tab). */
  refresh(): Promise<SessionInfo | null> {
    this.pending = this.load();
    return this.pending;
  }

  membership(tenantId: string): MembershipSummary | null {
    return this.memberships().find((m) => m.tenantId === tenantId) ?? null;
  }

  /** Stores a `SessionInfo` the api returned (login, profile, active tenant, accepted invitation). */
  set(session: SessionInfo): void {
    this.version++;
    this.state.set({ status: 'authenticated', session });
  }

  /** Forgets the session (logout, or the api said 401). */
  clear(): void {
    this.version++;
    this.state.set({ status: 'anonymous', session: null });
  }

  async login(request: LoginRequest): Promise<SessionInfo> {
    const session = await firstValueFrom(this.auth.login(request));
    this.set(session);
    return session;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.auth.logout());
    } finally {
      this.clear();
    }
  }

  async logoutEverywhere(): Promise<void> {
    await firstValueFrom(this.auth.logoutEverywhere());
    this.clear();
  }

  async setActiveTenant(tenantId: string | null): Promise<SessionInfo> {
    const session = await firstValueFrom(this.auth.setActiveTenant(tenantId));
    this.set(session);
    return session;
  }

  private async load(): Promise<SessionInfo | null> {
    const version = ++this.version;
    if (this.onServer || this.xsrf.getToken() === null) {
      this.state.set({ status: 'anonymous', session: null });
      this.pending = null;
      return null;
    }
    if (this.state().status === 'unknown') this.state.set({ status: 'loading', session: null });
    try {
      const session = await firstValueFrom(this.auth.session());
      if (version === this.version) this.state.set({ status: 'authenticated', session });
    } catch (error) {
      const { status } = apiProblemOf(error);
      if (version === this.version) {
        this.state.set({ status: status === 401 || status === 403 ? 'anonymous' : 'unavailable', session: null });
      }
    } finally {
      if (version === this.version) this.pending = null;
    }
    return this.session();
  }
}
