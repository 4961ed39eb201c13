import { Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InvitationPreview } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { LOGIN_PATH, SessionStore, TenantsApi, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { LocalDatePipe } from '@knotenpunkt/portal/tenancy/ui';
import { firstValueFrom } from 'rxjs';

import { SubmitState } from '../../forms/submit-state';

/**
 * `/einladung/:token`: what the invitation is for (organisation, role, address, expiry, status).
 * Logged in with the invited address: accept → the organisation's members page. Logged out:
 * login and sign-up links that come back here.
 */
@Component({
  selector: 'kp-invitation-page',
  imports: [RouterLink, TranslocoPipe, ErrorSummary, LocalDatePipe],
  templateUrl: './invitation-page.html',
})
export default class InvitationPage {
  readonly token = input.required<string>();

  private readonly api = inject(TenantsApi);
  private readonly router = inject(Router);
  protected readonly store = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly loginPath = LOGIN_PATH;

  protected readonly preview = rxResource<InvitationPreview, string>({
    params: () => this.token(),
    stream: ({ params }) => this.api.invitationPreview(params),
  });
  /** `value()` throws in the error state; this does not. */
  protected readonly invitation = computed(() => (this.preview.hasValue() ? this.preview.value() : undefined));
  protected readonly notFound = computed(() => {
    const status = this.preview.status() === 'error' ? apiProblemOf(this.preview.error()).status : null;
    return status === 404 || status === 400;
  });
  protected readonly returnParams = computed(() => ({ returnUrl: `/einladung/${this.token()}` }));
  protected readonly signUpParams = computed(() => ({ ...this.returnParams(), email: this.invitation()?.email ?? '' }));
  /** Logged in as the invited address (the api compares case-insensitively; so do we). */
  protected readonly rightAccount = computed(() => {
    const email = this.store.user()?.email;
    return !!email && email.toLowerCase() === this.invitation()?.email.toLowerCase();
  });
  protected readonly alreadyMember = computed(() => {
    const tenantId = this.invitation()?.tenant.id;
    return !!tenantId && !!this.store.membership(tenantId);
  });

  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('invitation', [], this.summary);
  protected readonly loggingOut = signal(false);

  constructor() {
    void this.store.ensureLoaded();
  }

  protected async accept(): Promise<void> {
    const preview = this.invitation();
    if (!preview || this.state.busy()) return;
    this.state.busy.set(true);
    this.state.reset();
    try {
      const session = await firstValueFrom(this.api.acceptInvitation(this.token()));
      this.store.set(session);
      await this.router.navigate(['/verwaltung', preview.tenant.id, 'mitglieder'], { queryParams: { willkommen: 1 } });
    } catch (error) {
      this.state.fail(error);
      this.preview.reload();
    } finally {
      this.state.busy.set(false);
    }
  }

  /** Wrong account: log out and log in with the invited address, coming back here. */
  protected async switchAccount(): Promise<void> {
    this.loggingOut.set(true);
    try {
      await this.store.logout();
    } catch {
      // Forgotten locally either way.
    }
    await this.router.navigate([LOGIN_PATH], { queryParams: { ...this.returnParams(), email: this.invitation()?.email } });
  }
}
