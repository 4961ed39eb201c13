import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { ApiError, Language } from '@knotenpunkt/shared/contracts';
import { statusMessage } from './messages';
import { RequestValidationError } from './request-validation';

/** Turns any thrown value into the api's error body; internals of 5xx errors never leak. */
export function toApiError(error: unknown, language: Language, requestId?: string): ApiError {
  const base = (statusCode: number): ApiError => ({
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message: statusMessage(statusCode, language),
    ...(requestId ? { requestId } : {}),
  });

  if (error instanceof RequestValidationError) {
    return { ...base(400), issues: error.issues };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const own = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
    // Use-cases may throw with an explicit, already translated message ({ message: { de, en } }).
    const translated = own['message'] && typeof own['message'] === 'object' ? (own['message'] as Partial<Record<Language, string>>)[language] : undefined;
    // A stable machine-readable reason ({ code: 'last-owner' }) lets clients react without parsing text.
    const code = typeof own['code'] === 'string' ? own['code'] : undefined;
    return { ...base(status), ...(translated ? { message: translated } : {}), ...(code ? { code } : {}) };
  }
  const status = statusOf(error);
  return base(status);
}

/** Fastify reports its own failures (body too large, bad JSON, wrong media type) with statusCode. */
function statusOf(error: unknown): number {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
