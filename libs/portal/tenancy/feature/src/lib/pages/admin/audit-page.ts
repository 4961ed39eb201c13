import { Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AuditEntry } from '@knotenpunkt/shared/contracts';
import { Pagination } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { type Page, TenantsApi } from '@knotenpunkt/portal/tenancy/data-access';
import { LocalDatePipe } from '@knotenpunkt/portal/tenancy/ui';

import { auditActionKey } from '../../i18n-keys';
import { TenantContext } from './tenant-context';

export const AUDIT_PAGE_SIZE = 25;

/** `details` as readable "key: value" lines (values that are not text as JSON). */
export function detailLines(details: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(details).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

/** `/verwaltung/:tenantId/protokoll`: the organisation's audit log, newest first (admins). */
@Component({
  selector: 'kp-audit-page',
  imports: [TranslocoPipe, Pagination, LocalDatePipe],
  template: `
    <h1>{{ 'audit.title' | transloco }}</h1>
    <p class="kp-page__lead">{{ 'audit.lead' | transloco }}</p>
    @if (!canRead()) {
      <div class="kp-empty-state">
        <p>{{ 'audit.noPermission' | transloco }}</p>
      </div>
    } @else {
      <div role="status">
        @if (entries.isLoading()) {
          <p class="kp-loading">{{ 'forms.loading' | transloco }}</p>
        }
      </div>
      @if (entries.status() === 'error') {
        <p class="kp-notice kp-notice--error">{{ 'forms.unreachable' | transloco }}</p>
      }
      @if (list(); as page) {
        @if (page.items.length) {
          <table class="kp-table kp-table--stack">
            <caption class="kp-visually-hidden">{{ 'audit.caption' | transloco: { name: context.name() } }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'audit.when' | transloco }}</th>
                <th scope="col">{{ 'audit.who' | transloco }}</th>
                <th scope="col">{{ 'audit.action' | transloco }}</th>
                <th scope="col">{{ 'audit.target' | transloco }}</th>
                <th scope="col">{{ 'audit.details' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of page.items; track entry.id) {
                <tr>
                  <td [attr.data-label]="'audit.when' | transloco">{{ entry.occurredAt | kpDate: language.current() : 'dateTime' }}</td>
                  <td [attr.data-label]="'audit.who' | transloco">{{ entry.actor?.displayName ?? ('audit.system' | transloco) }}</td>
                  <td [attr.data-label]="'audit.action' | transloco">
                    {{ actionLabel(entry) }}
                    @if (actionLabel(entry) !== entry.action) {
                      <br /><code class="code">{{ entry.action }}</code>
                    }
                  </td>
                  <td [attr.data-label]="'audit.target' | transloco">{{ entry.target ?? '–' }}</td>
                  <td [attr.data-label]="'audit.details' | transloco" class="kp-pre-line">{{ details(entry) }}</td>
                </tr>
              }
            </tbody>
          </table>
          <kp-pagination
            [page]="page.page"
            [pageSize]="pageSize"
            [total]="page.total"
            [label]="'audit.pages' | transloco"
            (pageChange)="goTo($event)"
          />
        } @else {
          <div class="kp-empty-state">
            <p>{{ 'audit.empty' | transloco }}</p>
          </div>
        }
      }
    }
  `,
  styles: `
    .code {
      font-size: 0.8125rem;
      color: var(--kp-muted);
    }
  `,
})
export default class AuditPage {
  readonly seite = input<string>();

  protected readonly context = inject(TenantContext);
  private readonly api = inject(TenantsApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  protected readonly pageSize = AUDIT_PAGE_SIZE;
  protected readonly canRead = computed(() => this.context.atLeast('admin'));
  private readonly page = computed(() => {
    const page = Number(this.seite());
    return Number.isInteger(page) && page > 0 ? page : 1;
  });

  protected readonly entries = rxResource<Page<AuditEntry>, { tenantId: string; page: number } | undefined>({
    params: () => (this.canRead() ? { tenantId: this.context.tenantId(), page: this.page() } : undefined),
    stream: ({ params }) => this.api.audit(params.tenantId, { page: params.page, pageSize: AUDIT_PAGE_SIZE }),
  });
  protected readonly list = computed(() => (this.entries.hasValue() ? this.entries.value() : undefined));

  /** A translated label for known actions (`audit.actions.<action>` with dots as `_`), else the code. */
  protected actionLabel(entry: AuditEntry): string {
    const key = auditActionKey(entry.action);
    const text = this.transloco.translate(key, {}, this.language.current());
    return text === key ? entry.action : text;
  }

  protected details(entry: AuditEntry): string {
    return detailLines(entry.details).join('\n');
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { seite: page }, queryParamsHandling: 'merge' });
  }
}
