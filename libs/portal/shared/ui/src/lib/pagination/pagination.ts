import { Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * "Zurück / Seite 2 von 5 (Einträge 21–40 von 95) / Weiter". The buttons stay focusable at the
 * ends (`aria-disabled`), so keyboard focus is not lost when the last page is reached; the status
 * text is a polite live region.
 */
@Component({
  selector: 'kp-pagination',
  imports: [TranslocoPipe],
  template: `
    @if (total() > 0) {
      <nav class="kp-pagination" [attr.aria-label]="label()">
        @if (pages() > 1) {
          <button
            type="button"
            class="kp-button kp-button--secondary kp-button--small"
            [attr.aria-disabled]="page() <= 1 ? 'true' : null"
            (click)="go(page() - 1)"
          >
            {{ 'pagination.previous' | transloco }}
          </button>
        }
        <p class="kp-pagination__status" aria-live="polite">
          {{ 'pagination.status' | transloco: { page: page(), pages: pages(), from: from(), to: to(), total: total() } }}
        </p>
        @if (pages() > 1) {
          <button
            type="button"
            class="kp-button kp-button--secondary kp-button--small"
            [attr.aria-disabled]="page() >= pages() ? 'true' : null"
            (click)="go(page() + 1)"
          >
            {{ 'pagination.next' | transloco }}
          </button>
        }
      </nav>
    }
  `,
})
export class Pagination {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  /** Accessible name of the navigation, e.g. "Seiten der Mitgliederliste". */
  readonly label = input.required<string>();
  readonly pageChange = output<number>();

  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
  protected readonly from = computed(() => Math.min(this.total(), (this.page() - 1) * this.pageSize() + 1));
  protected readonly to = computed(() => Math.min(this.total(), this.page() * this.pageSize()));

  protected go(page: number): void {
    if (page < 1 || page > this.pages() || page === this.page()) return;
    this.pageChange.emit(page);
  }
}
