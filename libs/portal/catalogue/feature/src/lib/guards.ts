import { DOCUMENT, inject } from '@angular/core';
import { type CanActivateFn, type CanDeactivateFn, Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
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

/** A page that may hold changes not yet saved (the offer editor). */
export interface UnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved changes (the browser's confirm dialog, translated). */
export const unsavedChangesGuard: CanDeactivateFn<UnsavedChanges> = (component) => {
  if (!component?.hasUnsavedChanges()) return true;
  const view = inject(DOCUMENT).defaultView;
  if (!view) return true;
  return view.confirm(inject(TranslocoService).translate('offerEditor.leaveConfirm'));
};

/** Organisation types that can have member organisations and so review their submissions. */
export const REVIEWING_TENANT_TYPES: readonly string[] = ['umbrella', 'municipality'];
