import { Component, DOCUMENT, ElementRef, Injector, afterNextRender, inject, input, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** One entry of the summary: the id of the field it links to and the message. */
export interface ErrorSummaryItem {
  readonly id: string;
  readonly message: string;
}

let nextId = 0;

/**
 * Error summary at the top of a form (GOV.UK pattern): a heading, an optional general message
 * (e.g. the api's answer) and one link per invalid field that moves focus to that field. Pages
 * call `focus()` after a failed submit so screen readers read it at once.
 */
@Component({
  selector: 'kp-error-summary',
  imports: [TranslocoPipe],
  template: `
    @if (errors().length || message()) {
      <div #box class="kp-error-summary" tabindex="-1" [attr.aria-labelledby]="titleId">
        <h2 class="kp-error-summary__title" [id]="titleId">{{ title() | transloco }}</h2>
        @if (message(); as text) {
          <p class="kp-error-summary__message">{{ text }}</p>
        }
        @if (errors().length) {
          <ul class="kp-error-summary__list">
            @for (error of errors(); track error.id) {
              <li>
                <a [href]="'#' + error.id" (click)="focusField($event, error.id)">{{ error.message }}</a>
              </li>
            }
          </ul>
        }
        <ng-content />
      </div>
    }
  `,
})
export class ErrorSummary {
  readonly errors = input<readonly ErrorSummaryItem[]>([]);
  /** A message that belongs to no single field. */
  readonly message = input<string | null>(null);
  /** Translation key of the heading. */
  readonly title = input('forms.summaryTitle');

  protected readonly titleId = `kp-error-summary-${++nextId}`;
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  /** Moves focus to the summary once it is rendered. */
  focus(): void {
    afterNextRender(() => this.box()?.nativeElement.focus(), { injector: this.injector });
  }

  /** `href="#id"` alone would resolve against `<base href>` and leave the page. */
  protected focusField(event: Event, id: string): void {
    event.preventDefault();
    const field = this.document.getElementById(id);
    field?.focus();
    field?.scrollIntoView?.({ block: 'center' });
  }
}
