import { Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LegalPage } from '@knotenpunkt/shared/contracts';

import { LocalDatePipe } from '../date/local-date.pipe';

/**
 * Renders the structured content of an Impressum, Datenschutzerklärung or Erklärung zur
 * Barrierefreiheit. Everything is interpolated as text (Angular escapes it); free-text fields keep
 * their line breaks with `white-space: pre-line`. Never innerHTML.
 */
@Component({
  selector: 'kp-legal-content-view',
  imports: [TranslocoPipe, LocalDatePipe],
  templateUrl: './legal-content-view.html',
  styles: `
    :host {
      display: block;
      max-width: 48rem;
    }
    h2 {
      margin-top: 2rem;
    }
    address {
      font-style: normal;
    }
    .updated {
      margin-top: 2.5rem;
      font-size: 0.9375rem;
      color: var(--kp-muted);
    }
  `,
})
export class LegalContentView {
  readonly page = input.required<LegalPage>();
  /** For the dates ("Stand", "zuletzt aktualisiert"). */
  readonly language = input.required<string>();

  protected readonly imprint = computed(() => {
    const page = this.page();
    return page.page === 'imprint' ? page.content : null;
  });
  protected readonly privacy = computed(() => {
    const page = this.page();
    return page.page === 'privacy' ? page.content : null;
  });
  protected readonly accessibility = computed(() => {
    const page = this.page();
    return page.page === 'accessibility' ? page.content : null;
  });
}
