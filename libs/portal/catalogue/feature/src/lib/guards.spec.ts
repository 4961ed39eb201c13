import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, type RouterStateSnapshot, UrlTree } from '@angular/router';
import { OFFER_ACTIONS, OFFER_STATUSES } from '@knotenpunkt/portal/catalogue/data-access';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { offerKinds } from '@knotenpunkt/shared/contracts';
import { configure, sessionFixture } from '@knotenpunkt/portal/shared/testing';

import { WORKSPACE_NO_ACCESS_PATH, unsavedChangesGuard, workspaceEditorGuard } from './guards';
import { OFFER_KIND_KEYS, catalogueDynamicI18nKeys } from './i18n-keys';

const sessionInfo = sessionFixture({ activeTenant: 'verein-a' });

async function guard(activeTenantId: string | null): Promise<unknown> {
  await configure({ xsrfToken: 'token' });
  TestBed.inject(SessionStore).set({ ...sessionInfo, activeTenantId });
  return TestBed.runInInjectionContext(() => workspaceEditorGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
}

describe('workspaceEditorGuard', () => {
  it('lets editors and above of the active organisation in', async () => {
    expect(await guard(sessionInfo.memberships[0]?.tenantId ?? '')).toBe(true);
  });

  it('sends viewers and people without an active organisation to the no-access page', async () => {
    for (const active of [sessionInfo.memberships[1]?.tenantId ?? '', null]) {
      TestBed.resetTestingModule();
      const result = await guard(active);
      expect(result).toBeInstanceOf(UrlTree);
      expect(String(result)).toBe(WORKSPACE_NO_ACCESS_PATH);
    }
  });
});

describe('unsavedChangesGuard', () => {
  it('asks before leaving unsaved changes and lets clean pages go', async () => {
    await configure({ xsrfToken: 'token' });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const leave = (dirty: boolean) =>
      TestBed.runInInjectionContext(() => unsavedChangesGuard({ hasUnsavedChanges: () => dirty }, {} as ActivatedRouteSnapshot, {} as RouterStateSnapshot, {} as RouterStateSnapshot));
    expect(leave(false)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(leave(true)).toBe(false);
    expect(leave(true)).toBe(true);
    expect(confirm).toHaveBeenCalledWith('Ihre Änderungen am Angebot sind noch nicht gespeichert. Seite trotzdem verlassen?');
    confirm.mockRestore();
  });
});

describe('i18n keys', () => {
  it('list every offer kind of the contracts', () => {
    expect(OFFER_KIND_KEYS).toEqual(offerKinds);
    const keys = catalogueDynamicI18nKeys();
    for (const status of OFFER_STATUSES) expect(keys).toContain(`offerStatus.${status}`);
    for (const action of OFFER_ACTIONS) expect(keys).toContain(`catalogueOffers.actionOf.${action}`);
  });
});
