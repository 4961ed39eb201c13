import { z } from 'zod';

/**
 * Dates of the exchange format: a calendar date (all day) or a date-time, with or without
 * offset; without one it means Europe/Berlin.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

function validCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100;
}

const berlin = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Offset of Europe/Berlin from UTC in minutes at the given instant. */
function berlinOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(berlin.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return Math.round((asUtc - instant) / 60000);
}

/** Milliseconds since the epoch; wall-clock values without offset are read as Europe/Berlin. */
export function instantOf(value: string): number {
  if (DATE.test(value)) return instantOf(`${value}T00:00:00`);
  const match = DATE_TIME.exec(value);
  if (!match) return Number.NaN;
  const [, day, hh, mm, ss, zone] = match;
  const wall = Date.parse(`${day}T${hh}:${mm}:${ss ?? '00'}Z`);
  if (Number.isNaN(wall)) return Number.NaN;
  if (zone) return zone === 'Z' ? wall : wall - (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60000;
  // Two passes settle the offset around DST changes.
  const first = wall - berlinOffsetMinutes(wall) * 60000;
  return wall - berlinOffsetMinutes(first) * 60000;
}

/** Canonical Europe/Berlin form with offset, e.g. 2027-03-02T09:00:00+01:00. */
export function berlinDateTime(instant: number): string {
  const offset = berlinOffsetMinutes(instant);
  const local = new Date(instant + offset * 60000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function isDateOnly(value: string): boolean {
  return DATE.test(value);
}

/** "YYYY-MM-DD" (all day) or a date-time; normalised to the canonical Berlin form with offset. */
export const offerDateTimeSchema = z
  .string({ message: 'catalogue.date.format' })
  .trim()
  .refine((v) => (DATE.test(v) || DATE_TIME.test(v)) && validCalendarDate(v) && !Number.isNaN(instantOf(v)), { message: 'catalogue.date.format' })
  .transform((v) => (DATE.test(v) ? v : berlinDateTime(instantOf(v))));

/** A calendar date "YYYY-MM-DD" (a date-time is cut to its Berlin day). */
export const offerDateSchema = z
  .string({ message: 'catalogue.date.format' })
  .trim()
  .refine((v) => (DATE.test(v) || DATE_TIME.test(v)) && validCalendarDate(v) && !Number.isNaN(instantOf(v)), { message: 'catalogue.date.format' })
  .transform((v) => (DATE.test(v) ? v : berlinDateTime(instantOf(v)).slice(0, 10)));

/** End of the day or moment a session ends: an all-day end date lasts until midnight after it. */
export function endInstantOf(value: string): number {
  return DATE.test(value) ? instantOf(value) + 24 * 3600 * 1000 - 1 : instantOf(value);
}
