import { Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { emailOnlyRequestSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { AuthApi, LOGIN_PATH } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';

/** `/passwort-vergessen`: asks for a reset mail; the answer is the same for known and unknown addresses. */
@Component({
  selector: 'kp-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, FieldError],
  template: `
    <div class="kp-container kp-page">
      <h1>{{ 'auth.forgot.title' | transloco }}</h1>
      <p class="kp-page__lead">{{ 'auth.forgot.lead' | transloco }}</p>
      <div role="status">
        @if (sent(); as message) {
          <div #sentNotice class="kp-notice kp-notice--success" tabindex="-1">
            <p>{{ message }}</p>
            <p>{{ 'auth.forgot.sentText' | transloco }}</p>
          </div>
        }
      </div>
      <kp-error-summary [errors]="state.errors.list()" [message]="state.problem()" />
      <form class="kp-form" [formGroup]="form" (ngSubmit)="submit()">
        <div class="kp-field">
          <label [for]="state.errors.idOf('email')">{{ 'auth.fields.email' | transloco }}</label>
          <input
            class="kp-input"
            type="email"
            autocomplete="email"
            spellcheck="false"
            formControlName="email"
            aria-required="true"
            [id]="state.errors.idOf('email')"
            [attr.aria-invalid]="state.errors.invalid('email')"
            [attr.aria-describedby]="state.errors.describedBy('email')"
          />
          <kp-field-error [errors]="state.errors" path="email" />
        </div>
        <div class="kp-form__actions">
          <button type="submit" class="kp-button" [attr.aria-busy]="state.busy()">{{ 'auth.forgot.submit' | transloco }}</button>
          <a [routerLink]="loginPath">{{ 'auth.forgot.toLogin' | transloco }}</a>
        </div>
      </form>
    </div>
  `,
})
export default class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  protected readonly loginPath = LOGIN_PATH;
  protected readonly form = inject(FormBuilder).nonNullable.group({ email: '' });
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('forgot', ['email'], this.summary);
  protected readonly sent = signal<string | null>(null);
  private readonly sentNotice = viewChild<ElementRef<HTMLElement>>('sentNotice');

  protected async submit(): Promise<void> {
    if (this.state.busy()) return;
    this.sent.set(null);
    const request = this.state.check(emailOnlyRequestSchema, { email: this.form.controls.email.value, language: this.language.current() });
    if (!request) return;
    this.state.busy.set(true);
    try {
      const answer = await firstValueFrom(this.api.requestPasswordReset(request.email, request.language));
      this.sent.set(answer.message);
      afterNextRender(() => this.sentNotice()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }
}
