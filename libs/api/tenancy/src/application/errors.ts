import { ConflictException, ForbiddenException, GoneException, HttpException, HttpStatus, NotFoundException, UnauthorizedException } from '@nestjs/common';

type Texts = { de: string; en: string };

const error = (Exception: new (body: object) => HttpException, code: string, message: Texts) => new Exception({ code, message });

/** Domain errors with a stable code and texts in both languages (see docs/tenancy.md). */
export const TenancyErrors = {
  invalidCredentials: () =>
    error(UnauthorizedException, 'invalid-credentials', { de: 'E-Mail-Adresse oder Passwort ist falsch.', en: 'E-mail address or password is wrong.' }),
  emailNotVerified: () =>
    error(ForbiddenException, 'email-not-verified', {
      de: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer Nachricht.',
      en: 'Please confirm your e-mail address first, using the link in our message.',
    }),
  tokenInvalid: () =>
    error(GoneException, 'token-invalid', {
      de: 'Der Link ist ungültig, abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.',
      en: 'The link is invalid, has expired or was already used. Please request a new one.',
    }),
  wrongPassword: () =>
    error(ForbiddenException, 'wrong-password', { de: 'Das aktuelle Passwort ist falsch.', en: 'The current password is wrong.' }),
  slugTaken: () =>
    error(ConflictException, 'slug-taken', { de: 'Dieser Kurzname ist schon vergeben.', en: 'This short name is already taken.' }),
  parentNotFound: () =>
    error(NotFoundException, 'parent-not-found', { de: 'Die übergeordnete Organisation gibt es nicht.', en: 'The parent organisation does not exist.' }),
  parentType: () =>
    error(ConflictException, 'parent-type', {
      de: 'Übergeordnet kann nur ein Dachverband, eine Landesorganisation oder eine Kommune sein.',
      en: 'Only an umbrella organisation or a municipality can be a parent.',
    }),
  parentCycle: () =>
    error(ConflictException, 'parent-cycle', {
      de: 'Diese Zuordnung ergäbe einen Kreis von Organisationen.',
      en: 'This assignment would create a loop of organisations.',
    }),
  lastOwner: () =>
    error(ConflictException, 'last-owner', {
      de: 'Die Organisation braucht mindestens eine*n Inhaber*in. Bitte zuerst eine weitere Person zur Inhaber*in machen.',
      en: 'The last owner cannot be removed or demoted. Please make another person an owner first.',
    }),
  roleForbidden: () =>
    error(ForbiddenException, 'role-forbidden', {
      de: 'Diese Rolle dürfen Sie nicht vergeben oder ändern.',
      en: 'You may not grant or change this role.',
    }),
  memberNotFound: () => error(NotFoundException, 'member-not-found', { de: 'Diese Person ist kein Mitglied.', en: 'This person is not a member.' }),
  alreadyMember: () =>
    error(ConflictException, 'already-member', { de: 'Diese Person ist bereits Mitglied.', en: 'This person is already a member.' }),
  invitationNotFound: () =>
    error(NotFoundException, 'invitation-not-found', { de: 'Diese Einladung gibt es nicht.', en: 'This invitation does not exist.' }),
  invitationClosed: (status: string) =>
    error(GoneException, `invitation-${status}`, {
      de: status === 'expired' ? 'Diese Einladung ist abgelaufen. Bitte um eine neue bitten.' : 'Diese Einladung ist nicht mehr gültig.',
      en: status === 'expired' ? 'This invitation has expired. Please ask for a new one.' : 'This invitation is no longer valid.',
    }),
  invitationOtherEmail: () =>
    error(ForbiddenException, 'invitation-other-email', {
      de: 'Diese Einladung gilt für eine andere E-Mail-Adresse. Bitte melden Sie sich mit dieser Adresse an.',
      en: 'This invitation is for another e-mail address. Please log in with that address.',
    }),
  notMember: () => error(NotFoundException, 'tenant-not-found', { de: 'Diese Organisation gibt es nicht.', en: 'This organisation does not exist.' }),
  tenantNotFound: () => error(NotFoundException, 'tenant-not-found', { de: 'Diese Organisation gibt es nicht.', en: 'This organisation does not exist.' }),
  legalPageMissing: () =>
    error(NotFoundException, 'legal-page-missing', { de: 'Diese Seite ist noch nicht ausgefüllt.', en: 'This page has not been filled in yet.' }),
  tooManyAttempts: (retryAfterSeconds: number) => {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    return new HttpException(
      {
        code: 'too-many-attempts',
        retryAfterSeconds,
        message: {
          de: `Zu viele Versuche. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut.`,
          en: `Too many attempts. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
        },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  },
};
