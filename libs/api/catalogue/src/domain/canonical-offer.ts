import { createHash, randomUUID } from 'node:crypto';
import { instantOf, endInstantOf, type OfferInput, type SessionInput } from '@knotenpunkt/shared/contracts';

/** Session identity for files without CourseInstance `@id`: stable as long as module and start stay. */
export function derivedSessionId(offerExternalId: string, session: Pick<SessionInput, 'modulePosition' | 'startsAt'>): string {
  return `${offerExternalId}#session-${session.modulePosition ?? 0}-${session.startsAt}`;
}

export const newOfferExternalId = (id: string) => `urn:knotenpunkt:offer:${id}`;
export const newSessionExternalId = () => `urn:knotenpunkt:session:${randomUUID()}`;
export const newPartnerExternalId = (id: string) => `urn:knotenpunkt:partner:${id}`;

export type CanonicalSession = SessionInput & { externalId: string };
export type CanonicalOffer = Omit<OfferInput, 'sessions'> & { sessions: CanonicalSession[] };

/**
 * One order and one identity for every session, so the same content always has the same hash,
 * whichever way it arrived (editor, import, re-import of an export).
 */
export function canonicalOffer(input: OfferInput, missingSessionId: (session: SessionInput) => string): CanonicalOffer {
  const sessions = input.sessions
    .map((s) => ({ ...s, externalId: s.externalId ?? missingSessionId(s) }))
    .sort((a, b) => (a.modulePosition ?? 0) - (b.modulePosition ?? 0) || instantOf(a.startsAt) - instantOf(b.startsAt) || a.externalId.localeCompare(b.externalId));
  return { ...input, sessions };
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** First start still ahead (or running) and the last end, for listing and the "past" rule. */
export function sessionBounds(sessions: readonly SessionInput[], now: number): { nextStartsAt: Date | null; lastEndsAt: Date | null } {
  let next: number | null = null;
  let last: number | null = null;
  for (const s of sessions) {
    const start = instantOf(s.startsAt);
    const end = endInstantOf(s.endsAt);
    if (end >= now && (next === null || start < next)) next = start;
    if (last === null || end > last) last = end;
  }
  return { nextStartsAt: next === null ? null : new Date(next), lastEndsAt: last === null ? null : new Date(last) };
}

/** URL-safe, readable, unique by the id suffix. */
export function offerSlug(title: string, id: string): string {
  const base = title
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    .slice(0, 60).replace(/-+$/, '');
  return `${base || 'angebot'}-${id.replace(/-/g, '').slice(0, 8)}`;
}
