import { Component, type OnInit, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { loginRequestSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { type ApiProblem, AuthApi, SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';
import { HOME_AFTER_LOGIN } from '../../guards';
import { safeReturnUrl } from '../../return-url';

/** "in 3 Minuten" / "in 40 Sekunden" from Retry-After. */
export function retryAfterKey(seconds: number): { key: string; params: { count: number } } {
  if (seconds >= 90) return { key: 'auth.login.retryMinutes', params: { count: Math.ceil(seconds / 60) } };
  return { key: 'auth.login.retrySeconds', params: { count: Math.max(1, seconds) } };
}

/**
 * `/anmelden?returnUrl=…`: e-mail and password. Shows the api's translated message for 401, 429
 * (plus the wait from `Retry-After`) and 403 `email-not-verified` (plus "send the mail again").
 */
@Component({
  selector: 'kp-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, FieldError],
  templateUrl: './login-page.html',
})
export default class LoginPage implements OnInit {
  readonly returnUrl = input<string>();
  readonly email = input<string>();
  /** Set by the session-expired interceptor. */
  readonly abgelaufen = input<string>();
  /** `ueberall` after "log out on all devices", `passwort` after a password reset. */
  readonly hinweis = input<string>();

  private readonly store = inject(SessionStore);
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  protected readonly form = inject(FormBuilder).nonNullable.group({ email: '', password: '' });
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('login', ['email', 'password'], this.summary);
  /** The last answer was 403 `email-not-verified`: offer to send the mail again. */
  protected readonly unverified = signal(false);
  protected readonly resent = signal<string | null>(null);
  protected readonly linkParams = computed(() => {
    const returnUrl = safeReturnUrl(this.returnUrl());
    return returnUrl ? { returnUrl } : {};
  });
  protected readonly notice = computed(() => {
    if (this.abgelaufen()) return 'auth.login.expired';
    if (this.hinweis() === 'ueberall') return 'auth.login.loggedOutEverywhere';
    if (this.hinweis() === 'passwort') return 'auth.login.passwordChanged';
    return null;
  });

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  protected async submit(): Promise<void> {
    if (this.state.busy()) return;
    this.resent.set(null);
    const request = this.state.check(loginRequestSchema, this.form.getRawValue());
    if (!request) return;
    this.state.busy.set(true);
    this.unverified.set(false);
    try {
      await this.store.login(request);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? HOME_AFTER_LOGIN);
    } catch (error) {
      const problem = this.state.fail(error, (p) => this.message(p));
      this.unverified.set(problem.status === 403 && problem.code === 'email-not-verified');
    } finally {
      this.state.busy.set(false);
    }
  }

  protected async resend(): Promise<void> {
    if (this.state.busy()) return;
    this.state.busy.set(true);
    try {
      const answer = await firstValueFrom(this.api.resendVerification(this.form.controls.email.value.trim(), this.language.current()));
      this.resent.set(answer.message);
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }

  private message(problem: ApiProblem): string {
    const text = this.state.describe(problem);
    // The api's own text usually says when already ("… in 5 Minuten …"); add it only when not.
    if (problem.status !== 429 || problem.retryAfterSeconds === null || /\d/.test(text)) return text;
    const { key, params } = retryAfterKey(problem.retryAfterSeconds);
    return `${text} ${this.state.translate(key, params)}`;
  }
}
