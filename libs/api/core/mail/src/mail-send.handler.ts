import { Inject, Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@knotenpunkt/api/core/config';
import { JobContext, JobHandler, JobHandlerOf, JobPayload } from '@knotenpunkt/api/core/queue';
import { MailContent, MailLocale } from './mail-template';
import { MailTemplateRegistry } from './mail-template.registry';
import { MailTransport } from './mail-transport';
import { describeSendError, isPermanentSmtpRejection, messageIdFor } from './smtp-errors';

interface OutboxRow {
  id: string;
  recipient: string;
  template: string;
  locale: MailLocale;
  params: unknown;
  status: 'pending' | 'sending' | 'sent' | 'failed';
}

export type MailSendResult =
  | { result: 'sent'; messageId: string }
  | { result: 'skipped'; reason: 'already sent' | 'already failed' | 'not found' | 'locked by another job' };

type Outcome = MailSendResult | { result: 'retry'; error: unknown } | { result: 'failed'; error: unknown; unrecoverable: boolean };

/** Headers of every mail: automatic (RFC 3834), so auto-replies and out-of-office notes stay away. */
const AUTOMATIC_HEADERS = { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' };

/**
 * Sends one outbox row. The row stays locked (FOR UPDATE SKIP LOCKED) for the whole SMTP
 * dialogue, so two jobs for the same mail never send it twice, and a sent row is final.
 */
@Injectable()
@JobHandler('mail.send')
export class MailSendHandler implements JobHandlerOf<'mail.send'> {
  private readonly logger = new Logger(MailSendHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: MailTemplateRegistry,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: JobPayload<'mail.send'>, context: Pick<JobContext, 'attempt' | 'maxAttempts'>): Promise<MailSendResult> {
    const outcome = await this.dataSource.transaction((manager) => this.sendLocked(manager, payload.mailId, context));
    const log = { mailId: payload.mailId, attempt: context.attempt };
    switch (outcome.result) {
      case 'sent':
        this.logger.log({ ...log, messageId: outcome.messageId }, 'mail sent');
        return outcome;
      case 'skipped':
        this.logger.log({ ...log, reason: outcome.reason }, 'mail not sent');
        return outcome;
      case 'retry':
        throw outcome.error;
      case 'failed':
        this.logger.error({ ...log, err: describeSendError(outcome.error) }, 'mail failed for good');
        throw outcome.unrecoverable ? new UnrecoverableError(describeSendError(outcome.error)) : outcome.error;
    }
  }

  private async sendLocked(
    manager: EntityManager,
    mailId: string,
    context: Pick<JobContext, 'attempt' | 'maxAttempts'>,
  ): Promise<Outcome> {
    const rows: OutboxRow[] = await manager.query(
      `SELECT id, recipient, template, locale, params, status FROM mail_outbox WHERE id = $1 FOR UPDATE SKIP LOCKED`,
      [mailId],
    );
    const row = rows[0];
    if (!row) {
      const exists: unknown[] = await manager.query(`SELECT 1 FROM mail_outbox WHERE id = $1`, [mailId]);
      return { result: 'skipped', reason: exists.length > 0 ? 'locked by another job' : 'not found' };
    }
    if (row.status === 'sent') return { result: 'skipped', reason: 'already sent' };
    if (row.status === 'failed') return { result: 'skipped', reason: 'already failed' };

    let content: MailContent;
    try {
      content = this.render(row);
    } catch (error) {
      // Unknown template or params that no longer fit: retrying cannot help.
      await this.markFailed(manager, row.id, error);
      return { result: 'failed', error, unrecoverable: true };
    }

    const messageId = messageIdFor(row.id, this.config.PUBLIC_BASE_URL);
    try {
      const sent = await this.transport.send({ to: row.recipient, ...content, messageId, headers: AUTOMATIC_HEADERS });
      await manager.query(
        `UPDATE mail_outbox
            SET status = 'sent', sent_at = now(), updated_at = now(), attempts = attempts + 1,
                message_id = $2, last_error = NULL, params = '{}'::jsonb
          WHERE id = $1`,
        [row.id, sent.messageId || messageId],
      );
      return { result: 'sent', messageId: sent.messageId || messageId };
    } catch (error) {
      const permanent = isPermanentSmtpRejection(error);
      if (permanent || context.attempt >= context.maxAttempts) {
        await this.markFailed(manager, row.id, error);
        return { result: 'failed', error, unrecoverable: permanent };
      }
      await manager.query(
        `UPDATE mail_outbox SET status = 'pending', attempts = attempts + 1, last_error = $2, updated_at = now() WHERE id = $1`,
        [row.id, describeSendError(error)],
      );
      return { result: 'retry', error };
    }
  }

  private render(row: OutboxRow): MailContent {
    const template = this.templates.get(row.template);
    const params = this.templates.parseParams(row.template, row.params);
    const content = template.render(params, row.locale, { publicBaseUrl: this.config.PUBLIC_BASE_URL.replace(/\/+$/, '') });
    if (!content.subject.trim() || /[\r\n]/.test(content.subject)) {
      throw new Error(`Mail template "${row.template}" rendered an empty or multi-line subject`);
    }
    return content;
  }

  /** Final: the params (maybe one-time links) go, the error stays for the operators. */
  private async markFailed(manager: EntityManager, id: string, error: unknown): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox
          SET status = 'failed', attempts = attempts + 1, last_error = $2, updated_at = now(), params = '{}'::jsonb
        WHERE id = $1`,
      [id, describeSendError(error)],
    );
  }
}
