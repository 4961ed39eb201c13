import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { tap } from 'rxjs';

import { SessionStore } from './session-store';

/** Calls whose 401 is an answer, not an expired session. */
const OWN_401 = [/\/auth\/session$/, /\/auth\/login$/, /\/me\/password$/];

export const LOGIN_PATH = '/anmelden';

/**
 * When the api answers 401 to a call that needs a session (it expired, or was ended on another
 * device), forget the session and send the visitor to the login page, which brings them back.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || error.status !== 401) return;
        const path = request.url.split('?')[0] ?? '';
        if (OWN_401.some((pattern) => pattern.test(path)) || !store.isAuthenticated()) return;
        store.clear();
        const returnUrl = router.url;
        void router.navigate([LOGIN_PATH], { queryParams: { returnUrl, abgelaufen: 1 } });
      },
    }),
  );
};
