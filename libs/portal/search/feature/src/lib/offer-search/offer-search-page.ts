import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OfferHit, OfferSearchResult, RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { berlinToday, languageName, shortDate } from '@knotenpunkt/portal/catalogue/data-access';
import { RegionsService } from '@knotenpunkt/portal/regions/data-access';
import { RegionPicker, RegionSuggestionSource } from '@knotenpunkt/portal/regions/ui';
import {
  type OfferSearchState,
  SEARCH_AUDIENCES,
  SEARCH_COMMON_LANGUAGES,
  SEARCH_KINDS,
  SEARCH_MODES,
  SEARCH_RADII,
  SEARCH_TOPICS,
  SearchApiService,
  hasOfferFilters,
  offerSearchQueryParams,
  offerSearchStateFromParams,
  webcalUrl,
} from '@knotenpunkt/portal/search/data-access';
import { Pagination } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { map } from 'rxjs';

import { FacetGroup, type FacetOption } from '../facet-group/facet-group';
import { OfferMap } from '../offer-map/offer-map';
import { followAddress, placeOf } from '../place';

/** Above this many days before the deadline the badge only says "Anmeldung bis …". */
const DEADLINE_SOON_DAYS = 7;

export type DeadlineState = { readonly kind: 'open' | 'soon' | 'closed'; readonly day: string } | null;

/** "Anmeldung bis" (open), "Anmeldeschluss bald" (within 7 days) or "vorbei" for a session's deadline. */
export function deadlineState(deadline: string | null, today: string): DeadlineState {
  if (!deadline) return null;
  const day = deadline.slice(0, 10);
  if (day < today) return { kind: 'closed', day };
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return { kind: days <= DEADLINE_SOON_DAYS ? 'soon' : 'open', day };
}

/** "12,3 km" / "12.3 km" with one decimal below 10 km, whole kilometres above. */
export function distanceText(km: number, language: string): string {
  const value = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} km`;
}

/**
 * `/angebote`: the public offer search. Every part of the search lives in the address (api
 * parameter names, see docs/portal.md), so the page is a function of its query string: the form
 * and the filters write it (router navigation, one history entry per change), the results are
 * an rxResource over it. The map (`view=map`) is a deferred component; Leaflet is loaded only
 * when it opens.
 */
@Component({
  selector: 'kp-offer-search-page',
  imports: [TranslocoPipe, RouterLink, NgTemplateOutlet, RegionPicker, FacetGroup, Pagination, OfferMap],
  providers: [{ provide: RegionSuggestionSource, useFactory: (): RegionSuggestionSource => inject(RegionsService) }],
  templateUrl: './offer-search-page.html',
  styleUrl: './offer-search-page.css',
})
export default class OfferSearchPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(SearchApiService);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService);

  protected readonly radii = SEARCH_RADII;
  protected readonly modeOptions: FacetOption[] = SEARCH_MODES.map((mode) => ({ value: mode, label: `sessionModes.${mode}` }));
  protected readonly kindOptions: FacetOption[] = SEARCH_KINDS.map((kind) => ({ value: kind, label: `offerKinds.${kind}` }));
  protected readonly audienceOptions: FacetOption[] = SEARCH_AUDIENCES.map((audience) => ({ value: audience, label: `offerAudiences.${audience}` }));
  protected readonly topicOptions: FacetOption[] = SEARCH_TOPICS.map((topic) => ({ value: topic, label: `offerTopics.${topic}` }));

  /** The search, read from the address on every navigation. */
  protected readonly state = toSignal(this.route.queryParams.pipe(map((params) => offerSearchStateFromParams(params))), {
    initialValue: offerSearchStateFromParams(this.route.snapshot.queryParams),
  });
  protected readonly filtered = computed(() => hasOfferFilters(this.state()));
  protected readonly activeFilters = computed(() => {
    const s = this.state();
    return Number(s.free) + Number(s.freeForVolunteers) + s.modes.length + s.kinds.length + s.audiences.length + s.topics.length + s.languages.length + Number(s.from !== '') + Number(s.to !== '');
  });
  protected readonly hasCentre = computed(() => this.state().place.kind === 'plz');

  /** What the api is asked: `view` does not change the results, so list and map share one request. */
  private readonly query = computed<OfferSearchState>(() => ({ ...this.state(), view: 'list' }), { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  protected readonly results = rxResource<OfferSearchResult, OfferSearchState>({
    params: () => this.query(),
    stream: ({ params }) => this.api.searchOffersWithFacets(params),
  });
  protected readonly result = computed(() => (this.results.hasValue() ? this.results.value() : undefined));
  /** The search the server rendered (this page's first address). */
  private readonly firstQuery = this.query();
  /**
   * The filters, the hits and the pagination come server-rendered and hydrate late (`@defer
   * (hydrate on viewport)`: one small task each when scrolled to, not all in the first long one).
   * Until then they show the server's search in the page's language; once either changes they
   * hydrate at once and follow.
   */
  protected readonly leftServerRender = computed(() => this.language.differsFromPage() || this.query() !== this.firstQuery);
  protected readonly facets = computed(() => this.result()?.facets);
  protected readonly freeCount = computed(() => this.facets()?.['free']?.['true']);
  protected readonly languageOptions = computed<FacetOption[]>(() => {
    const codes = new Set<string>([...SEARCH_COMMON_LANGUAGES, ...Object.keys(this.facets()?.['language'] ?? {}), ...this.state().languages]);
    const lang = this.language.current();
    return [...codes].map((code) => ({ value: code, label: languageName(code, lang), translate: false }));
  });
  protected readonly mapItems = computed(() => [...(this.result()?.items ?? []), ...(this.result()?.fallback ?? [])]);

  /** The text field's content (submitted with the form). */
  /** Below 56 rem the filters fold away behind "Filter anzeigen" (the results come first). */
  protected readonly filtersOpen = signal(false);
  protected readonly text = signal('');
  /** The picker's value; follows the address (resolved to a name) and writes it when a place is picked. */
  protected readonly picked = signal<RegionSuggestion | null>(null);
  protected readonly calendarPath = computed(() => this.api.offerCalendarUrl(this.state()));
  protected readonly webcal = computed(() => {
    const origin = this.document.location?.origin;
    return origin ? webcalUrl(origin + this.calendarPath()) : null;
  });
  private readonly resultsHeading = viewChild<ElementRef<HTMLElement>>('resultsHeading');
  protected readonly today = berlinToday();

  constructor() {
    followAddress(this.state, this.text, this.picked);
  }

  protected update(change: Partial<OfferSearchState>, options: { keepPage?: boolean } = {}): void {
    // What is typed in the text field goes along (a filter ticked before pressing "Suchen" keeps it).
    const next: OfferSearchState = { ...this.state(), q: this.text().trim(), ...(options.keepPage ? {} : { page: 1 }), ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams: offerSearchQueryParams(next) });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.update({ q: this.text().trim() });
  }

  protected onPlace(suggestion: RegionSuggestion | null): void {
    const place = placeOf(suggestion, this.state().place);
    this.picked.set(suggestion);
    const sort = this.state().sort === 'distance' && place.kind !== 'plz' ? 'relevance' : this.state().sort;
    this.update({ place, sort });
  }

  protected onRadius(value: string): void {
    const place = this.state().place;
    if (place.kind === 'plz') this.update({ place: { ...place, radiusKm: Number(value) } });
  }

  protected widenRadius(): void {
    const place = this.state().place;
    if (place.kind !== 'plz') return;
    const wider = SEARCH_RADII.find((radius) => radius > place.radiusKm);
    if (wider) this.update({ place: { ...place, radiusKm: wider } });
  }

  protected canWiden = computed(() => {
    const place = this.state().place;
    return place.kind === 'plz' && place.radiusKm < SEARCH_RADII[SEARCH_RADII.length - 1];
  });

  protected resetFilters(): void {
    this.update({ free: false, freeForVolunteers: false, modes: [], audiences: [], topics: [], languages: [], kinds: [], from: '', to: '' });
  }

  protected onPage(page: number): void {
    this.update({ page }, { keepPage: true });
    this.resultsHeading()?.nativeElement.focus();
  }

  protected setView(view: 'list' | 'map'): void {
    if (view !== this.state().view) this.update({ view }, { keepPage: true });
  }

  protected dateText(value: string): string {
    return shortDate(value, this.language.current());
  }

  protected distance(km: number): string {
    return distanceText(km, this.language.current());
  }

  protected deadline(hit: OfferHit): DeadlineState {
    return deadlineState(hit.nextSession?.registrationDeadline ?? null, this.today);
  }

  protected isOnline(hit: OfferHit): boolean {
    return (hit.nextSession?.mode ?? null) === 'online' || (hit.nextSession === null && hit.modes.includes('online'));
  }

  protected isFreeForVolunteers(hit: OfferHit): boolean {
    return !hit.price.isFree && hit.price.freeFor.includes('volunteers');
  }
}
