import type { RegionLevel, RegionSuggestion } from '@knotenpunkt/shared/contracts';
import type { Observable } from 'rxjs';

/**
 * Where the picker gets its suggestions from. A ui library must not depend on data access, so
 * the application provides it, usually the regions data-access service:
 *
 * ```ts
 * providers: [{ provide: RegionSuggestionSource, useFactory: (): RegionSuggestionSource => inject(RegionsService) }]
 * ```
 */
export abstract class RegionSuggestionSource {
  /** Suggestions for a query of at least 2 characters; errors end the observable with an error. */
  abstract suggest(
    query: string,
    options: { limit?: number; levels?: readonly RegionLevel[] },
  ): Observable<readonly RegionSuggestion[]>;
}
