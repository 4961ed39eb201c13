import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccessibilityContent, ImprintContent, LegalPage, LegalPageId, PrivacyContent } from '@knotenpunkt/shared/contracts';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { TenantsApi, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { LegalContentView } from '@knotenpunkt/portal/tenancy/ui';
import { catchError, of, throwError } from 'rxjs';

import { TenantContext } from '../tenant-context';
import { AccessibilityForm } from './accessibility-form';
import { ImprintForm } from './imprint-form';
import { LEGAL_PAGES, legalPageBySegment, legalSegment } from './legal-pages';
import { PrivacyForm } from './privacy-form';

/**
 * `/verwaltung/:tenantId/rechtliches?seite=impressum|datenschutz|barrierefreiheit`: the three
 * legal pages of the organisation. Admins edit them (forms validated with the contracts' schemas);
 * editors see what is published.
 */
@Component({
  selector: 'kp-legal-edit-page',
  imports: [RouterLink, TranslocoPipe, LegalContentView, ImprintForm, PrivacyForm, AccessibilityForm],
  templateUrl: './legal-edit-page.html',
})
export default class LegalEditPage {
  readonly seite = input<string>();

  protected readonly context = inject(TenantContext);
  private readonly api = inject(TenantsApi);
  protected readonly language = inject(LanguageService);
  protected readonly pages = LEGAL_PAGES;
  protected readonly pageId = computed<LegalPageId>(() => legalPageBySegment(this.seite()));
  protected readonly canEdit = computed(() => this.context.atLeast('admin'));
  protected readonly canRead = computed(() => this.context.atLeast('editor'));
  protected readonly publicUrl = computed(() => `/o/${this.context.membership()?.slug ?? ''}/${legalSegment(this.pageId())}`);

  /** The stored page, or `null` when it has not been filled in yet (404). */
  protected readonly stored = rxResource<LegalPage | null, { tenantId: string; page: LegalPageId } | undefined>({
    params: () => (this.canRead() ? { tenantId: this.context.tenantId(), page: this.pageId() } : undefined),
    stream: ({ params }) =>
      this.api
        .legal(params.tenantId, params.page)
        .pipe(catchError((error: unknown) => (apiProblemOf(error).status === 404 ? of(null) : throwError(() => error)))),
  });
  protected readonly current = computed(() => (this.stored.hasValue() ? this.stored.value() : undefined));
  protected readonly imprint = computed(() => this.contentOf<ImprintContent>('imprint'));
  protected readonly privacy = computed(() => this.contentOf<PrivacyContent>('privacy'));
  protected readonly accessibility = computed(() => this.contentOf<AccessibilityContent>('accessibility'));

  protected onSaved(page: LegalPage): void {
    this.stored.set(page);
  }

  private contentOf<C>(id: LegalPageId): C | null {
    const page = this.current();
    return page && page.page === id ? (page.content as C) : null;
  }
}
