import { z } from 'zod';
import { composeMail, defineMailTemplate, mailAction, mailNote } from '@knotenpunkt/api/core/mail';

/** Reminder that published offers have not been looked at for a while (freshness). */
export const staleOffersMail = defineMailTemplate({
  name: 'catalogue.staleOffers',
  params: z.object({
    displayName: z.string(),
    organisation: z.string(),
    days: z.number().int(),
    offers: z.array(z.object({ title: z.string(), updatedAt: z.string() })).max(20),
    more: z.number().int().min(0),
  }),
  render: (p, locale, ctx) => {
    const url = `${ctx.publicBaseUrl.replace(/\/$/, '')}/arbeitsbereich/angebote`;
    const list = p.offers.map((o) => `• ${o.title} (${o.updatedAt.slice(0, 10)})`).join('\n');
    return composeMail(
      locale === 'de'
        ? {
            locale,
            subject: `Sind Ihre Angebote noch aktuell? (${p.organisation})`,
            blocks: [
              `Hallo ${p.displayName},`,
              `diese veröffentlichten Angebote von ${p.organisation} wurden seit mehr als ${p.days} Tagen nicht mehr bearbeitet. Bitte prüfen Sie Termine, freie Plätze und Ansprechpersonen, damit Interessierte verlässliche Angaben finden:`,
              list + (p.more ? `\n… und ${p.more} weitere` : ''),
              mailAction('Angebote prüfen', url),
              mailNote('Wie oft wir erinnern, stellen Administrator*innen im Profil Ihrer Organisation ein.'),
            ],
          }
        : {
            locale,
            subject: `Are your offers still up to date? (${p.organisation})`,
            blocks: [
              `Hello ${p.displayName},`,
              `these published offers of ${p.organisation} have not been edited for more than ${p.days} days. Please check dates, free places and contacts so that people find reliable information:`,
              list + (p.more ? `\n… and ${p.more} more` : ''),
              mailAction('Check offers', url),
              mailNote("Administrators set how often we remind you in your organisation's profile."),
            ],
          },
      ctx,
    );
  },
});

export const catalogueMailTemplates = [staleOffersMail];
