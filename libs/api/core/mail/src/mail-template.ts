import type { z } from 'zod';
import type { Language } from '@knotenpunkt/shared/contracts';

/** Languages a mail can be written in (the portal's languages). */
export type MailLocale = Language;
export const mailLocales: readonly MailLocale[] = ['de', 'en'];

/** What a template produces: a subject and the same message as plain text and as HTML. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface MailRenderContext {
  /** How users reach the portal (PUBLIC_BASE_URL, no trailing slash): base of every link. */
  publicBaseUrl: string;
}

/**
 * One kind of mail (e.g. "tenancy.verifyEmail"). `params` is checked when the mail is enqueued
 * and again before it is sent; `render` must be pure (no I/O, no clock) so a retried job renders
 * the same mail. Build the HTML with composeMail() or the html`` tag, which escape every value.
 */
export interface MailTemplate<P> {
  /** "<context>.<mail>", unique in the process; stored in mail_outbox.template. */
  name: string;
  params: z.ZodType<P>;
  render(params: P, locale: MailLocale, ctx: MailRenderContext): MailContent;
}

/** Any registered template; params are checked by its own schema before `render` sees them. */
export type AnyMailTemplate = MailTemplate<unknown>;

/** Identity helper that infers P from the schema, so `render` gets typed params. */
export function defineMailTemplate<S extends z.ZodType>(template: {
  name: string;
  params: S;
  render(params: z.output<S>, locale: MailLocale, ctx: MailRenderContext): MailContent;
}): MailTemplate<z.output<S>> {
  return template as MailTemplate<z.output<S>>;
}

/** Template names: lower-case context, a dot, then camelCase (like job names). */
export const MAIL_TEMPLATE_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z0-9]*$/;
