import { Component, ElementRef, Injector, type OnInit, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Language, signUpRequestSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { LANGUAGE_NAMES, LanguageService, SUPPORTED_LANGUAGES } from '@knotenpunkt/portal/shared/util';
import { AuthApi, LOGIN_PATH } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';
import { rememberReturnUrl, safeReturnUrl } from '../../return-url';

/** `/registrieren`: create an account, then "check your mail". */
@Component({
  selector: 'kp-sign-up-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, FieldError],
  templateUrl: './sign-up-page.html',
})
export default class SignUpPage implements OnInit {
  /** Where to go after verification and login (e.g. an invitation). */
  readonly returnUrl = input<string>();
  /** Prefills the e-mail (links from an invitation). */
  readonly email = input<string>();

  private readonly api = inject(AuthApi);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  protected readonly languages = SUPPORTED_LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly loginPath = LOGIN_PATH;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    displayName: '',
    email: '',
    password: '',
    language: this.language.current() as Language,
  });
  protected readonly showPassword = signal(false);
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('sign-up', ['displayName', 'email', 'password', 'language'], this.summary);
  /** Set after the api accepted the sign-up: its message and the address. */
  protected readonly sent = signal<{ message: string; email: string } | null>(null);
  protected readonly resent = signal<string | null>(null);
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  protected loginParams(): Record<string, string> {
    const returnUrl = safeReturnUrl(this.returnUrl());
    return returnUrl ? { returnUrl } : {};
  }

  protected async submit(): Promise<void> {
    if (this.state.busy()) return;
    const request = this.state.check(signUpRequestSchema, this.form.getRawValue());
    if (!request) return;
    this.state.busy.set(true);
    try {
      const answer = await firstValueFrom(this.api.signUp(request));
      rememberReturnUrl(safeReturnUrl(this.returnUrl()));
      this.sent.set({ message: answer.message, email: request.email });
      afterNextRender(() => this.sentHeading()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }

  protected async resend(): Promise<void> {
    const sent = this.sent();
    if (!sent || this.state.busy()) return;
    this.state.busy.set(true);
    this.resent.set(null);
    try {
      const answer = await firstValueFrom(this.api.resendVerification(sent.email, this.form.controls.language.value));
      this.resent.set(answer.message);
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }
}
