import { HttpClient, HttpErrorResponse, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import type {
  ApiError,
  PostalCodeDetail,
  RegionDetail,
  RegionLevel,
  RegionSuggestion,
} from '@knotenpunkt/shared/contracts';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { type Observable, map } from 'rxjs';

/**
 * Where the api's versioned REST endpoints live. Same origin by default: the portal server (and
 * the dev server's proxy) forward `/api` to the api.
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', { factory: () => '/api/v1' });

export interface RegionSuggestOptions {
  /** 1–25, the api's default is 10. */
  limit?: number;
  /** Only these levels (postal codes are always included unless the api filters them). */
  levels?: readonly RegionLevel[];
}

/** Shortest query the api accepts for suggestions. */
export const REGION_SUGGEST_MIN_LENGTH = 2;

/**
 * The regions endpoints of the api (`/api/v1/regions/...`, `/api/v1/postal-codes/...`).
 * Every request carries the portal's current language as `Accept-Language`, so error messages
 * come back in the language the visitor reads.
 */
@Injectable({ providedIn: 'root' })
export class RegionsService {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly language = inject(LanguageService);

  /** Autocomplete by name or PLZ prefix; `query` must have at least 2 characters (else 400). */
  suggest(query: string, options: RegionSuggestOptions = {}): Observable<RegionSuggestion[]> {
    let params = new HttpParams().set('q', query.trim());
    if (options.limit !== undefined) params = params.set('limit', options.limit);
    if (options.levels?.length) params = params.set('levels', options.levels.join(','));
    return this.http
      .get<{ items: RegionSuggestion[] }>(`${this.baseUrl}/regions/suggest`, { params, headers: this.headers() })
      .pipe(map((response) => response.items));
  }

  /** A region by its ARS key (2, 3, 5, 9 or 12 digits), with ancestors and children. */
  region(key: string): Observable<RegionDetail> {
    return this.http.get<RegionDetail>(`${this.baseUrl}/regions/${encodeURIComponent(key)}`, { headers: this.headers() });
  }

  /** A five-digit postal code with its centroid, Gemeinden and place names. */
  postalCode(plz: string): Observable<PostalCodeDetail> {
    return this.http.get<PostalCodeDetail>(`${this.baseUrl}/postal-codes/${encodeURIComponent(plz)}`, {
      headers: this.headers(),
    });
  }

  private headers(): HttpHeaders {
    return new HttpHeaders({ 'Accept-Language': this.language.current() });
  }
}

/**
 * The api's error body (`{ statusCode, error, message, issues? }`) from a failed request, or
 * `null` when the answer was not one (network failure, proxy page, …).
 */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null) return null;
  const candidate = body as Partial<ApiError>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string' ? (candidate as ApiError) : null;
}
