import type { HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';

import { LanguageService } from './language.service';

/**
 * Sends the portal's current language as `Accept-Language` with every same-origin request, so
 * the api's error and validation messages come back in the language the visitor reads. A header
 * set by the caller wins; requests to other origins are left alone.
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.headers.has('Accept-Language')) return next(request);
  const origin = inject(DOCUMENT).location?.origin;
  try {
    if (origin && new URL(request.url, origin).origin !== origin) return next(request);
  } catch {
    return next(request);
  }
  const language = inject(LanguageService).current();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
