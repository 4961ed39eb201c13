import { Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild, viewChildren } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Invitation, type Member, createInvitationRequestSchema } from '@knotenpunkt/shared/contracts';
import { ErrorSummary, Pagination } from '@knotenpunkt/portal/shared/ui';
import { LANGUAGE_NAMES, LanguageService, SUPPORTED_LANGUAGES } from '@knotenpunkt/portal/shared/util';
import {
  type Page,
  SessionStore,
  type TenantRole,
  TenantsApi,
  assignableRoles,
  invitableRoles,
} from '@knotenpunkt/portal/tenancy/data-access';
import { LocalDatePipe } from '@knotenpunkt/portal/tenancy/ui';
import { firstValueFrom } from 'rxjs';

import { FieldError } from '../../forms/field-error';
import { SubmitState } from '../../forms/submit-state';
import { TenantContext } from './tenant-context';

export const MEMBERS_PAGE_SIZE = 20;
export const INVITATIONS_PAGE_SIZE = 10;

type Confirmation =
  | { readonly kind: 'remove'; readonly member: Member }
  | { readonly kind: 'leave' }
  | { readonly kind: 'revoke'; readonly invitation: Invitation };

function pageNumber(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/**
 * `/verwaltung/:tenantId/mitglieder`: the members (paginated; role change and removal where the
 * person's role allows, "leave" for oneself) and, for admins, invitations (invite, list, revoke).
 * The api's 409 `last-owner` answer is shown as it comes.
 */
@Component({
  selector: 'kp-members-page',
  imports: [ReactiveFormsModule, TranslocoPipe, ErrorSummary, FieldError, Pagination, LocalDatePipe],
  templateUrl: './members-page.html',
  styles: `
    .role-change {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .invitations-list-title {
      margin-top: 2.5rem;
    }
    .role-change__select {
      width: auto;
      min-width: 9rem;
    }
  `,
})
export default class MembersPage {
  /** `?seite=` of the member list, `?einladungen=` of the invitation list. */
  readonly seite = input<string>();
  readonly einladungen = input<string>();
  /** `?neu=1` right after creating the organisation, `?willkommen=1` after accepting an invitation. */
  readonly neu = input<string>();
  readonly willkommen = input<string>();

  protected readonly context = inject(TenantContext);
  private readonly api = inject(TenantsApi);
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  protected readonly languages = SUPPORTED_LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
  protected readonly membersPageSize = MEMBERS_PAGE_SIZE;
  protected readonly invitationsPageSize = INVITATIONS_PAGE_SIZE;

  private readonly memberPage = computed(() => pageNumber(this.seite()));
  private readonly invitationPage = computed(() => pageNumber(this.einladungen()));
  protected readonly canInvite = computed(() => this.context.atLeast('admin'));

  protected readonly members = rxResource<Page<Member>, { tenantId: string; page: number } | undefined>({
    params: () => (this.context.membership() ? { tenantId: this.context.tenantId(), page: this.memberPage() } : undefined),
    stream: ({ params }) => this.api.members(params.tenantId, { page: params.page, pageSize: MEMBERS_PAGE_SIZE }),
  });
  protected readonly invitations = rxResource<Page<Invitation>, { tenantId: string; page: number } | undefined>({
    params: () => (this.canInvite() ? { tenantId: this.context.tenantId(), page: this.invitationPage() } : undefined),
    stream: ({ params }) => this.api.invitations(params.tenantId, { page: params.page, pageSize: INVITATIONS_PAGE_SIZE }),
  });
  protected readonly memberList = computed(() => (this.members.hasValue() ? this.members.value() : undefined));
  protected readonly invitationList = computed(() => (this.invitations.hasValue() ? this.invitations.value() : undefined));

  /** Role picked in a row's select, before "change" is pressed. */
  private readonly drafts = signal<Readonly<Record<string, TenantRole>>>({});
  protected readonly confirming = signal<Confirmation | null>(null);
  protected readonly status = signal('');
  private readonly actionSummary = viewChild<ErrorSummary>('actionSummary');
  protected readonly actions = new SubmitState('members', [], this.actionSummary);
  private readonly confirmTexts = viewChildren<ElementRef<HTMLElement>>('confirmText');

  protected readonly inviteForm = inject(FormBuilder).nonNullable.group({
    email: '',
    role: 'member' as TenantRole,
    language: this.language.current() as string,
  });
  private readonly inviteSummary = viewChild<ErrorSummary>('inviteSummary');
  protected readonly invite = new SubmitState('invite', ['email', 'role', 'language'], this.inviteSummary);
  protected readonly invitableRoles = computed(() => invitableRoles(this.context.role()));

  protected isSelf(member: Member): boolean {
    return member.userId === this.context.userId();
  }

  /** Owners change everybody's role (their own too); admins those of editors, members and viewers. */
  protected canChangeRole(member: Member): boolean {
    const actor = this.context.role();
    if (actor === 'owner') return true;
    return actor === 'admin' && !this.isSelf(member) && assignableRoles('admin').includes(member.role);
  }

  protected canRemove(member: Member): boolean {
    return !this.isSelf(member) && this.canChangeRole(member);
  }

  protected roleOptions(member: Member): readonly TenantRole[] {
    const roles = assignableRoles(this.context.role());
    return roles.includes(member.role) ? roles : [member.role, ...roles];
  }

  protected draftRole(member: Member): TenantRole {
    return this.drafts()[member.userId] ?? member.role;
  }

  protected pickRole(member: Member, role: string): void {
    this.drafts.update((drafts) => ({ ...drafts, [member.userId]: role as TenantRole }));
  }

  protected async changeRole(member: Member): Promise<void> {
    const role = this.draftRole(member);
    if (role === member.role || this.actions.busy()) return;
    await this.act(async () => {
      await firstValueFrom(this.api.changeRole(this.context.tenantId(), member.userId, role));
      this.members.reload();
      if (this.isSelf(member)) await this.store.refresh();
      return this.actions.translate('members.roleChanged', { name: member.displayName, role: this.actions.translate(`roles.${role}`) });
    });
    // Changed or refused: the select shows the stored role again.
    this.drafts.update(({ [member.userId]: _, ...rest }) => rest);
  }

  protected confirm(confirmation: Confirmation): void {
    this.confirming.set(confirmation);
    this.actions.reset();
    afterNextRender(() => this.confirmTexts()[0]?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.confirming.set(null);
  }

  protected async confirmed(): Promise<void> {
    const confirmation = this.confirming();
    if (!confirmation || this.actions.busy()) return;
    const tenantId = this.context.tenantId();
    await this.act(async () => {
      switch (confirmation.kind) {
        case 'remove':
          await firstValueFrom(this.api.removeMember(tenantId, confirmation.member.userId));
          this.members.reload();
          return this.actions.translate('members.removed', { name: confirmation.member.displayName });
        case 'leave': {
          const userId = this.context.userId();
          if (!userId) return '';
          const name = this.context.name();
          await firstValueFrom(this.api.removeMember(tenantId, userId));
          await this.store.refresh();
          await this.router.navigate(['/konto'], { queryParams: { verlassen: name } });
          return '';
        }
        case 'revoke':
          await firstValueFrom(this.api.revokeInvitation(tenantId, confirmation.invitation.id));
          this.invitations.reload();
          return this.actions.translate('invitations.revoked', { email: confirmation.invitation.email });
      }
    });
    this.confirming.set(null);
  }

  protected async sendInvitation(): Promise<void> {
    if (this.invite.busy()) return;
    this.status.set('');
    const request = this.invite.check(createInvitationRequestSchema, this.inviteForm.getRawValue());
    if (!request) return;
    this.invite.busy.set(true);
    try {
      const invitation = await firstValueFrom(this.api.invite(this.context.tenantId(), request));
      this.inviteForm.controls.email.reset();
      this.invitations.reload();
      this.status.set(this.invite.translate('invitations.sent', { email: invitation.email }));
    } catch (error) {
      this.invite.fail(error);
    } finally {
      this.invite.busy.set(false);
    }
  }

  protected goToMembers(page: number): void {
    void this.router.navigate([], { queryParams: { seite: page }, queryParamsHandling: 'merge' });
  }

  protected goToInvitations(page: number): void {
    void this.router.navigate([], { queryParams: { einladungen: page }, queryParamsHandling: 'merge' });
  }

  /** Runs one member action: busy flag, status message on success, the api's message on failure. */
  private async act(action: () => Promise<string>): Promise<void> {
    this.actions.busy.set(true);
    this.actions.reset();
    this.status.set('');
    try {
      this.status.set(await action());
    } catch (error) {
      this.confirming.set(null);
      this.actions.fail(error);
    } finally {
      this.actions.busy.set(false);
    }
  }
}
