import ical, { ICalCalendarMethod } from 'ical-generator';
import type { OfferSearchResult } from '@knotenpunkt/shared/contracts';
import { isDateOnly } from '@knotenpunkt/shared/contracts';

/**
 * The current search result as an iCalendar feed (one event per offer: its next matching
 * session), so people can subscribe to "free trainings near Gotha" in their calendar.
 */
export function searchCalendar(result: OfferSearchResult, options: { publicBaseUrl: string; title: string }): string {
  const calendar = ical({ name: options.title, prodId: { company: 'Knotenpunkt', product: 'Angebotssuche', language: 'DE' }, method: ICalCalendarMethod.PUBLISH, timezone: 'Europe/Berlin' });
  for (const hit of [...result.items, ...result.fallback]) {
    const session = hit.nextSession;
    if (!session) continue;
    const allDay = isDateOnly(session.startsAt);
    const url = `${options.publicBaseUrl.replace(/\/$/, '')}/angebote/${hit.slug}`;
    calendar.createEvent({
      id: `${hit.id}-${session.startsAt}@knotenpunkt`,
      start: new Date(allDay ? `${session.startsAt}T00:00:00` : session.startsAt),
      end: new Date(allDay ? `${addDay(session.endsAt)}T00:00:00` : session.endsAt),
      allDay,
      summary: hit.title,
      description: [hit.abstract, `${hit.provider.name}`, url].filter(Boolean).join('\n\n'),
      location: session.mode === 'online' ? 'online' : [session.postalCode, session.locality].filter(Boolean).join(' ') || null,
      url,
    });
  }
  return calendar.toString();
}

function addDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
