import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ImportMode,
  ImportRun,
  Offer,
  OfferInputRequest,
  OfferSummary,
  OrganisationProfileInput,
  OwnOrganisationProfile,
  PartnerInput,
  PartnerOrganisation,
} from '@knotenpunkt/shared/contracts';
import { type Page, TENANCY_API_BASE_URL } from '@knotenpunkt/portal/tenancy/data-access';
import { type Observable, exhaustMap, takeWhile, timer } from 'rxjs';

import { type OfferAction, type OfferStatus, importFinished } from './offer-status';

export interface OfferListQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly status?: OfferStatus | null;
  readonly q?: string | null;
}

export interface StartImportOptions {
  readonly mode: ImportMode;
  readonly fileName?: string | null;
  /** true: complete drafts are submitted (for review, or published at once). */
  readonly publish?: boolean;
}

/** An entry of the import list (the api leaves out issues and summary there). */
export type ImportRunSummary = Omit<ImportRun, 'issues' | 'summary'>;

/** An entry of an umbrella's review queue: a member's submitted offer. */
export type ReviewQueueItem = OfferSummary & { readonly submittedAt: string | null };

/** What `PUT …/profile` takes (the schema's input: omitted fields take their defaults). */
export type ProfileInputRequest = { [K in keyof OrganisationProfileInput]?: OrganisationProfileInput[K] | null };

/** What `POST/PUT …/partners` take (the schema's input: omitted fields take their defaults). */
export type PartnerInputRequest = { [K in keyof PartnerInput]?: PartnerInput[K] | null } & { name: string };

export interface PartnerListQuery {
  readonly page: number;
  readonly pageSize: number;
  /** Part of the name. */
  readonly q?: string | null;
}

/** How often `pollImport` asks for the run. */
export const IMPORT_POLL_INTERVAL_MS = 500;

/**
 * The organisation's side of the catalogue: its offers with the publishing workflow, and imports of
 * exchange files (`/api/v1/tenants/:tenantId/offers*`, `/imports*`). Session cookie, XSRF header
 * and Accept-Language come from the app's HttpClient setup, as for the tenancy calls.
 */
@Injectable({ providedIn: 'root' })
export class CatalogueApiService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(TENANCY_API_BASE_URL);

  offers(tenantId: string, query: OfferListQuery): Observable<Page<OfferSummary>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.status) params = params.set('status', query.status);
    const q = query.q?.trim();
    if (q) params = params.set('q', q);
    return this.http.get<Page<OfferSummary>>(`${this.tenant(tenantId)}/offers`, { params });
  }

  /** One offer of the organisation in any status, with `reviewComment` (why it was returned). */
  offer(tenantId: string, offerId: string): Observable<Offer> {
    return this.http.get<Offer>(`${this.tenant(tenantId)}/offers/${encodeURIComponent(offerId)}`);
  }

  /** Creates a draft; 400 with `issues` (path + message in the request's language) when invalid. */
  createOffer(tenantId: string, input: OfferInputRequest): Observable<Offer> {
    return this.http.post<Offer>(`${this.tenant(tenantId)}/offers`, input);
  }

  /** Replaces the content (draft, published, past); 409 `offer-locked` while submitted or archived. */
  replaceOffer(tenantId: string, offerId: string, input: OfferInputRequest): Observable<Offer> {
    return this.http.put<Offer>(`${this.tenant(tenantId)}/offers/${encodeURIComponent(offerId)}`, input);
  }

  /**
   * The organisation's partner organisations by name (viewer and above); without a query the first
   * 100, for the partner and module pickers.
   */
  partners(tenantId: string, query: PartnerListQuery = { page: 1, pageSize: 100 }): Observable<Page<PartnerOrganisation>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    const q = query.q?.trim();
    if (q) params = params.set('q', q);
    return this.http.get<Page<PartnerOrganisation>>(`${this.tenant(tenantId)}/partners`, { params });
  }

  /** Adds a partner (editors and above); 400 with `issues` per field, 409 `partner-exists` for a taken externalId. */
  createPartner(tenantId: string, input: PartnerInputRequest): Observable<PartnerOrganisation> {
    return this.http.post<PartnerOrganisation>(`${this.tenant(tenantId)}/partners`, input);
  }

  /** Replaces a partner's details (editors and above); 404 `partner-not-found`. */
  updatePartner(tenantId: string, partnerId: string, input: PartnerInputRequest): Observable<PartnerOrganisation> {
    return this.http.put<PartnerOrganisation>(`${this.tenant(tenantId)}/partners/${encodeURIComponent(partnerId)}`, input);
  }

  /** Removes a partner no offer names (204); 409 `partner-in-use` otherwise. */
  deletePartner(tenantId: string, partnerId: string): Observable<void> {
    return this.http.delete<void>(`${this.tenant(tenantId)}/partners/${encodeURIComponent(partnerId)}`);
  }

  /** An umbrella's review queue: its members' submitted offers, oldest first. */
  reviews(tenantId: string, page: number, pageSize = 20): Observable<Page<ReviewQueueItem>> {
    return this.http.get<Page<ReviewQueueItem>>(`${this.tenant(tenantId)}/reviews`, { params: new HttpParams().set('page', page).set('pageSize', pageSize) });
  }

  /** One submission in full; 404 once it is decided (or for offers of non-members). */
  reviewItem(tenantId: string, offerId: string): Observable<Offer> {
    return this.http.get<Offer>(`${this.tenant(tenantId)}/reviews/${encodeURIComponent(offerId)}`);
  }

  approve(tenantId: string, offerId: string): Observable<Offer> {
    return this.http.post<Offer>(`${this.tenant(tenantId)}/reviews/${encodeURIComponent(offerId)}/approve`, null);
  }

  /** Back to the provider as a draft; the comment (5–2000 characters) is shown to them. */
  returnToProvider(tenantId: string, offerId: string, comment: string): Observable<Offer> {
    return this.http.post<Offer>(`${this.tenant(tenantId)}/reviews/${encodeURIComponent(offerId)}/return`, { comment });
  }

  /** The organisation's own profile with the workflow settings (viewer and above). */
  profile(tenantId: string): Observable<OwnOrganisationProfile> {
    return this.http.get<OwnOrganisationProfile>(`${this.tenant(tenantId)}/profile`);
  }

  /** Replaces the profile (admins); 400 with `issues` per field. */
  saveProfile(tenantId: string, input: ProfileInputRequest): Observable<OwnOrganisationProfile> {
    return this.http.put<OwnOrganisationProfile>(`${this.tenant(tenantId)}/profile`, input);
  }

  /** submit | withdraw | archive | reopen; 409 `transition-refused`/`offer-locked`/`no-parent`, 400 with issues when incomplete. */
  transition(tenantId: string, offerId: string, action: OfferAction): Observable<Offer> {
    return this.http.post<Offer>(`${this.tenant(tenantId)}/offers/${encodeURIComponent(offerId)}/${action}`, null);
  }

  /**
   * Uploads an exchange file (its text, as `application/ld+json`, the api's large-file path) and
   * answers 202 with the queued run.
   */
  startImport(tenantId: string, fileText: string, options: StartImportOptions): Observable<ImportRun> {
    let params = new HttpParams().set('mode', options.mode).set('publish', String(options.publish ?? false));
    if (options.fileName) params = params.set('fileName', options.fileName.slice(0, 200));
    return this.http.post<ImportRun>(`${this.tenant(tenantId)}/imports`, fileText, {
      params,
      headers: new HttpHeaders({ 'Content-Type': 'application/ld+json' }),
    });
  }

  importRun(tenantId: string, importId: string): Observable<ImportRun> {
    return this.http.get<ImportRun>(`${this.tenant(tenantId)}/imports/${encodeURIComponent(importId)}`);
  }

  /** Applies the file of a succeeded dry run (202, a new run); 409 `import-not-committable` otherwise. */
  commitImport(tenantId: string, importId: string): Observable<ImportRun> {
    return this.http.post<ImportRun>(`${this.tenant(tenantId)}/imports/${encodeURIComponent(importId)}/commit`, null);
  }

  imports(tenantId: string, page = 1): Observable<Page<ImportRunSummary>> {
    return this.http.get<Page<ImportRunSummary>>(`${this.tenant(tenantId)}/imports`, { params: new HttpParams().set('page', page) });
  }

  /**
   * Asks for the run every `intervalMs` (the first time after one interval) and emits each answer,
   * the finished one (succeeded or failed) included, then completes. A request still running when
   * the next tick comes is not overtaken (exhaustMap); unsubscribing stops the polling.
   */
  pollImport(tenantId: string, importId: string, intervalMs = IMPORT_POLL_INTERVAL_MS): Observable<ImportRun> {
    return timer(intervalMs, intervalMs).pipe(
      exhaustMap(() => this.importRun(tenantId, importId)),
      takeWhile((run) => !importFinished(run), true),
    );
  }

  private tenant(tenantId: string): string {
    return `${this.base}/tenants/${encodeURIComponent(tenantId)}`;
  }
}
