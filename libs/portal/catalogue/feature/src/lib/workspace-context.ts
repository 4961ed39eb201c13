import { Injectable, computed, inject } from '@angular/core';
import { SessionStore, roleAtLeast } from '@knotenpunkt/portal/tenancy/data-access';

/**
 * The organisation the workspace works on: the session's active organisation, and whether the
 * signed-in person may edit its offers there (editor, admin, owner). Switching the organisation in
 * the header changes it; the pages follow.
 */
@Injectable({ providedIn: 'root' })
export class WorkspaceContext {
  private readonly store = inject(SessionStore);

  readonly tenant = this.store.activeTenant;
  readonly tenantId = computed(() => this.store.activeTenant()?.tenantId ?? '');
  readonly name = computed(() => this.store.activeTenant()?.name ?? '');
  readonly canEdit = computed(() => roleAtLeast(this.store.activeTenant()?.role, 'editor'));
}
