import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { JobProducer } from '@knotenpunkt/api/core/queue';
import { MailLocale, MailTemplate, mailLocales } from './mail-template';
import { MailParamsError, MailTemplateRegistry } from './mail-template.registry';
import { mailJobId } from './mail.tokens';

/** A mail to put into the outbox. Pass the template object to get typed params. */
export interface OutgoingMail<P = unknown> {
  to: string;
  template: MailTemplate<P> | string;
  locale: MailLocale;
  params: P;
  /** The tenant the mail belongs to, if any (kept for audits and row-level security). */
  tenantId?: string | null;
}

/** dispatch() gives up waiting for Redis after this long; the relay sends the mail later. */
export const DISPATCH_TIMEOUT_MS = 2000;

const envelope = z.object({
  to: z.email().max(320),
  locale: z.enum(mailLocales as [MailLocale, ...MailLocale[]]),
  tenantId: z.uuid().nullish(),
});

/**
 * The transactional outbox for mail. Write the mail in the same transaction as the change it
 * reports, then dispatch it after the commit:
 *
 *   const mail = await dataSource.transaction(async (manager) => {
 *     await manager.insert(...);                                  // the business change
 *     return this.outbox.enqueue(manager, { to, template: verifyEmail, locale, params });
 *   });
 *   await this.outbox.dispatch(mail.id);                          // after commit; never throws
 *
 * A rolled-back transaction leaves no row, so nothing is sent. A forgotten or failed dispatch
 * (Redis down) only delays the mail: the worker's relay enqueues pending rows older than 30 s.
 */
@Injectable()
export class MailOutboxService {
  private readonly logger = new Logger(MailOutboxService.name);

  constructor(
    private readonly templates: MailTemplateRegistry,
    private readonly jobs: JobProducer,
  ) {}

  /**
   * Checks the mail (recipient, locale, params against the template's schema; throws
   * MailParamsError naming the field) and inserts it with the caller's EntityManager, i.e.
   * inside the caller's transaction. Returns the row id for dispatch().
   */
  async enqueue<P>(manager: EntityManager, mail: OutgoingMail<P>): Promise<{ id: string }> {
    const name = typeof mail.template === 'string' ? mail.template : mail.template.name;
    const registered = this.templates.get(name);
    if (typeof mail.template !== 'string' && (registered as unknown) !== mail.template) {
      throw new Error(`Mail template "${name}" passed to enqueue is not the one registered under that name`);
    }
    const checked = envelope.safeParse({ to: mail.to, locale: mail.locale, tenantId: mail.tenantId });
    if (!checked.success) {
      throw new MailParamsError(name, checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    }
    this.templates.parseParams(name, mail.params);
    // What the worker will read back: JSON. Dates, undefined, Maps … would not survive the trip.
    const stored: unknown = JSON.parse(JSON.stringify(mail.params ?? null));
    try {
      this.templates.parseParams(name, stored);
    } catch (error) {
      if (!(error instanceof MailParamsError)) throw error;
      throw new MailParamsError(name, error.issues.map((issue) => `${issue} (after JSON serialisation: use JSON values only)`));
    }
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO mail_outbox (tenant_id, recipient, template, locale, params)
       VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id`,
      [checked.data.tenantId ?? null, checked.data.to, name, checked.data.locale, JSON.stringify(stored)],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('mail_outbox insert returned no id');
    return { id };
  }

  /**
   * Enqueues the send job of each mail; call it after the transaction committed. Never throws:
   * when Redis is unreachable it logs and leaves the mails to the relay.
   */
  async dispatch(mails: string | { id: string } | readonly (string | { id: string })[]): Promise<void> {
    const list = Array.isArray(mails) ? mails : [mails];
    const ids = list.map((mail: string | { id: string }) => (typeof mail === 'string' ? mail : mail.id));
    await Promise.all(
      ids.map(async (id) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          // ioredis queues commands while Redis is away (BullMQ needs that): do not hang the caller.
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`Redis did not answer within ${DISPATCH_TIMEOUT_MS} ms`)), DISPATCH_TIMEOUT_MS);
          });
          await Promise.race([this.enqueueSend(id), timeout]);
        } catch (error) {
          this.logger.warn({ mailId: id, err: (error as Error).message }, 'mail job not enqueued; the relay will send it');
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }

  /** For the relay: re-adds the job even when a finished job with the same id is still kept. */
  async enqueueSend(id: string, options: { replaceFinished?: boolean } = {}): Promise<void> {
    await this.jobs.enqueue('mail.send', { mailId: id }, { jobId: mailJobId(id), replaceFinished: options.replaceFinished });
  }
}
