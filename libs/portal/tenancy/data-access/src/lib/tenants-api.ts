import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditEntry,
  CreateInvitationRequest,
  CreateTenantRequest,
  Invitation,
  InvitationPreview,
  LegalPage,
  LegalPageId,
  Member,
  PublicTenant,
  SessionInfo,
  Tenant,
  TenantRole,
} from '@knotenpunkt/shared/contracts';
import type { Observable } from 'rxjs';

import { type Page, TENANCY_API_BASE_URL } from './api-base-url';

export interface PageQuery {
  readonly page: number;
  readonly pageSize: number;
}

/** Organisations, their members, invitations, legal pages and audit log (`/api/v1/tenants/*`, `/invitations/*`). */
@Injectable({ providedIn: 'root' })
export class TenantsApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(TENANCY_API_BASE_URL);

  create(request: CreateTenantRequest): Observable<Tenant> {
    return this.http.post<Tenant>(`${this.base}/tenants`, request);
  }

  bySlug(slug: string): Observable<PublicTenant> {
    return this.http.get<PublicTenant>(`${this.base}/tenants/by-slug/${encodeURIComponent(slug)}`);
  }

  publicLegal(slug: string, page: LegalPageId): Observable<LegalPage> {
    return this.http.get<LegalPage>(`${this.base}/tenants/by-slug/${encodeURIComponent(slug)}/legal/${page}`);
  }

  get(tenantId: string): Observable<Tenant> {
    return this.http.get<Tenant>(this.tenant(tenantId));
  }

  members(tenantId: string, query: PageQuery): Observable<Page<Member>> {
    return this.http.get<Page<Member>>(`${this.tenant(tenantId)}/members`, { params: pageParams(query) });
  }

  changeRole(tenantId: string, userId: string, role: TenantRole): Observable<unknown> {
    return this.http.patch(`${this.tenant(tenantId)}/members/${encodeURIComponent(userId)}`, { role });
  }

  removeMember(tenantId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${this.tenant(tenantId)}/members/${encodeURIComponent(userId)}`);
  }

  invitations(tenantId: string, query: PageQuery): Observable<Page<Invitation>> {
    return this.http.get<Page<Invitation>>(`${this.tenant(tenantId)}/invitations`, { params: pageParams(query) });
  }

  invite(tenantId: string, request: CreateInvitationRequest): Observable<Invitation> {
    return this.http.post<Invitation>(`${this.tenant(tenantId)}/invitations`, request);
  }

  revokeInvitation(tenantId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${this.tenant(tenantId)}/invitations/${encodeURIComponent(invitationId)}`);
  }

  invitationPreview(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`${this.base}/invitations/${encodeURIComponent(token)}`);
  }

  acceptInvitation(token: string): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(`${this.base}/invitations/${encodeURIComponent(token)}/accept`, null);
  }

  legal(tenantId: string, page: LegalPageId): Observable<LegalPage> {
    return this.http.get<LegalPage>(`${this.tenant(tenantId)}/legal/${page}`);
  }

  saveLegal(tenantId: string, page: LegalPageId, content: unknown): Observable<LegalPage> {
    return this.http.put<LegalPage>(`${this.tenant(tenantId)}/legal/${page}`, content);
  }

  audit(tenantId: string, query: PageQuery & { action?: string }): Observable<Page<AuditEntry>> {
    let params = pageParams(query);
    if (query.action) params = params.set('action', query.action);
    return this.http.get<Page<AuditEntry>>(`${this.tenant(tenantId)}/audit`, { params });
  }

  private tenant(tenantId: string): string {
    return `${this.base}/tenants/${encodeURIComponent(tenantId)}`;
  }
}

/** The platform's own pages (`/api/v1/platform/*`) that everybody may read. */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(TENANCY_API_BASE_URL);

  legal(page: LegalPageId): Observable<LegalPage> {
    return this.http.get<LegalPage>(`${this.base}/platform/legal/${page}`);
  }
}

function pageParams(query: PageQuery): HttpParams {
  return new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
}
