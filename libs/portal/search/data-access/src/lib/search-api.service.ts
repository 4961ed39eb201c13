import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OfferSearchResult, OrganisationSearchResult } from '@knotenpunkt/shared/contracts';
import { API_BASE_URL } from '@knotenpunkt/portal/regions/data-access';
import { type Observable, catchError, forkJoin, map, of } from 'rxjs';

import { OFFER_FACETS, ORGANISATION_FACETS, SEARCH_PAGE_SIZE } from './search-codes';
import {
  type FacetCounts,
  type OfferSearchState,
  disjunctiveOfferFacets,
  disjunctiveOrganisationFacets,
  type OrganisationSearchState,
  offerFilterParams,
  offerSearchQueryParams,
  organisationSearchQueryParams,
  queryString,
} from './search-state';

/**
 * The public search endpoints (`GET /api/v1/search/offers`, `/search/offers.ics`,
 * `/search/organisations`), asked with the page's search state. No session needed; the UI
 * language goes along as `Accept-Language` (acceptLanguageInterceptor), so the api's messages
 * come in the visitor's language.
 */
@Injectable({ providedIn: 'root' })
export class SearchApiService {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** One page of offers with the facet counts the filters show. */
  searchOffers(state: OfferSearchState, options: { pageSize?: number } = {}): Observable<OfferSearchResult> {
    const query = offerSearchQueryParams(state);
    delete query['view'];
    const params = new HttpParams({ fromObject: { ...query, facets: OFFER_FACETS.join(','), pageSize: String(options.pageSize ?? SEARCH_PAGE_SIZE) } });
    return this.http.get<OfferSearchResult>(`${this.baseUrl}/search/offers`, { params });
  }

  /**
   * Like {@link searchOffers}, but the counts of a filter group with ticked options are those of
   * the search without that group's own filter (one small extra request per such group), so the
   * other options of the group show what ticking them would add instead of "(0)". When an extra
   * request fails, the group keeps the counts of the main answer.
   */
  searchOffersWithFacets(state: OfferSearchState): Observable<OfferSearchResult> {
    const groups = disjunctiveOfferFacets(state);
    const main = this.searchOffers(state);
    if (groups.length === 0) return main;
    const extra = groups.map(({ facet, state: without }) => {
      const params = new HttpParams({ fromObject: { ...offerFilterParams(without), facets: facet, pageSize: '1', onlineFallback: 'false' } });
      return this.http.get<OfferSearchResult>(`${this.baseUrl}/search/offers`, { params }).pipe(
        map((result): FacetCounts => ({ [facet]: result.facets[facet] ?? {} })),
        catchError(() => of<FacetCounts>({})),
      );
    });
    return forkJoin([main, ...extra]).pipe(map(([result, ...counts]) => ({ ...result, facets: Object.assign({}, result.facets, ...counts) as FacetCounts })));
  }

  /** The same search as an iCalendar feed (same-origin path; the api reads the same parameters). */
  offerCalendarUrl(state: OfferSearchState): string {
    const query = queryString(offerFilterParams(state));
    return `${this.baseUrl}/search/offers.ics${query ? `?${query}` : ''}`;
  }

  searchOrganisations(state: OrganisationSearchState, options: { pageSize?: number } = {}): Observable<OrganisationSearchResult> {
    const params = new HttpParams({
      fromObject: { ...organisationSearchQueryParams(state), facets: ORGANISATION_FACETS.join(','), pageSize: String(options.pageSize ?? SEARCH_PAGE_SIZE) },
    });
    return this.http.get<OrganisationSearchResult>(`${this.baseUrl}/search/organisations`, { params });
  }

  /** {@link searchOrganisations} with per-group counts as in {@link searchOffersWithFacets}. */
  searchOrganisationsWithFacets(state: OrganisationSearchState): Observable<OrganisationSearchResult> {
    const groups = disjunctiveOrganisationFacets(state);
    const main = this.searchOrganisations(state);
    if (groups.length === 0) return main;
    const extra = groups.map(({ facet, state: without }) => {
      const query = organisationSearchQueryParams(without);
      delete query['page'];
      const params = new HttpParams({ fromObject: { ...query, facets: facet, pageSize: '1' } });
      return this.http.get<OrganisationSearchResult>(`${this.baseUrl}/search/organisations`, { params }).pipe(
        map((result): FacetCounts => ({ [facet]: result.facets[facet] ?? {} })),
        catchError(() => of<FacetCounts>({})),
      );
    });
    return forkJoin([main, ...extra]).pipe(map(([result, ...counts]) => ({ ...result, facets: Object.assign({}, result.facets, ...counts) as FacetCounts })));
  }
}

/**
 * A webcal:// address for calendar apps that subscribe through it, from an absolute https/http
 * feed address; `null` for anything else.
 */
export function webcalUrl(absoluteFeedUrl: string): string | null {
  const match = /^https?:\/\/(.+)$/.exec(absoluteFeedUrl);
  return match ? `webcal://${match[1]}` : null;
}
