import { Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { oneTimeTokenSchema, passwordResetConfirmSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { AuthApi, LOGIN_PATH, SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';

/** `/passwort-neu?token=…`: sets a new password from the mailed link; this ends every session. */
@Component({
  selector: 'kp-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, FieldError],
  template: `
    <div class="kp-container kp-page">
      <h1>{{ 'auth.reset.title' | transloco }}</h1>
      @if (done()) {
        <div #doneNotice class="kp-notice kp-notice--success" tabindex="-1" role="status">
          <p>{{ 'auth.reset.done' | transloco }}</p>
        </div>
        <a class="kp-button" [routerLink]="loginPath">{{ 'auth.reset.login' | transloco }}</a>
      } @else if (!tokenValid()) {
        <div class="kp-notice kp-notice--error">
          <p>{{ 'auth.reset.brokenLink' | transloco }}</p>
        </div>
        <a routerLink="/passwort-vergessen">{{ 'auth.reset.again' | transloco }}</a>
      } @else {
        <p class="kp-page__lead">{{ 'auth.reset.lead' | transloco }}</p>
        <kp-error-summary [errors]="state.errors.list()" [message]="state.problem()" />
        <form class="kp-form" [formGroup]="form" (ngSubmit)="submit()">
          <div class="kp-field">
            <label [for]="state.errors.idOf('password')">{{ 'auth.fields.newPassword' | transloco }}</label>
            <p class="kp-field__hint" id="reset-password-hint">{{ 'auth.fields.passwordHint' | transloco }}</p>
            <input
              class="kp-input"
              autocomplete="new-password"
              formControlName="password"
              aria-required="true"
              [type]="showPassword() ? 'text' : 'password'"
              [id]="state.errors.idOf('password')"
              [attr.aria-invalid]="state.errors.invalid('password')"
              [attr.aria-describedby]="state.errors.describedBy('password', 'reset-password-hint')"
            />
            <kp-field-error [errors]="state.errors" path="password" />
            <label class="kp-choice">
              <input type="checkbox" [checked]="showPassword()" (change)="showPassword.set(!showPassword())" />
              {{ 'auth.fields.showPassword' | transloco }}
            </label>
          </div>
          <div class="kp-form__actions">
            <button type="submit" class="kp-button" [attr.aria-busy]="state.busy()">{{ 'auth.reset.submit' | transloco }}</button>
            @if (state.problem()) {
              <a routerLink="/passwort-vergessen">{{ 'auth.reset.again' | transloco }}</a>
            }
          </div>
        </form>
      }
    </div>
  `,
})
export default class ResetPasswordPage {
  readonly token = input<string>();

  private readonly api = inject(AuthApi);
  private readonly store = inject(SessionStore);
  private readonly injector = inject(Injector);
  protected readonly loginPath = LOGIN_PATH;
  protected readonly tokenValid = computed(() => oneTimeTokenSchema.safeParse(this.token() ?? '').success);
  protected readonly form = inject(FormBuilder).nonNullable.group({ password: '' });
  protected readonly showPassword = signal(false);
  private readonly summary = viewChild(ErrorSummary);
  protected readonly state = new SubmitState('reset', ['password'], this.summary);
  protected readonly done = signal(false);
  private readonly doneNotice = viewChild<ElementRef<HTMLElement>>('doneNotice');

  protected async submit(): Promise<void> {
    if (this.state.busy()) return;
    const request = this.state.check(passwordResetConfirmSchema, { token: this.token(), password: this.form.controls.password.value });
    if (!request) return;
    this.state.busy.set(true);
    try {
      await firstValueFrom(this.api.confirmPasswordReset(request.token, request.password));
      // Every session of the account ended, this browser's included.
      this.store.clear();
      this.done.set(true);
      afterNextRender(() => this.doneNotice()?.nativeElement.focus(), { injector: this.injector });
    } catch (error) {
      this.state.fail(error);
    } finally {
      this.state.busy.set(false);
    }
  }
}
