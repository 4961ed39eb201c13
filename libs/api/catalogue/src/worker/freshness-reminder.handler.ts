import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import { MailOutboxService } from '@knotenpunkt/api/core/mail';
import { JobHandler, JobProducer, type JobHandlerOf } from '@knotenpunkt/api/core/queue';
import { staleOffersMail } from '../mail/catalogue-mail-templates';

export const FRESHNESS_SCHEDULER_ID = 'catalogue-freshness';
const EVERY_MS = 6 * 60 * 60 * 1000;
const LISTED = 20;

/**
 * Reminds the editors of an organisation when published offers have not been edited for the
 * organisation's configured period. Each offer is reminded about once per edit: the reminder
 * time is stored in the same transaction as the mails, so a retry never mails twice.
 */
@Injectable()
@JobHandler('catalogue.freshnessReminder')
export class FreshnessReminderHandler implements JobHandlerOf<'catalogue.freshnessReminder'>, OnApplicationBootstrap {
  private readonly logger = new Logger(FreshnessReminderHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly outbox: MailOutboxService,
  ) {}

  onApplicationBootstrap(): void {
    void this.jobs.schedule(FRESHNESS_SCHEDULER_ID, 'catalogue.freshnessReminder', {}, EVERY_MS).catch((error: Error) => this.logger.warn({ err: error.message }, 'freshness reminder not scheduled'));
  }

  async handle(): Promise<{ tenants: number; mails: number }> {
    const mails = await runAs(this.dataSource, { platform: true }, async (manager) => {
      const stale: { tenant_id: string; tenant_name: string; days: number; offers: { id: string; title: string; updatedAt: string }[] }[] = await manager.query(
        `SELECT o.tenant_id, t.name AS tenant_name, coalesce(p.stale_after_days, 90) AS days,
                json_agg(json_build_object('id', o.id, 'title', o.title, 'updatedAt', o.updated_at) ORDER BY o.updated_at) AS offers
           FROM offer o JOIN tenant t ON t.id = o.tenant_id LEFT JOIN organisation_profile p ON p.tenant_id = o.tenant_id
          WHERE o.status = 'published' AND t.status = 'active'
            AND (p.tenant_id IS NULL OR p.stale_after_days IS NOT NULL)
            AND o.updated_at < now() - make_interval(days => coalesce(p.stale_after_days, 90))
            AND (o.stale_reminded_at IS NULL OR o.stale_reminded_at < o.updated_at)
          GROUP BY o.tenant_id, t.name, p.stale_after_days`,
      );
      const ids: string[] = [];
      for (const group of stale) {
        const editors: { email: string; display_name: string; language: 'de' | 'en' }[] = await manager.query(
          `SELECT u.email, u.display_name, u.language FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.tenant_id = $1 AND m.role IN ('owner', 'admin', 'editor') AND u.email_verified_at IS NOT NULL ORDER BY u.email`,
          [group.tenant_id],
        );
        for (const editor of editors) {
          const mail = await this.outbox.enqueue(manager, {
            to: editor.email,
            template: staleOffersMail,
            locale: editor.language,
            tenantId: group.tenant_id,
            params: { displayName: editor.display_name, organisation: group.tenant_name, days: group.days, offers: group.offers.slice(0, LISTED).map((o) => ({ title: o.title, updatedAt: String(o.updatedAt) })), more: Math.max(0, group.offers.length - LISTED) },
          });
          ids.push(mail.id);
        }
        await manager.query(`UPDATE offer SET stale_reminded_at = now() WHERE id = ANY($1::uuid[])`, [group.offers.map((o) => o.id)]);
      }
      return { tenants: stale.length, ids };
    });
    await this.outbox.dispatch(mails.ids);
    return { tenants: mails.tenants, mails: mails.ids.length };
  }
}
