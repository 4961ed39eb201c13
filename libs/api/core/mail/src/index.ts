export { MailModule, type MailModuleOptions } from './mail.module';
export { MailOutboxService, DISPATCH_TIMEOUT_MS, type OutgoingMail } from './mail-outbox.service';
export { MailTemplateRegistry, MailTemplateError, MailParamsError } from './mail-template.registry';
export {
  defineMailTemplate,
  mailLocales,
  type AnyMailTemplate,
  type MailContent,
  type MailLocale,
  type MailRenderContext,
  type MailTemplate,
} from './mail-template';
export {
  composeMail,
  escapeHtml,
  html,
  mailAction,
  mailNote,
  SafeHtml,
  type MailAction,
  type MailBlock,
  type MailLayout,
  type MailNote,
} from './mail-html';
export { MailTransport, type TransportMessage } from './mail-transport';
export { MailSendHandler, type MailSendResult } from './mail-send.handler';
export { MAIL_RELAY_SCHEDULER_ID } from './mail-relay.handler';
export { mailJobId, type MailRelayOptions } from './mail.tokens';
export { messageIdFor, isPermanentSmtpRejection } from './smtp-errors';
