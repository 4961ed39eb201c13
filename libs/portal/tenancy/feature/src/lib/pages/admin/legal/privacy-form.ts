import { Component, type OnInit, inject, input, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type PrivacyContent, privacyContentSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';

import { SubmitState } from '../../../forms/submit-state';
import { TextField } from '../../../forms/text-field';
import { LegalForm } from './legal-form';

export const PRIVACY_FIELDS = ['controller', 'contactEmail', 'dataProtectionOfficer', 'body'] as const;

/** Datenschutzerklärung: controller and contact structured, the rest the organisation's own text. */
@Component({
  selector: 'kp-privacy-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, TextField],
  template: `
    <kp-error-summary [errors]="state.errors.list()" [message]="state.problem()" />
    <form class="kp-form" [formGroup]="form" (ngSubmit)="save()">
      <kp-text-field [errors]="state.errors" path="controller" [control]="c.controller" label="legalEdit.privacy.controller" hint="legalEdit.privacy.controllerHint" [multiline]="true" [rows]="3" />
      <kp-text-field [errors]="state.errors" path="contactEmail" [control]="c.contactEmail" label="legalEdit.privacy.contactEmail" type="email" autocomplete="email" />
      <kp-text-field [errors]="state.errors" path="dataProtectionOfficer" [control]="c.dataProtectionOfficer" label="legalEdit.privacy.officer" hint="legalEdit.privacy.officerHint" [optional]="true" [multiline]="true" [rows]="3" />
      <kp-text-field [errors]="state.errors" path="body" [control]="c.body" label="legalEdit.privacy.body" hint="legalEdit.privacy.bodyHint" [multiline]="true" [rows]="14" />
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
export class PrivacyForm extends LegalForm<PrivacyContent> implements OnInit {
  readonly initial = input<PrivacyContent | null>(null);
  readonly publicUrl = input<string>();

  protected readonly page = 'privacy';
  protected readonly schema = privacyContentSchema;
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('privacy', PRIVACY_FIELDS, this.summary);
  protected readonly form = inject(FormBuilder).nonNullable.group({ controller: '', contactEmail: '', dataProtectionOfficer: '', body: '' });
  protected readonly c = this.form.controls;

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.form.patchValue(initial);
  }

  protected content(): unknown {
    return this.form.getRawValue();
  }
}
