import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { LOGIN_PATH, SessionStore } from '@knotenpunkt/portal/tenancy/data-access';

import { safeReturnUrl } from './return-url';

/** Default page after login when no (safe) returnUrl was given. */
export const HOME_AFTER_LOGIN = '/konto';

/**
 * Pages that need a session: waits for the session (asked once), and without one sends the
 * visitor to `/anmelden?returnUrl=<the requested page>`.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return session ? true : router.createUrlTree([LOGIN_PATH], { queryParams: { returnUrl: state.url } });
};

/** Login and sign-up: somebody already logged in goes on to `returnUrl` (or the account page). */
export const guestGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  if (!session) return true;
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')) ?? HOME_AFTER_LOGIN);
};
