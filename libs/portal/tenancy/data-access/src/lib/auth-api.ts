import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Language, LoginRequest, SessionInfo, SignUpRequest } from '@knotenpunkt/shared/contracts';
import type { Observable } from 'rxjs';

import { TENANCY_API_BASE_URL } from './api-base-url';

export interface AcceptedResponse {
  readonly message: string;
}

/**
 * Accounts and sessions: `/api/v1/auth/*` and `/api/v1/me*`. The session lives in an HttpOnly
 * cookie; state-changing calls carry `X-XSRF-TOKEN` (HttpClient's XSRF support, configured in the
 * app) and `Accept-Language` (the app's interceptor).
 */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(TENANCY_API_BASE_URL);

  signUp(request: SignUpRequest): Observable<AcceptedResponse> {
    return this.http.post<AcceptedResponse>(`${this.base}/auth/sign-up`, request);
  }

  verifyEmail(token: string): Observable<unknown> {
    return this.http.post(`${this.base}/auth/verify-email`, { token });
  }

  resendVerification(email: string, language?: Language): Observable<AcceptedResponse> {
    return this.http.post<AcceptedResponse>(`${this.base}/auth/verify-email/resend`, { email, language });
  }

  login(request: LoginRequest): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(`${this.base}/auth/login`, request);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${this.base}/auth/logout`, null);
  }

  logoutEverywhere(): Observable<void> {
    return this.http.post<void>(`${this.base}/auth/logout-everywhere`, null);
  }

  session(): Observable<SessionInfo> {
    return this.http.get<SessionInfo>(`${this.base}/auth/session`);
  }

  setActiveTenant(tenantId: string | null): Observable<SessionInfo> {
    return this.http.put<SessionInfo>(`${this.base}/auth/session/active-tenant`, { tenantId });
  }

  requestPasswordReset(email: string, language?: Language): Observable<AcceptedResponse> {
    return this.http.post<AcceptedResponse>(`${this.base}/auth/password-reset`, { email, language });
  }

  confirmPasswordReset(token: string, password: string): Observable<void> {
    return this.http.post<void>(`${this.base}/auth/password-reset/confirm`, { token, password });
  }

  updateProfile(changes: { displayName?: string; language?: Language }): Observable<SessionInfo> {
    return this.http.patch<SessionInfo>(`${this.base}/me`, changes);
  }

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.post<void>(`${this.base}/me/password`, { currentPassword, newPassword });
  }
}
