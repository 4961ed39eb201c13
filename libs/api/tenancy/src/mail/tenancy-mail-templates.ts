import { z } from 'zod';
import { composeMail, defineMailTemplate, mailAction, mailNote, type MailLocale } from '@knotenpunkt/api/core/mail';
import { tenantRoleSchema, type TenantRole } from '@knotenpunkt/shared/contracts';

/**
 * The mails of accounts and invitations. Links are built at render time from PUBLIC_BASE_URL and
 * the token in params; the outbox purges params after delivery. Portal routes: see docs/portal.md.
 */
const token = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const link = (base: string, path: string) => `${base.replace(/\/$/, '')}${path}`;

const ROLE_NAMES: Record<MailLocale, Record<TenantRole, string>> = {
  de: { owner: 'Inhaber*in', admin: 'Administrator*in', editor: 'Redakteur*in', member: 'Mitglied', viewer: 'Lesende*r' },
  en: { owner: 'owner', admin: 'administrator', editor: 'editor', member: 'member', viewer: 'viewer' },
};

export const verifyEmailMail = defineMailTemplate({
  name: 'tenancy.verifyEmail',
  params: z.object({ displayName: z.string(), token }),
  render: (p, locale, ctx) => {
    const url = link(ctx.publicBaseUrl, `/e-mail-bestaetigen?token=${p.token}`);
    return composeMail(
      locale === 'de'
        ? {
            locale,
            subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
            blocks: [`Hallo ${p.displayName},`, 'willkommen bei Knotenpunkt! Bitte bestätigen Sie Ihre E-Mail-Adresse, damit Sie sich anmelden können.', mailAction('E-Mail-Adresse bestätigen', url), mailNote('Der Link gilt 48 Stunden. Wenn Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.')],
          }
        : {
            locale,
            subject: 'Please confirm your e-mail address',
            blocks: [`Hello ${p.displayName},`, 'welcome to Knotenpunkt! Please confirm your e-mail address so that you can log in.', mailAction('Confirm e-mail address', url), mailNote('The link is valid for 48 hours. If you did not sign up, you can ignore this message.')],
          },
      ctx,
    );
  },
});

/** Sent instead of a second account, so sign-up answers the same for known addresses. */
export const accountExistsMail = defineMailTemplate({
  name: 'tenancy.accountExists',
  params: z.object({ displayName: z.string() }),
  render: (p, locale, ctx) =>
    composeMail(
      locale === 'de'
        ? {
            locale,
            subject: 'Sie haben schon ein Konto bei Knotenpunkt',
            blocks: [`Hallo ${p.displayName},`, 'jemand wollte mit Ihrer E-Mail-Adresse ein neues Konto anlegen. Sie haben aber schon eines.', mailAction('Anmelden', link(ctx.publicBaseUrl, '/anmelden')), mailNote('Passwort vergessen? Sie können es auf der Anmeldeseite neu setzen. Wenn Sie das nicht waren, müssen Sie nichts tun.')],
          }
        : {
            locale,
            subject: 'You already have a Knotenpunkt account',
            blocks: [`Hello ${p.displayName},`, 'someone tried to create a new account with your e-mail address. You already have one.', mailAction('Log in', link(ctx.publicBaseUrl, '/anmelden')), mailNote('Forgot your password? You can reset it on the login page. If this was not you, there is nothing to do.')],
          },
      ctx,
    ),
});

export const passwordResetMail = defineMailTemplate({
  name: 'tenancy.passwordReset',
  params: z.object({ displayName: z.string(), token }),
  render: (p, locale, ctx) => {
    const url = link(ctx.publicBaseUrl, `/passwort-neu?token=${p.token}`);
    return composeMail(
      locale === 'de'
        ? {
            locale,
            subject: 'Neues Passwort für Knotenpunkt',
            blocks: [`Hallo ${p.displayName},`, 'Sie haben ein neues Passwort angefordert. Über diesen Link können Sie es festlegen:', mailAction('Neues Passwort festlegen', url), mailNote('Der Link gilt eine Stunde und nur einmal. Danach werden Sie auf allen Geräten abgemeldet. Wenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren.')],
          }
        : {
            locale,
            subject: 'New password for Knotenpunkt',
            blocks: [`Hello ${p.displayName},`, 'you asked for a new password. Use this link to set it:', mailAction('Set a new password', url), mailNote('The link is valid for one hour and only once. Afterwards you are logged out on all devices. If you did not ask for this, you can ignore this message.')],
          },
      ctx,
    );
  },
});

export const invitationMail = defineMailTemplate({
  name: 'tenancy.invitation',
  params: z.object({ tenantName: z.string(), inviterName: z.string(), role: tenantRoleSchema, token, expiresAt: z.iso.datetime() }),
  render: (p, locale, ctx) => {
    const url = link(ctx.publicBaseUrl, `/einladung/${p.token}`);
    const until = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(p.expiresAt));
    const role = ROLE_NAMES[locale][p.role];
    return composeMail(
      locale === 'de'
        ? {
            locale,
            subject: `Einladung zu ${p.tenantName} auf Knotenpunkt`,
            blocks: [`Guten Tag,`, `${p.inviterName} lädt Sie ein, bei „${p.tenantName}“ auf Knotenpunkt mitzuarbeiten (Rolle: ${role}).`, mailAction('Einladung ansehen', url), mailNote(`Die Einladung gilt bis zum ${until}. Sie brauchen ein Konto mit dieser E-Mail-Adresse; Sie können es über den Link anlegen.`)],
          }
        : {
            locale,
            subject: `Invitation to ${p.tenantName} on Knotenpunkt`,
            blocks: [`Hello,`, `${p.inviterName} invites you to work with “${p.tenantName}” on Knotenpunkt (role: ${role}).`, mailAction('View invitation', url), mailNote(`The invitation is valid until ${until}. You need an account with this e-mail address; you can create one from the link.`)],
          },
      ctx,
    );
  },
});

export const tenancyMailTemplates = [verifyEmailMail, accountExistsMail, passwordResetMail, invitationMail];
