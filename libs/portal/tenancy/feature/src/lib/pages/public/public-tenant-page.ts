import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PublicTenant } from '@knotenpunkt/shared/contracts';
import { type PublicOrganisation, PublicCatalogueService, shortDate } from '@knotenpunkt/portal/catalogue/data-access';
import { Pagination } from '@knotenpunkt/portal/shared/ui';
import { LanguageService, responseStatusWhen } from '@knotenpunkt/portal/shared/util';
import { TenantsApi, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';

import { TenantLegalLinks } from './tenant-legal-links';

/**
 * `/o/:slug?seite=`: an organisation's public page: name, type, parent (tenancy), its profile
 * (description, address, service areas, topics, audiences, contact points, website) and the
 * paginated "Aktuelle Angebote" linking to `/angebote/:slug` (catalogue, `GET /organisations/:slug`),
 * and its legal links.
 */
@Component({
  selector: 'kp-public-tenant-page',
  imports: [RouterLink, TranslocoPipe, TenantLegalLinks, Pagination],
  templateUrl: './public-tenant-page.html',
  styleUrl: './public-tenant-page.css',
})
export default class PublicTenantPage {
  readonly slug = input.required<string>();
  readonly seite = input<string>();
  private readonly api = inject(TenantsApi);
  private readonly catalogue = inject(PublicCatalogueService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService);

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
  constructor() {
    responseStatusWhen(() => this.notFound());
  }

  private readonly page = computed(() => {
    const page = Number(this.seite());
    return Number.isInteger(page) && page > 0 ? page : 1;
  });
  protected readonly catalogueProfile = rxResource<PublicOrganisation, { slug: string; page: number }>({
    params: () => ({ slug: this.slug(), page: this.page() }),
    stream: ({ params }) => this.catalogue.organisation(params.slug, params.page),
  });
  protected readonly profile = computed(() => (this.catalogueProfile.hasValue() ? this.catalogueProfile.value() : undefined));
  protected readonly description = computed(() =>
    (this.profile()?.description ?? '')
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean),
  );
  protected readonly hasContact = computed(() => {
    const profile = this.profile();
    return !!profile && (!!profile.website || !!profile.email || !!profile.phone || profile.contactPoints.length > 0);
  });

  protected date(value: string): string {
    return shortDate(value, this.language.current());
  }

  protected tel(phone: string): string {
    return `tel:${phone.replace(/[^+0-9]/g, '')}`;
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { seite: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
