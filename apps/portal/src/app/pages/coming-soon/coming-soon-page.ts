import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RegionSuggestion } from '@knotenpunkt/shared/contracts';
import { RegionsService } from '@knotenpunkt/portal/regions/data-access';
import { RegionPicker, RegionSuggestionSource } from '@knotenpunkt/portal/regions/ui';

export type ComingSoonFeature = 'offers' | 'partners';

/**
 * Honest empty state for features that are not built yet ("Angebote finden", "Partner finden").
 * The offers page already lets visitors pick a region or PLZ; the search itself comes later.
 */
@Component({
  selector: 'kp-coming-soon-page',
  imports: [RouterLink, TranslocoPipe, RegionPicker],
  providers: [{ provide: RegionSuggestionSource, useFactory: (): RegionSuggestionSource => inject(RegionsService) }],
  template: `
    <div class="kp-container kp-page">
      <p class="kp-badge">{{ 'comingSoon.badge' | transloco }}</p>
      <h1>{{ prefix() + '.title' | transloco }}</h1>
      <p class="kp-page__lead">{{ prefix() + '.text' | transloco }}</p>
      @if (feature() === 'offers') {
        <section class="region-step" aria-labelledby="region-step-title">
          <h2 id="region-step-title">{{ 'offersRegion.title' | transloco }}</h2>
          <p>{{ 'offersRegion.intro' | transloco }}</p>
          <kp-region-picker [(value)]="region" />
          @if (region(); as picked) {
            <p class="region-step__choice">
              {{ 'offersRegion.chosen' | transloco }} <strong>{{ picked.label }} ({{ picked.context }})</strong>
            </p>
          }
          <p class="region-step__note">{{ 'offersRegion.nextStep' | transloco }}</p>
        </section>
      }
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
  styles: `
    .region-step {
      max-width: 44rem;
      margin-top: 2rem;
      padding: clamp(1rem, 4vw, 2rem);
      border: 1px solid var(--kp-border);
      border-radius: var(--kp-radius);
      background: var(--kp-surface);
      box-shadow: var(--kp-shadow);
    }
    .region-step__choice {
      margin: 1rem 0 0;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--kp-primary);
      background: var(--kp-surface-tint);
    }
    .region-step__note {
      margin: 1rem 0 0;
      color: var(--kp-muted);
    }
  `,
})
export default class ComingSoonPage {
  /** From the route's `data.feature`. */
  readonly feature = input.required<ComingSoonFeature>();
  protected readonly prefix = computed(() => `comingSoon.${this.feature()}`);
  /** The region or PLZ picked in the offers page (kept only while the page is open). */
  protected readonly region = signal<RegionSuggestion | null>(null);
}
