import type { Audience, Offer } from '@knotenpunkt/shared/contracts';

/** Where the offers take place; their times are shown as local time there, whatever the browser's zone. */
export const OFFER_TIME_ZONE = 'Europe/Berlin';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Intl formatters are costly to create (locale data lookup) and pages format many dates while they
 * render and hydrate; one instance per language and options is kept and reused.
 */
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, language: string, options: object, create: () => T): T {
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}
const dateFormat = (language: string, options: Intl.DateTimeFormatOptions) => cached('date', language, options, () => new Intl.DateTimeFormat(language, options));

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** The instant of an api date: a date-only value counts from Berlin midnight (close enough for ordering). */
export function instantOf(value: string): number {
  return isDateOnly(value) ? Date.parse(`${value}T00:00:00+01:00`) : Date.parse(value);
}

/** Today's date in Berlin as "YYYY-MM-DD". */
export function berlinToday(now: number = Date.now()): string {
  return dateFormat('en-CA', { timeZone: OFFER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function dateOnly(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/**
 * One api date for lists: "8. Mai 2027" (all day) or "08.05.2027, 09:30" (Berlin local time).
 * The lists' `nextSessionStartsAt` is an instant even for all-day dates (Berlin midnight); such a
 * value is shown as a date, like the all-day session it comes from.
 */
export function shortDate(value: string, language: string): string {
  if (isDateOnly(value)) return dateFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(dateOnly(value));
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = dateFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: OFFER_TIME_ZONE }).format(date);
  if (time === '00:00') return dateFormat(language, { dateStyle: 'long', timeZone: OFFER_TIME_ZONE }).format(date);
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: OFFER_TIME_ZONE }).format(date);
}

/**
 * A session's start and end in words, in Berlin local time: "Samstag, 8. Mai 2027, 09:30–16:00 Uhr",
 * across days "Sa., 8. Mai 2027 um 09:30 – Mo., 10. Mai 2027 um 16:00"; all-day dates without time
 * ("Sonntag, 1. August – Freitag, 10. Dezember 2027").
 */
export function sessionRange(startsAt: string, endsAt: string, language: string): string {
  if (isDateOnly(startsAt)) {
    const format = dateFormat(language, { dateStyle: 'full', timeZone: 'UTC' });
    const end = isDateOnly(endsAt) ? endsAt : endsAt.slice(0, 10);
    return end === startsAt ? format.format(dateOnly(startsAt)) : format.formatRange(dateOnly(startsAt), dateOnly(end));
  }
  const start = new Date(startsAt);
  const end = new Date(isDateOnly(endsAt) ? `${endsAt}T23:59:00+01:00` : endsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  if (Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) {
    return dateFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: OFFER_TIME_ZONE }).format(start);
  }
  const sameDay = berlinToday(start.getTime()) === berlinToday(end.getTime());
  const format = sameDay
    ? dateFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: OFFER_TIME_ZONE })
    : dateFormat(language, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: OFFER_TIME_ZONE });
  return format.formatRange(start, end);
}

/** "120 €" / "12,50 €" in the UI language. */
export function money(amount: number, currency: string, language: string): string {
  const whole = Number.isInteger(amount);
  return cached('number', language, { currency, whole }, () => new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })).format(amount);
}

/** "Ehrenamtliche, Fachkräfte und Multiplikator*innen". */
export function listOf(items: readonly string[], language: string): string {
  return cached('list', language, {}, () => new Intl.ListFormat(language, { type: 'conjunction' })).format(items);
}

/** "Deutsch", "Arabisch" for BCP 47 codes (the code itself when the browser has no name). */
export function languageName(code: string, language: string): string {
  try {
    return cached('names', language, {}, () => new Intl.DisplayNames(language, { type: 'language' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * How a price is worded, as a translation key and its parameters:
 * kostenlos · kostenlos für Ehrenamtliche · 120 € · 120 € (kostenlos für …) · Preis auf Anfrage.
 * `audiences` are the translated labels of `price.freeFor`, already joined.
 */
export type PriceWording =
  | { readonly key: 'offerPrice.free' }
  | { readonly key: 'offerPrice.freeFor'; readonly audiences: readonly Audience[] }
  | { readonly key: 'offerPrice.amount'; readonly amount: number; readonly currency: string }
  | { readonly key: 'offerPrice.amountFreeFor'; readonly amount: number; readonly currency: string; readonly audiences: readonly Audience[] }
  | { readonly key: 'offerPrice.onRequest' };

export function priceWording(price: Offer['price']): PriceWording {
  if (price.isFree || price.amount === 0) return { key: 'offerPrice.free' };
  if (price.amount === null) return price.freeFor.length ? { key: 'offerPrice.freeFor', audiences: price.freeFor } : { key: 'offerPrice.onRequest' };
  if (price.freeFor.length) return { key: 'offerPrice.amountFreeFor', amount: price.amount, currency: price.currency, audiences: price.freeFor };
  return { key: 'offerPrice.amount', amount: price.amount, currency: price.currency };
}
