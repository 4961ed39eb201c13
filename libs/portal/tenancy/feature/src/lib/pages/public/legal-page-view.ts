import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LegalPage, LegalPageId, PublicTenant } from '@knotenpunkt/shared/contracts';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { PlatformApi, TenantsApi, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { LegalContentView } from '@knotenpunkt/portal/tenancy/ui';
import { type Observable, catchError, of, throwError } from 'rxjs';

import { TenantLegalLinks } from './tenant-legal-links';

/** 404 means "not filled in yet", which the page shows as an empty state. */
function orNull<T>(source: Observable<T>): Observable<T | null> {
  return source.pipe(catchError((error: unknown) => (apiProblemOf(error).status === 404 ? of(null) : throwError(() => error))));
}

/**
 * A legal page rendered from its structured content: the platform's own (`/impressum`,
 * `/datenschutz`, `/barrierefreiheit`, from `GET /platform/legal/:page`) or an organisation's
 * (`/o/:slug/impressum`, … with the organisation's legal links below). Not yet filled in: a clear
 * empty state.
 */
@Component({
  selector: 'kp-legal-page-view',
  imports: [RouterLink, TranslocoPipe, LegalContentView, TenantLegalLinks],
  template: `
    <article class="kp-container kp-page">
      @if (slug()) {
        @if (tenant(); as org) {
          <p class="kp-eyebrow"><a [routerLink]="['/o', org.slug]">{{ org.name }}</a></p>
        }
      }
      <h1>{{ 'legalView.titles.' + page() | transloco }}</h1>
      <div role="status">
        @if (content.isLoading()) {
          <p class="kp-loading">{{ 'forms.loading' | transloco }}</p>
        }
      </div>
      @if (content.status() === 'error') {
        <p class="kp-notice kp-notice--error">{{ 'forms.unreachable' | transloco }}</p>
      }
      @if (current(); as legal) {
        <kp-legal-content-view [page]="legal" [language]="language.current()" />
      } @else if (current() === null) {
        <div class="kp-empty-state">
          <h2>{{ 'legalView.emptyTitle' | transloco }}</h2>
          <p>{{ (slug() ? 'legalView.emptyTenant' : 'legal.' + page() + '.empty') | transloco }}</p>
        </div>
      }
      @if (tenant(); as org) {
        <kp-tenant-legal-links [tenant]="org" />
      }
    </article>
  `,
})
export default class LegalPageView {
  /** From the route's `data.page`. */
  readonly page = input.required<LegalPageId>();
  /** The organisation's short name; none for the platform's own pages. */
  readonly slug = input<string>();

  private readonly tenants = inject(TenantsApi);
  private readonly platform = inject(PlatformApi);
  protected readonly language = inject(LanguageService);

  protected readonly content = rxResource<LegalPage | null, { page: LegalPageId; slug: string | undefined }>({
    params: () => ({ page: this.page(), slug: this.slug() }),
    stream: ({ params }) =>
      orNull(params.slug ? this.tenants.publicLegal(params.slug, params.page) : this.platform.legal(params.page)),
  });
  protected readonly current = computed(() => (this.content.hasValue() ? this.content.value() : undefined));

  private readonly organisation = rxResource<PublicTenant | null, string | undefined>({
    params: () => this.slug(),
    stream: ({ params }) => orNull(this.tenants.bySlug(params)),
  });
  protected readonly tenant = computed(() => (this.organisation.hasValue() ? this.organisation.value() : null));
}
