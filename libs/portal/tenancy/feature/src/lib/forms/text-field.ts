import { Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FormErrors } from '@knotenpunkt/portal/shared/util';

import { FieldError } from './field-error';

/**
 * A labelled text input or textarea bound to a FormControl, with hint, "(optional)", error text
 * and the `aria-*` wiring (`aria-required`, `aria-invalid`, `aria-describedby` → hint and error).
 * Its id comes from the form's `FormErrors`, so the error summary can link to it.
 */
@Component({
  selector: 'kp-text-field',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldError],
  host: { class: 'kp-field' },
  template: `
    <label [for]="id()">
      {{ label() | transloco }}
      @if (optional()) {
        <span class="kp-field__optional">{{ 'forms.optional' | transloco }}</span>
      }
    </label>
    @if (hint(); as hintKey) {
      <p class="kp-field__hint" [id]="hintId()">{{ hintKey | transloco }}</p>
    }
    @if (multiline()) {
      <textarea
        class="kp-textarea"
        [id]="id()"
        [rows]="rows()"
        [formControl]="control()"
        [attr.aria-required]="optional() ? null : 'true'"
        [attr.aria-invalid]="errors().invalid(path())"
        [attr.aria-describedby]="describedBy()"
      ></textarea>
    } @else {
      <input
        class="kp-input"
        [type]="type()"
        [id]="id()"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        [attr.spellcheck]="type() === 'email' ? 'false' : null"
        [attr.aria-required]="optional() ? null : 'true'"
        [attr.aria-invalid]="errors().invalid(path())"
        [attr.aria-describedby]="describedBy()"
      />
    }
    <kp-field-error [errors]="errors()" [path]="path()" />
  `,
})
export class TextField {
  readonly errors = input.required<FormErrors>();
  /** Dotted path of the field in the request body, e.g. `address.postalCode`. */
  readonly path = input.required<string>();
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  /** Translation key of the hint. */
  readonly hint = input<string>();
  readonly type = input<'text' | 'email' | 'tel' | 'date'>('text');
  readonly autocomplete = input<string>();
  readonly optional = input(false);
  readonly multiline = input(false);
  readonly rows = input(4);

  protected readonly id = computed(() => this.errors().idOf(this.path()));
  protected readonly hintId = computed(() => `${this.id()}-hint`);
  protected readonly describedBy = computed(() =>
    this.hint() ? this.errors().describedBy(this.path(), this.hintId()) : this.errors().describedBy(this.path()),
  );
}
