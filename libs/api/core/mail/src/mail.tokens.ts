export const MAIL_MODULE_OPTIONS = Symbol('MAIL_MODULE_OPTIONS');

export interface MailRelayOptions {
  /** How often the relay looks for pending mails whose job was lost (default 15 s). */
  everyMs: number;
  /** Pending rows younger than this are left to their own job (default 30 s). */
  minAgeMs: number;
}

export interface ResolvedMailModuleOptions {
  deliver: boolean;
  relay: MailRelayOptions;
}

export const DEFAULT_RELAY: MailRelayOptions = { everyMs: 15_000, minAgeMs: 30_000 };

/** BullMQ job id of a mail's send job (BullMQ refuses ids with a single ":", hence the dash). */
export function mailJobId(mailId: string): string {
  return `mail-${mailId}`;
}
