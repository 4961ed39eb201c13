import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError, FieldIssue } from '@knotenpunkt/shared/contracts';

/**
 * What went wrong with a request, in the shape the pages need: the api's (already translated)
 * message and machine-readable `code`, field issues, and for 429 the seconds from `Retry-After`.
 * `status` 0 means the api was not reached at all.
 */
export interface ApiProblem {
  readonly status: number;
  /** The api's message in the requested language; `null` when the answer was not an api error body. */
  readonly message: string | null;
  readonly code: string | null;
  readonly issues: readonly FieldIssue[];
  readonly retryAfterSeconds: number | null;
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<ApiError>;
  return typeof candidate.statusCode === 'number' && typeof candidate.message === 'string';
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export function apiProblemOf(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, message: null, code: null, issues: [], retryAfterSeconds: null };
  }
  const body: unknown = error.error;
  const api = isApiError(body) ? body : null;
  return {
    status: error.status,
    message: api?.message ?? null,
    code: api?.code ?? null,
    issues: api?.issues ?? [],
    retryAfterSeconds: retryAfterSeconds(error.headers?.get('Retry-After') ?? null),
  };
}
