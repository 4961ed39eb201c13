#!/usr/bin/env node
// The relevance set (bench/relevance/offers/*.jsonld and tasks.json) with every date moved by
// (today − ANCHOR) days, so sessions written for 2027 stay in the future whenever the set runs.
// Used by bench/relevance.mjs and, as `node bench/relevance/set.mjs [--today YYYY-MM-DD]` (prints
// the shifted set as JSON), by apps/api-e2e/src/relevance.int-spec.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SET_DIR = dirname(fileURLToPath(import.meta.url));
/** The day the dates of the set were written against: on this day they are used unchanged. */
export const ANCHOR = '2026-12-08';
/** Properties of the exchange format that hold a date or date-time. */
const DATE_PROPERTIES = new Set(['startDate', 'endDate', 'availabilityEnds']);
const DATE = /^(\d{4}-\d{2}-\d{2})(.*)$/;
const DAY_MS = 86_400_000;

const dayNumber = (isoDay) => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;

/** Whole days from the anchor to `today` (YYYY-MM-DD; default: today's date in Europe/Berlin). */
export function shiftDaysFor(today = berlinToday()) {
  return Math.round(dayNumber(today) - dayNumber(ANCHOR));
}

export function berlinToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "2027-03-20T09:30" + 3 days → "2027-03-23T09:30" (the time of day and any offset stay). */
export function shiftDate(value, days) {
  const match = DATE.exec(value);
  if (!match) throw new Error(`not a date: ${value}`);
  const day = new Date((dayNumber(match[1]) + days) * DAY_MS).toISOString().slice(0, 10);
  return `${day}${match[2]}`;
}

/** A deep copy of an exchange document with every date property shifted. */
export function shiftDocument(node, days) {
  if (Array.isArray(node)) return node.map((n) => shiftDocument(n, days));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, DATE_PROPERTIES.has(k) && typeof v === 'string' ? shiftDate(v, days) : shiftDocument(v, days)]));
}

/**
 * The set: `files` (one per organisation: slug, its Organization node, the shifted document and
 * its offer `@id`s) and `tasks` (their `from`/`to` shifted as well).
 */
export function loadSet({ today, dir = SET_DIR } = {}) {
  const days = shiftDaysFor(today);
  const files = readdirSync(join(dir, 'offers'))
    .filter((f) => f.endsWith('.jsonld'))
    .sort()
    .map((file) => {
      const doc = shiftDocument(JSON.parse(readFileSync(join(dir, 'offers', file), 'utf8')), days);
      const courses = doc['@graph'].filter((n) => n['@type'] === 'Course');
      const providerId = courses[0]?.provider;
      const organisation = doc['@graph'].find((n) => n['@id'] === providerId);
      if (!organisation) throw new Error(`${file}: no Organization node for the provider ${providerId}`);
      return { slug: file.replace(/\.jsonld$/, ''), organisation, document: doc, offerIds: courses.map((c) => c['@id']) };
    });
  const tasks = JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')).map((task) => ({
    ...task,
    query: Object.fromEntries(Object.entries(task.query).map(([k, v]) => [k, (k === 'from' || k === 'to') && typeof v === 'string' ? shiftDate(v, days) : v])),
  }));
  return { anchor: ANCHOR, today: today ?? berlinToday(), shiftDays: days, files, tasks };
}

/** A task's query as the query string of GET /api/v1/search/offers (lists comma-separated). */
export function queryString(query, extra = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...extra })) {
    if (v === undefined || v === null) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return params.toString();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--today');
  process.stdout.write(JSON.stringify(loadSet({ today: i > 0 ? process.argv[i + 1] : undefined })));
}
