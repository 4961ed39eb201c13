import { Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export type LegalPageId = 'imprint' | 'privacy' | 'accessibility';

/**
 * Platform legal pages (Impressum, Datenschutz, Barrierefreiheit). Their real content is
 * maintained in a later step (per tenant and for the platform); until then they say so.
 */
@Component({
  selector: 'kp-legal-page',
  imports: [TranslocoPipe],
  template: `
    <article class="kp-container kp-page">
      <p class="kp-badge">{{ 'legal.badge' | transloco }}</p>
      <h1>{{ prefix() + '.title' | transloco }}</h1>
      <p class="kp-page__lead">{{ prefix() + '.intro' | transloco }}</p>
      <p>{{ prefix() + '.details' | transloco }}</p>
    </article>
  `,
})
export default class LegalPage {
  /** From the route's `data.page`. */
  readonly page = input.required<LegalPageId>();
  protected readonly prefix = computed(() => `legal.${this.page()}`);
}
