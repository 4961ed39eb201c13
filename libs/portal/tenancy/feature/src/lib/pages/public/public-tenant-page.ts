import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PublicTenant } from '@knotenpunkt/shared/contracts';
import { TenantsApi, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';

import { TenantLegalLinks } from './tenant-legal-links';

/** `/o/:slug`: an organisation's public page (name, type, parent) with its legal links. */
@Component({
  selector: 'kp-public-tenant-page',
  imports: [RouterLink, TranslocoPipe, TenantLegalLinks],
  template: `
    <div class="kp-container kp-page">
      @if (tenant(); as org) {
        <p class="kp-eyebrow">{{ 'tenantTypes.' + org.type | transloco }}</p>
        <h1>{{ org.name }}</h1>
        <dl class="kp-details">
          <dt>{{ 'publicTenant.type' | transloco }}</dt>
          <dd>{{ 'tenantTypes.' + org.type | transloco }}</dd>
          @if (org.parent; as parent) {
            <dt>{{ 'publicTenant.parent' | transloco }}</dt>
            <dd>
              <a [routerLink]="['/o', parent.slug]">{{ parent.name }}</a>
            </dd>
          }
        </dl>
        <div class="kp-empty-state">
          <h2>{{ 'publicTenant.offersTitle' | transloco }}</h2>
          <p>{{ 'publicTenant.offersText' | transloco }}</p>
        </div>
        <kp-tenant-legal-links [tenant]="org" />
      } @else if (notFound()) {
        <p class="kp-badge">404</p>
        <h1>{{ 'publicTenant.notFoundTitle' | transloco }}</h1>
        <p class="kp-page__lead">{{ 'publicTenant.notFoundText' | transloco }}</p>
        <a class="kp-button" routerLink="/">{{ 'notFound.back' | transloco }}</a>
      } @else if (organisation.status() === 'error') {
        <h1>{{ 'publicTenant.title' | transloco }}</h1>
        <p class="kp-notice kp-notice--error">{{ 'forms.unreachable' | transloco }}</p>
      } @else {
        <h1>{{ 'publicTenant.title' | transloco }}</h1>
        <p class="kp-loading" role="status">{{ 'forms.loading' | transloco }}</p>
      }
    </div>
  `,
})
export default class PublicTenantPage {
  readonly slug = input.required<string>();
  private readonly api = inject(TenantsApi);

  protected readonly organisation = rxResource<PublicTenant, string>({
    params: () => this.slug(),
    stream: ({ params }) => this.api.bySlug(params),
  });
  protected readonly tenant = computed(() => (this.organisation.hasValue() ? this.organisation.value() : undefined));
  protected readonly notFound = computed(() => {
    if (this.organisation.status() !== 'error') return false;
    const status = apiProblemOf(this.organisation.error()).status;
    return status === 404 || status === 400;
  });
}
