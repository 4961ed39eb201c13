import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { SessionStore, type TenantRole, roleAtLeast } from '@knotenpunkt/portal/tenancy/data-access';
import { map } from 'rxjs';

/**
 * The organisation of a `/verwaltung/:tenantId/...` page and the signed-in person's role there
 * (from the session's memberships). Provided by the admin layout, used by its child pages.
 */
@Injectable()
export class TenantContext {
  private readonly store = inject(SessionStore);
  private readonly route = inject(ActivatedRoute);

  readonly tenantId = toSignal(this.route.paramMap.pipe(map((params) => params.get('tenantId') ?? '')), {
    initialValue: this.route.snapshot.paramMap.get('tenantId') ?? '',
  });
  readonly membership = computed(() => this.store.membership(this.tenantId()));
  readonly role = computed<TenantRole | null>(() => this.membership()?.role ?? null);
  readonly name = computed(() => this.membership()?.name ?? '');
  readonly userId = computed(() => this.store.user()?.id ?? null);

  atLeast(minimum: TenantRole): boolean {
    return roleAtLeast(this.role(), minimum);
  }
}
