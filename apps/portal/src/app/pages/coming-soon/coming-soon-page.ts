import { Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

export type ComingSoonFeature = 'offers' | 'partners';

/** Honest empty state for features that are not built yet ("Angebote finden", "Partner finden"). */
@Component({
  selector: 'kp-coming-soon-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <div class="kp-container kp-page">
      <p class="kp-badge">{{ 'comingSoon.badge' | transloco }}</p>
      <h1>{{ prefix() + '.title' | transloco }}</h1>
      <p class="kp-page__lead">{{ prefix() + '.text' | transloco }}</p>
      <div class="kp-empty-state">
        <svg class="kp-empty-state__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <circle cx="21" cy="21" r="12" fill="none" stroke="currentColor" stroke-width="3" />
          <line x1="30" y1="30" x2="41" y2="41" stroke="currentColor" stroke-width="4" stroke-linecap="round" />
        </svg>
        <h2>{{ 'comingSoon.emptyTitle' | transloco }}</h2>
        <p>{{ 'comingSoon.emptyText' | transloco }}</p>
        <a class="kp-button kp-button--secondary" routerLink="/">{{ 'comingSoon.back' | transloco }}</a>
      </div>
    </div>
  `,
})
export default class ComingSoonPage {
  /** From the route's `data.feature`. */
  readonly feature = input.required<ComingSoonFeature>();
  protected readonly prefix = computed(() => `comingSoon.${this.feature()}`);
}
