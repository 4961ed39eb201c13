import { Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CatalogueApiService } from '@knotenpunkt/portal/catalogue/data-access';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { FormErrors, LanguageService } from '@knotenpunkt/portal/shared/util';
import { apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { WorkspaceNotice } from '../editor/editor-state';
import { OfferPreview } from '../editor/offer-preview';
import { WorkspaceContext } from '../workspace-context';

/** The api's bounds for a return comment (`reviewReturnRequestSchema`). */
export const RETURN_COMMENT_MIN = 5;
export const RETURN_COMMENT_MAX = 2000;

/**
 * `/arbeitsbereich/pruefung/:id`: one member's submission, shown as its public page would show it,
 * with the two decisions: "Freigeben" (published at once) and "Zurückgeben" with a comment the
 * provider will see. Afterwards the queue opens with a confirmation.
 */
@Component({
  selector: 'kp-review-item-page',
  imports: [TranslocoPipe, RouterLink, ErrorSummary, OfferPreview],
  template: `
    <h1>{{ 'reviewItem.title' | transloco }}</h1>
    <p><a routerLink="/arbeitsbereich/pruefung">{{ 'reviewItem.back' | transloco }}</a></p>
    @if (item.isLoading()) {
      <p class="kp-loading" role="status">{{ 'forms.loading' | transloco }}</p>
    } @else if (notFound()) {
      <div class="kp-empty-state">
        <p>{{ 'reviewItem.notFound' | transloco }}</p>
      </div>
    } @else if (item.status() === 'error') {
      <p class="kp-notice kp-notice--error">{{ 'forms.unreachable' | transloco }}</p>
    } @else if (offer(); as o) {
      <p class="kp-page__lead">{{ 'reviewItem.lead' | transloco: { provider: o.provider.name } }}</p>
      <kp-error-summary [errors]="errors.list()" [message]="problem()" />
      <section class="review__decision" aria-labelledby="review-decision">
        <h2 id="review-decision">{{ 'reviewItem.decision' | transloco }}</h2>
        <div class="kp-form__actions">
          <button type="button" class="kp-button" [attr.aria-busy]="busy() === 'approve' ? 'true' : null" [attr.aria-disabled]="busy() ? 'true' : null" (click)="approve()">
            {{ 'reviewItem.approve' | transloco }}
          </button>
        </div>
        <form class="kp-form" novalidate aria-labelledby="review-return" (submit)="returnIt($event)">
          <h3 id="review-return">{{ 'reviewItem.returnTitle' | transloco }}</h3>
          <div class="kp-field">
            <label [for]="errors.idOf('comment')">{{ 'reviewItem.comment' | transloco }}</label>
            <p class="kp-field__hint" id="review-comment-hint">{{ 'reviewItem.commentHint' | transloco }}</p>
            <textarea
              class="kp-textarea"
              rows="4"
              [id]="errors.idOf('comment')"
              aria-required="true"
              [attr.maxlength]="max"
              [value]="comment()"
              [attr.aria-invalid]="errors.invalid('comment')"
              [attr.aria-describedby]="errors.describedBy('comment', 'review-comment-hint')"
              (input)="comment.set(value($event))"
            ></textarea>
            @if (errors.messageOf('comment'); as msg) {
              <p class="kp-field__error" [id]="errors.errorIdOf('comment')"><span class="kp-visually-hidden">{{ 'forms.errorPrefix' | transloco }}</span> {{ msg }}</p>
            }
          </div>
          <div class="kp-form__actions">
            <button type="submit" class="kp-button kp-button--secondary" [attr.aria-busy]="busy() === 'return' ? 'true' : null" [attr.aria-disabled]="busy() ? 'true' : null">
              {{ 'reviewItem.return' | transloco }}
            </button>
          </div>
        </form>
      </section>
      <section class="review__preview" aria-labelledby="review-preview">
        <h2 id="review-preview">{{ 'reviewItem.preview' | transloco }}</h2>
        <kp-offer-preview [offer]="o" idPrefix="review-preview" />
      </section>
    }
  `,
  styles: `
    .review__decision {
      max-width: 40rem;
      margin-bottom: 2rem;
    }
  `,
})
export default class ReviewItemPage {
  readonly id = input.required<string>();

  private readonly context = inject(WorkspaceContext);
  private readonly api = inject(CatalogueApiService);
  private readonly router = inject(Router);
  private readonly notice = inject(WorkspaceNotice);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly max = RETURN_COMMENT_MAX;
  protected readonly errors = new FormErrors('review', ['comment']);
  protected readonly comment = signal('');
  protected readonly busy = signal<'approve' | 'return' | null>(null);
  protected readonly problem = signal<string | null>(null);

  protected readonly item = rxResource({
    params: () => (this.context.canEdit() ? { tenantId: this.context.tenantId(), id: this.id() } : undefined),
    stream: ({ params }) => this.api.reviewItem(params.tenantId, params.id),
  });
  protected readonly offer = computed(() => (this.item.hasValue() ? this.item.value() : undefined));
  protected readonly notFound = computed(() => this.item.status() === 'error' && [400, 404].includes(apiProblemOf(this.item.error()).status));

  protected value(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected async approve(): Promise<void> {
    const offer = this.offer();
    if (!offer || this.busy()) return;
    this.busy.set('approve');
    this.errors.clear();
    try {
      await firstValueFrom(this.api.approve(this.context.tenantId(), offer.id));
      await this.finish(this.t('reviewItem.approved', { title: offer.title, provider: offer.provider.name }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  protected async returnIt(event: Event): Promise<void> {
    event.preventDefault();
    const offer = this.offer();
    if (!offer || this.busy()) return;
    const comment = this.comment().trim();
    if (comment.length < RETURN_COMMENT_MIN) {
      this.errors.set([{ path: 'comment', message: this.t(comment ? 'forms.errors.minLength' : 'reviewItem.commentRequired', { min: RETURN_COMMENT_MIN }) }]);
      this.problem.set(null);
      this.summary()?.focus();
      return;
    }
    this.busy.set('return');
    try {
      await firstValueFrom(this.api.returnToProvider(this.context.tenantId(), offer.id, comment));
      await this.finish(this.t('reviewItem.returned', { title: offer.title, provider: offer.provider.name }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  private async finish(message: string): Promise<void> {
    this.notice.set(message);
    await this.router.navigateByUrl('/arbeitsbereich/pruefung');
  }

  private fail(error: unknown): void {
    const problem = apiProblemOf(error);
    this.errors.set(problem.issues.map((issue) => ({ path: issue.path.replace(/^body\./, ''), message: issue.message })).filter((issue) => issue.path === 'comment'));
    this.problem.set(problem.message ?? this.t(problem.status === 0 || problem.status >= 500 ? 'forms.unreachable' : 'forms.failed'));
    this.summary()?.focus();
    if (problem.status === 404) this.item.reload();
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.language.current());
  }
}
