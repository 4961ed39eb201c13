import { Component, type OnInit, inject, input, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type AccessibilityContent, accessibilityContentSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';

import { FieldError } from '../../../forms/field-error';
import { SubmitState } from '../../../forms/submit-state';
import { TextField } from '../../../forms/text-field';
import { LegalForm } from './legal-form';

export const ACCESSIBILITY_FIELDS = [
  'conformance',
  'nonAccessibleContent',
  'preparedOn',
  'feedbackContact.email',
  'feedbackContact.phone',
  'enforcementBody',
  'body',
] as const;
export const CONFORMANCE_LEVELS = ['full', 'partial', 'none'] as const;

/** Erklärung zur Barrierefreiheit (BITV 2.0 / BFSG pattern) with its feedback contact. */
@Component({
  selector: 'kp-accessibility-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, TextField, FieldError],
  template: `
    <kp-error-summary [errors]="state.errors.list()" [message]="state.problem()" />
    <form class="kp-form" [formGroup]="form" (ngSubmit)="save()">
      <fieldset [attr.aria-describedby]="state.errors.describedBy('conformance')">
        <legend>{{ 'legalEdit.accessibility.conformance' | transloco }}</legend>
        @for (level of levels; track level; let first = $first) {
          <label class="kp-choice">
            <input type="radio" formControlName="conformance" [value]="level" [id]="first ? state.errors.idOf('conformance') : null" />
            {{ 'legalEdit.accessibility.levels.' + level | transloco }}
          </label>
        }
        <kp-field-error [errors]="state.errors" path="conformance" />
      </fieldset>
      <kp-text-field [errors]="state.errors" path="nonAccessibleContent" [control]="c.nonAccessibleContent" label="legalEdit.accessibility.nonAccessible" hint="legalEdit.accessibility.nonAccessibleHint" [optional]="true" [multiline]="true" [rows]="5" />
      <kp-text-field [errors]="state.errors" path="preparedOn" [control]="c.preparedOn" label="legalEdit.accessibility.preparedOn" type="date" />
      <fieldset>
        <legend>{{ 'legalEdit.accessibility.feedback' | transloco }}</legend>
        <kp-text-field [errors]="state.errors" path="feedbackContact.email" [control]="c.feedbackContact.controls.email" label="legalEdit.email" type="email" autocomplete="email" />
        <kp-text-field [errors]="state.errors" path="feedbackContact.phone" [control]="c.feedbackContact.controls.phone" label="legalEdit.phone" type="tel" autocomplete="tel" [optional]="true" />
      </fieldset>
      <kp-text-field [errors]="state.errors" path="enforcementBody" [control]="c.enforcementBody" label="legalEdit.accessibility.enforcement" hint="legalEdit.accessibility.enforcementHint" [multiline]="true" [rows]="3" />
      <kp-text-field [errors]="state.errors" path="body" [control]="c.body" label="legalEdit.accessibility.body" [optional]="true" [multiline]="true" [rows]="6" />
      <div class="kp-form__actions">
        <button type="submit" class="kp-button" [attr.aria-busy]="state.busy()">{{ 'legalEdit.save' | transloco }}</button>
      </div>
      <div role="status">
        @if (savedAt()) {
          <p class="kp-notice kp-notice--success legal-form__saved" tabindex="-1">
            {{ 'legalEdit.saved' | transloco }}
            @if (publicUrl(); as url) {
              <a [routerLink]="url">{{ 'legalEdit.viewPublic' | transloco }}</a>
            }
          </p>
        }
      </div>
    </form>
  `,
})
export class AccessibilityForm extends LegalForm<AccessibilityContent> implements OnInit {
  readonly initial = input<AccessibilityContent | null>(null);
  readonly publicUrl = input<string>();

  protected readonly page = 'accessibility';
  protected readonly schema = accessibilityContentSchema;
  protected readonly levels = CONFORMANCE_LEVELS;
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('accessibility', ACCESSIBILITY_FIELDS, this.summary);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    conformance: '',
    nonAccessibleContent: '',
    preparedOn: new Date().toISOString().slice(0, 10),
    feedbackContact: this.fb.group({ email: '', phone: '' }),
    enforcementBody: '',
    body: '',
  });
  protected readonly c = this.form.controls;

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.form.patchValue(initial);
  }

  protected content(): unknown {
    const value = this.form.getRawValue();
    return { ...value, conformance: value.conformance || undefined };
  }
}
