import { Component, ElementRef, Injector, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Language, changePasswordRequestSchema, updateProfileRequestSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary } from '@knotenpunkt/portal/shared/ui';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '@knotenpunkt/portal/shared/util';
import { AuthApi, LOGIN_PATH, SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';

/**
 * `/konto`: display name and language, password change, "log out on all devices", and the
 * organisations the person belongs to (with role) plus the way to create one.
 */
@Component({
  selector: 'kp-account-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ErrorSummary, FieldError],
  templateUrl: './account-page.html',
})
export default class AccountPage {
  /** `?verlassen=<name>` after leaving an organisation. */
  readonly verlassen = input<string>();

  protected readonly store = inject(SessionStore);
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly languages = SUPPORTED_LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));

  protected readonly profile = this.fb.group({
    displayName: this.store.user()?.displayName ?? '',
    language: (this.store.user()?.language ?? 'de') as Language,
  });
  private readonly profileSummary = viewChild<ErrorSummary>('profileSummary');
  protected readonly profileState = new SubmitState('profile', ['displayName', 'language'], this.profileSummary);
  protected readonly profileSaved = signal<string | null>(null);

  protected readonly password = this.fb.group({ currentPassword: '', newPassword: '' });
  private readonly passwordSummary = viewChild<ErrorSummary>('passwordSummary');
  protected readonly passwordState = new SubmitState('password', ['currentPassword', 'newPassword'], this.passwordSummary);
  protected readonly passwordChanged = signal<string | null>(null);

  protected readonly confirmingLogout = signal(false);
  private readonly logoutSummary = viewChild<ErrorSummary>('logoutSummary');
  protected readonly logoutState = new SubmitState('logout', [], this.logoutSummary);
  private readonly confirmText = viewChild<ElementRef<HTMLElement>>('confirmText');
  private readonly logoutButton = viewChild<ElementRef<HTMLElement>>('logoutButton');

  protected async saveProfile(): Promise<void> {
    if (this.profileState.busy()) return;
    this.profileSaved.set(null);
    const request = this.profileState.check(updateProfileRequestSchema, this.profile.getRawValue());
    if (!request) return;
    this.profileState.busy.set(true);
    try {
      this.store.set(await firstValueFrom(this.api.updateProfile(request)));
      this.profileSaved.set(this.profileState.translate('account.profile.saved'));
    } catch (error) {
      this.profileState.fail(error);
    } finally {
      this.profileState.busy.set(false);
    }
  }

  protected async changePassword(): Promise<void> {
    if (this.passwordState.busy()) return;
    this.passwordChanged.set(null);
    const request = this.passwordState.check(changePasswordRequestSchema, this.password.getRawValue());
    if (!request) return;
    this.passwordState.busy.set(true);
    try {
      await firstValueFrom(this.api.changePassword(request.currentPassword, request.newPassword));
      this.password.reset();
      this.passwordChanged.set(this.passwordState.translate('account.password.changed'));
    } catch (error) {
      this.passwordState.fail(error);
    } finally {
      this.passwordState.busy.set(false);
    }
  }

  protected askLogoutEverywhere(): void {
    this.confirmingLogout.set(true);
    afterNextRender(() => this.confirmText()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelLogoutEverywhere(): void {
    this.confirmingLogout.set(false);
    afterNextRender(() => this.logoutButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async logoutEverywhere(): Promise<void> {
    if (this.logoutState.busy()) return;
    this.logoutState.busy.set(true);
    try {
      await this.store.logoutEverywhere();
      await this.router.navigate([LOGIN_PATH], { queryParams: { hinweis: 'ueberall' } });
    } catch (error) {
      this.logoutState.fail(error);
    } finally {
      this.logoutState.busy.set(false);
    }
  }
}
