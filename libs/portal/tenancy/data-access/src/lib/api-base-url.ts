import { InjectionToken } from '@angular/core';

/**
 * Where the api's versioned REST endpoints live. Same origin by default (the portal server and the
 * dev server proxy `/api`), which is also what lets HttpClient attach the XSRF header and the
 * browser send the session cookie.
 */
export const TENANCY_API_BASE_URL = new InjectionToken<string>('TENANCY_API_BASE_URL', { factory: () => '/api/v1' });

/** One page of a list answer (`pageOf(...)` in the contracts). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}
