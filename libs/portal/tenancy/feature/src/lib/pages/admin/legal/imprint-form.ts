import { Component, type OnInit, inject, input, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ImprintContent, imprintContentSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';

import { SubmitState } from '../../../forms/submit-state';
import { TextField } from '../../../forms/text-field';
import { LegalForm } from './legal-form';

export const IMPRINT_FIELDS = [
  'organisationName',
  'legalForm',
  'address.street',
  'address.postalCode',
  'address.city',
  'address.country',
  'representatives',
  'email',
  'phone',
  'register.court',
  'register.number',
  'vatId',
  'supervisoryAuthority',
  'responsibleForContent.name',
  'responsibleForContent.address',
  'additionalText',
] as const;

/** Impressum: the § 5 DDG fields and the person responsible under § 18 Abs. 2 MStV. */
@Component({
  selector: 'kp-imprint-form',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, TextField],
  templateUrl: './imprint-form.html',
})
export class ImprintForm extends LegalForm<ImprintContent> implements OnInit {
  readonly initial = input<ImprintContent | null>(null);
  readonly publicUrl = input<string>();

  protected readonly page = 'imprint';
  protected readonly schema = imprintContentSchema;
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('imprint', IMPRINT_FIELDS, this.summary);

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    organisationName: '',
    legalForm: '',
    address: this.fb.group({ street: '', postalCode: '', city: '', country: 'Deutschland' }),
    representatives: '',
    email: '',
    phone: '',
    register: this.fb.group({ court: '', number: '' }),
    vatId: '',
    supervisoryAuthority: '',
    responsibleForContent: this.fb.group({ name: '', address: '' }),
    additionalText: '',
  });
  protected readonly c = this.form.controls;

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.form.patchValue(initial);
  }

  protected content(): unknown {
    const value = this.form.getRawValue();
    const register = value.register.court.trim() || value.register.number.trim() ? value.register : undefined;
    return { ...value, register, vatId: value.vatId.trim() || undefined };
  }
}
