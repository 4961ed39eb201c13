import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { SessionStore, roleAtLeast } from '@knotenpunkt/portal/tenancy/data-access';

/** Where people without editing rights in the active organisation are sent (explains why). */
export const WORKSPACE_NO_ACCESS_PATH = '/arbeitsbereich/kein-zugang';

/**
 * The workspace pages work on the active organisation: they need editor, admin or owner there
 * (the api's rule for offers and imports). Runs after `authGuard`, so the session is known.
 */
export const workspaceEditorGuard: CanActivateFn = async () => {
  const store = inject(SessionStore);
  const router = inject(Router);
  await store.ensureLoaded();
  return roleAtLeast(store.activeTenant()?.role, 'editor') ? true : router.parseUrl(WORKSPACE_NO_ACCESS_PATH);
};
