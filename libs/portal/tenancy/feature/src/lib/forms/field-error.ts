import { Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FormErrors } from '@knotenpunkt/portal/shared/util';

/**
 * The error text under a field; its id is what the field's `aria-describedby` points to. The
 * visually hidden "Fehler:" makes the message recognisable when it is read out on its own.
 */
@Component({
  selector: 'kp-field-error',
  imports: [TranslocoPipe],
  template: `
    @if (errors().messageOf(path()); as message) {
      <p class="kp-field__error" [id]="errors().errorIdOf(path())">
        <span class="kp-visually-hidden">{{ 'forms.errorPrefix' | transloco }}</span> {{ message }}
      </p>
    }
  `,
  host: { style: 'display: contents' },
})
export class FieldError {
  readonly errors = input.required<FormErrors>();
  readonly path = input.required<string>();
}
