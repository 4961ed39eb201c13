import { type Signal, type WritableSignal, effect, inject, untracked } from '@angular/core';
import type { RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { RegionsService } from '@knotenpunkt/portal/regions/data-access';
import { DEFAULT_RADIUS_KM, type SearchPlace } from '@knotenpunkt/portal/search/data-access';
import { type Observable, catchError, map, of } from 'rxjs';

/** The search place a picked suggestion stands for (a PLZ keeps the current radius). */
export function placeOf(suggestion: RegionSuggestion | null, current: SearchPlace): SearchPlace {
  if (!suggestion) return { kind: 'none' };
  if (suggestion.kind === 'postalCode') return { kind: 'plz', plz: suggestion.id, radiusKm: current.kind === 'plz' ? current.radiusKm : DEFAULT_RADIUS_KM };
  return { kind: 'region', key: suggestion.id };
}

/** Whether the picker already shows this place. */
export function showsPlace(suggestion: RegionSuggestion | null, place: SearchPlace): boolean {
  if (place.kind === 'none') return suggestion === null;
  if (!suggestion) return false;
  return place.kind === 'plz' ? suggestion.kind === 'postalCode' && suggestion.id === place.plz : suggestion.kind === 'region' && suggestion.id === place.key;
}

/**
 * The picker's value for a place read from the address (deep link, back/forward): the region's
 * or postal code's name from the regions api; the bare key or PLZ if that fails, so the search
 * still runs.
 */
export function resolvePlace(place: SearchPlace, regions: RegionsService = inject(RegionsService)): Observable<RegionSuggestion | null> {
  if (place.kind === 'none') return of(null);
  if (place.kind === 'plz') {
    const fallback: RegionSuggestion = { kind: 'postalCode', id: place.plz, label: place.plz, context: '', level: null, centroid: null };
    return regions.postalCode(place.plz).pipe(
      map((detail): RegionSuggestion => ({
        ...fallback,
        label: detail.locality ? `${detail.postalCode} ${detail.locality}` : detail.postalCode,
        context: detail.locality ?? '',
        centroid: detail.centroid,
      })),
      catchError(() => of(fallback)),
    );
  }
  const fallback: RegionSuggestion = { kind: 'region', id: place.key, label: place.key, context: '', level: null, centroid: null };
  return regions.region(place.key).pipe(
    map((detail): RegionSuggestion => ({ ...fallback, label: detail.label, context: detail.type, level: detail.level, centroid: detail.centroid })),
    catchError(() => of(fallback)),
  );
}

/**
 * The address decides what a search page's fields show (deep link, back/forward, "remove
 * filters"): the text field, and the picker, whose place is resolved to its name. Call in the
 * page's injection context.
 */
export function followAddress(state: Signal<{ q: string; place: SearchPlace }>, text: WritableSignal<string>, picked: WritableSignal<RegionSuggestion | null>): void {
  const regions = inject(RegionsService);
  effect(() => {
    const current = state();
    untracked(() => {
      text.set(current.q);
      if (showsPlace(picked(), current.place)) return;
      if (current.place.kind === 'none') picked.set(null);
      else resolvePlace(current.place, regions).subscribe((suggestion) => {
        if (!showsPlace(picked(), state().place)) picked.set(suggestion);
      });
    });
  });
}
