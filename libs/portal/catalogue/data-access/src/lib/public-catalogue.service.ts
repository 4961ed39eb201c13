import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Audience, Offer, OfferSummary, OrganisationProfile, Topic } from '@knotenpunkt/shared/contracts';
import { type Page, TENANCY_API_BASE_URL } from '@knotenpunkt/portal/tenancy/data-access';
import type { Observable } from 'rxjs';

/** `GET /organisations/:slug`: the public profile with one page of its published offers. */
export type PublicOrganisation = OrganisationProfile & { readonly offers: Page<OfferSummary> };

export interface PublicOfferQuery {
  readonly organisation?: string | null;
  readonly topic?: Topic | null;
  readonly audience?: Audience | null;
  readonly page?: number;
  readonly pageSize?: number;
}

/**
 * The visitors' side of the catalogue, no session needed: an offer (`GET /offers/:idOrSlug`) and
 * its schema.org JSON-LD (`…/jsonld`), an organisation's profile with its current offers
 * (`GET /organisations/:slug?page=`) and the list of published offers (`GET /offers`).
 * Drafts and unknown slugs answer 404 `offer-not-found` / `organisation-not-found`.
 */
@Injectable({ providedIn: 'root' })
export class PublicCatalogueService {
  private readonly http = inject(HttpClient);
  private readonly base = inject(TENANCY_API_BASE_URL);

  offer(idOrSlug: string): Observable<Offer> {
    return this.http.get<Offer>(`${this.base}/offers/${encodeURIComponent(idOrSlug)}`);
  }

  /** The JSON-LD document as the api wrote it (text, so the page can embed exactly that). */
  offerJsonLd(idOrSlug: string): Observable<string> {
    return this.http.get(`${this.base}/offers/${encodeURIComponent(idOrSlug)}/jsonld`, {
      responseType: 'text',
      headers: { Accept: 'application/ld+json' },
    });
  }

  organisation(slug: string, page = 1): Observable<PublicOrganisation> {
    const params = page > 1 ? new HttpParams().set('page', page) : undefined;
    return this.http.get<PublicOrganisation>(`${this.base}/organisations/${encodeURIComponent(slug)}`, { params });
  }

  offers(query: PublicOfferQuery = {}): Observable<Page<OfferSummary>> {
    let params = new HttpParams();
    if (query.organisation) params = params.set('organisation', query.organisation);
    if (query.topic) params = params.set('topic', query.topic);
    if (query.audience) params = params.set('audience', query.audience);
    if (query.page) params = params.set('page', query.page);
    if (query.pageSize) params = params.set('pageSize', query.pageSize);
    return this.http.get<Page<OfferSummary>>(`${this.base}/offers`, { params });
  }
}
