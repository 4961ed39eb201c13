import { Component, type OnInit, inject, input, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { emailOnlyRequestSchema, oneTimeTokenSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { AuthApi, LOGIN_PATH, apiProblemOf } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';
import { rememberedReturnUrl } from '../../return-url';

type Phase = 'verifying' | 'verified' | 'failed';

/** `/e-mail-bestaetigen?token=…`: confirms the address from the mail, then offers the login. */
@Component({
  selector: 'kp-verify-email-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, FieldError],
  templateUrl: './verify-email-page.html',
})
export default class VerifyEmailPage implements OnInit {
  readonly token = input<string>();

  private readonly api = inject(AuthApi);
  private readonly language = inject(LanguageService);
  protected readonly loginPath = LOGIN_PATH;
  protected readonly phase = signal<Phase>('verifying');
  /** Why verification failed, in the api's words (or ours for a broken link). */
  protected readonly failure = signal<string | null>(null);
  protected readonly loginParams = signal<Record<string, string>>({});

  protected readonly form = inject(FormBuilder).nonNullable.group({ email: '' });
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('verify-resend', ['email'], this.summary);
  protected readonly resent = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    const returnUrl = rememberedReturnUrl();
    this.loginParams.set(returnUrl ? { returnUrl } : {});
    const token = this.token() ?? '';
    if (!oneTimeTokenSchema.safeParse(token).success) {
      this.failure.set(this.state.translate('auth.verify.brokenLink'));
      this.phase.set('failed');
      return;
    }
    try {
      await firstValueFrom(this.api.verifyEmail(token));
      this.phase.set('verified');
    } catch (error) {
      const problem = apiProblemOf(error);
      this.failure.set(this.state.describe(problem));
      this.phase.set('failed');
    }
  }

  protected async resend(): Promise<void> {
    if (this.state.busy()) return;
    const request = this.state.check(emailOnlyRequestSchema, { email: this.form.controls.email.value, language: this.language.current() });
    if (!request) return;
    this.state.busy.set(true);
    this.resent.set(null);
    try {
      const answer = await firstValueFrom(this.api.resendVerification(request.email, request.language));
      this.resent.set(answer.message);
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }
}
