import { Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OrganisationHit, OrganisationSearchResult, RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { RegionsService } from '@knotenpunkt/portal/regions/data-access';
import { RegionPicker, RegionSuggestionSource } from '@knotenpunkt/portal/regions/ui';
import {
  type OrganisationSearchState,
  SEARCH_AUDIENCES,
  SEARCH_RADII,
  SEARCH_TENANT_TYPES,
  SEARCH_TOPICS,
  SearchApiService,
  hasOrganisationFilters,
  organisationSearchQueryParams,
  organisationSearchStateFromParams,
} from '@knotenpunkt/portal/search/data-access';
import { Pagination } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { map } from 'rxjs';

import { FacetGroup, type FacetOption } from '../facet-group/facet-group';
import { distanceText } from '../offer-search/offer-search-page';
import { followAddress, placeOf } from '../place';

/**
 * `/partner`: organisations with a public profile, by text, type, topic, audience and region or
 * radius around a PLZ (`GET /api/v1/search/organisations`). Like the offer search, the search is
 * the address (api parameter names).
 */
@Component({
  selector: 'kp-partner-search-page',
  imports: [TranslocoPipe, RouterLink, RegionPicker, FacetGroup, Pagination],
  providers: [{ provide: RegionSuggestionSource, useFactory: (): RegionSuggestionSource => inject(RegionsService) }],
  templateUrl: './partner-search-page.html',
  styleUrl: '../offer-search/offer-search-page.css',
})
export default class PartnerSearchPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(SearchApiService);
  protected readonly language = inject(LanguageService);

  protected readonly radii = SEARCH_RADII;
  protected readonly typeOptions: FacetOption[] = SEARCH_TENANT_TYPES.map((type) => ({ value: type, label: `tenantTypes.${type}` }));
  protected readonly audienceOptions: FacetOption[] = SEARCH_AUDIENCES.map((audience) => ({ value: audience, label: `offerAudiences.${audience}` }));
  protected readonly topicOptions: FacetOption[] = SEARCH_TOPICS.map((topic) => ({ value: topic, label: `offerTopics.${topic}` }));

  protected readonly state = toSignal(this.route.queryParams.pipe(map((params) => organisationSearchStateFromParams(params))), {
    initialValue: organisationSearchStateFromParams(this.route.snapshot.queryParams),
  });
  protected readonly filtered = computed(() => hasOrganisationFilters(this.state()));
  protected readonly activeFilters = computed(() => this.state().types.length + this.state().topics.length + this.state().audiences.length);
  protected readonly hasCentre = computed(() => this.state().place.kind === 'plz');
  protected readonly results = rxResource<OrganisationSearchResult, OrganisationSearchState>({
    params: () => this.state(),
    stream: ({ params }) => this.api.searchOrganisationsWithFacets(params),
  });
  protected readonly result = computed(() => (this.results.hasValue() ? this.results.value() : undefined));
  protected readonly facets = computed(() => this.result()?.facets);

  /** Below 56 rem the filters fold away behind "Filter anzeigen" (the results come first). */
  protected readonly filtersOpen = signal(false);
  protected readonly text = signal('');
  protected readonly picked = signal<RegionSuggestion | null>(null);
  private readonly resultsHeading = viewChild<ElementRef<HTMLElement>>('resultsHeading');

  constructor() {
    followAddress(this.state, this.text, this.picked);
  }

  protected update(change: Partial<OrganisationSearchState>, options: { keepPage?: boolean } = {}): void {
    // What is typed in the text field goes along (a filter ticked before pressing "Suchen" keeps it).
    const next: OrganisationSearchState = { ...this.state(), q: this.text().trim(), ...(options.keepPage ? {} : { page: 1 }), ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams: organisationSearchQueryParams(next) });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.update({ q: this.text().trim() });
  }

  protected onPlace(suggestion: RegionSuggestion | null): void {
    const place = placeOf(suggestion, this.state().place);
    this.picked.set(suggestion);
    this.update({ place, sort: this.state().sort === 'distance' && place.kind !== 'plz' ? 'relevance' : this.state().sort });
  }

  protected onRadius(value: string): void {
    const place = this.state().place;
    if (place.kind === 'plz') this.update({ place: { ...place, radiusKm: Number(value) } });
  }

  protected resetFilters(): void {
    this.update({ types: [], topics: [], audiences: [] });
  }

  protected onPage(page: number): void {
    this.update({ page }, { keepPage: true });
    this.resultsHeading()?.nativeElement.focus();
  }

  protected distance(km: number): string {
    return distanceText(km, this.language.current());
  }

  protected locality(hit: OrganisationHit): string {
    const address = hit.address;
    if (!address) return '';
    return [address.postalCode, address.locality].filter(Boolean).join(' ');
  }
}
