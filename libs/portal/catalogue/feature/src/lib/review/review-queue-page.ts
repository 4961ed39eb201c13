import { Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CatalogueApiService, type ReviewQueueItem, shortDate } from '@knotenpunkt/portal/catalogue/data-access';
import { Pagination } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import type { Page } from '@knotenpunkt/portal/tenancy/data-access';

import { WorkspaceNotice } from '../editor/editor-state';
import { WorkspaceContext } from '../workspace-context';

export const REVIEW_PAGE_SIZE = 20;

/**
 * `/arbeitsbereich/pruefung?seite=`: the review queue of an umbrella organisation (or
 * municipality): its members' submitted offers, oldest first, each opening the submission. After
 * a decision the item is gone and the confirmation from the decision page is shown here.
 */
@Component({
  selector: 'kp-review-queue-page',
  imports: [TranslocoPipe, RouterLink, Pagination],
  template: `
    <h1>{{ 'reviewQueue.title' | transloco }}</h1>
    <p class="kp-page__lead">{{ 'reviewQueue.lead' | transloco: { name: context.name() } }}</p>
    <div role="status">
      @if (result(); as text) {
        <p #resultBox class="kp-notice kp-notice--success" tabindex="-1">{{ text }}</p>
      }
    </div>
    <div role="status">
      @if (queue.isLoading()) {
        <p class="kp-loading">{{ 'forms.loading' | transloco }}</p>
      }
    </div>
    @if (queue.status() === 'error') {
      <p class="kp-notice kp-notice--error">{{ 'reviewQueue.loadFailed' | transloco }}</p>
    }
    @if (list(); as page) {
      @if (page.items.length) {
        <table class="kp-table kp-table--stack">
          <caption class="kp-visually-hidden">{{ 'reviewQueue.caption' | transloco: { total: page.total } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reviewQueue.columns.title' | transloco }}</th>
              <th scope="col">{{ 'reviewQueue.columns.provider' | transloco }}</th>
              <th scope="col">{{ 'reviewQueue.columns.submitted' | transloco }}</th>
              <th scope="col">{{ 'reviewQueue.columns.next' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of page.items; track item.id) {
              <tr>
                <td [attr.data-label]="'reviewQueue.columns.title' | transloco">
                  <a [routerLink]="['/arbeitsbereich/pruefung', item.id]">{{ item.title }}</a>
                  <span class="kp-visually-hidden">, </span>
                  <span class="review__kind">{{ 'offerKinds.' + item.kind | transloco }}</span>
                </td>
                <td [attr.data-label]="'reviewQueue.columns.provider' | transloco">{{ item.provider.name }}</td>
                <td [attr.data-label]="'reviewQueue.columns.submitted' | transloco">{{ item.submittedAt ? date(item.submittedAt) : '–' }}</td>
                <td [attr.data-label]="'reviewQueue.columns.next' | transloco">
                  {{ item.nextSessionStartsAt ? date(item.nextSessionStartsAt) : ('catalogueOffers.noDate' | transloco) }}
                </td>
              </tr>
            }
          </tbody>
        </table>
        <kp-pagination [page]="page.page" [pageSize]="pageSize" [total]="page.total" [label]="'reviewQueue.pages' | transloco" (pageChange)="goTo($event)" />
      } @else {
        <div class="kp-empty-state">
          <h2>{{ 'reviewQueue.empty.title' | transloco }}</h2>
          <p>{{ 'reviewQueue.empty.text' | transloco }}</p>
        </div>
      }
    }
  `,
  styles: `
    .review__kind {
      display: block;
      font-size: 0.9375rem;
      color: var(--kp-muted);
    }
  `,
})
export default class ReviewQueuePage {
  readonly seite = input<string>();

  protected readonly context = inject(WorkspaceContext);
  private readonly api = inject(CatalogueApiService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly resultBox = viewChild<ElementRef<HTMLElement>>('resultBox');
  protected readonly pageSize = REVIEW_PAGE_SIZE;
  protected readonly result = signal(inject(WorkspaceNotice).take());

  private readonly page = computed(() => {
    const page = Number(this.seite());
    return Number.isInteger(page) && page > 0 ? page : 1;
  });
  protected readonly queue = rxResource<Page<ReviewQueueItem>, { tenantId: string; page: number } | undefined>({
    params: () => (this.context.canEdit() ? { tenantId: this.context.tenantId(), page: this.page() } : undefined),
    stream: ({ params }) => this.api.reviews(params.tenantId, params.page, REVIEW_PAGE_SIZE),
  });
  protected readonly list = computed(() => (this.queue.hasValue() ? this.queue.value() : undefined));

  constructor() {
    if (this.result()) afterNextRender(() => this.resultBox()?.nativeElement.focus(), { injector: this.injector });
  }

  protected date(value: string): string {
    return shortDate(value, this.language.current());
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { queryParams: { seite: page }, queryParamsHandling: 'merge' });
  }
}
