import { ancestorKeys } from '@knotenpunkt/shared/geo';
import { onlineLaenderOf } from './laender';
import { vocabularyWords } from './vocabulary-words';
import { endInstantOf, instantOf, type Offer, type OfferSummary } from '@knotenpunkt/shared/contracts';

/** One session as both engines store it. Instants are ISO strings (UTC). */
export interface SessionDocument {
  startsAt: string;
  endsAt: string;
  /** As the provider gave them (a date = all day, or a Berlin date-time). */
  startsText: string;
  endsText: string;
  mode: 'onsite' | 'online' | 'blended';
  lat: number | null;
  lon: number | null;
  /** The session's Gemeinde and every region above it. */
  regionKeys: string[];
  postalCode: string | null;
  locality: string | null;
  freePlaces: number | null;
  capacity: number | null;
  registrationDeadline: string | null;
}

/** What the search engines know about a published offer (derived; rebuildable from the catalogue). */
export interface OfferDocument {
  id: string;
  tenantId: string;
  kind: Offer['kind'];
  /** Weighted text: title (A), abstract, summary and topics (B), description and modules (C), provider and partners (D). */
  text: { a: string; b: string; c: string; d: string };
  topics: string[];
  audiences: string[];
  languages: string[];
  modes: string[];
  regionKeys: string[];
  laender: string[];
  isFree: boolean;
  freeFor: string[];
  nextStart: string | null;
  lastEnd: string | null;
  /** What a hit shows; `hasPlainLanguage` is absent in documents indexed before it existed. */
  summary: OfferSummary & { hasPlainLanguage?: boolean };
  sessions: SessionDocument[];
  /** Region keys the provider serves (its profile's service areas). */
  serviceAreas: string[];
  /** Länder an online session of the offer belongs to (see {@link onlineLaenderOf}); empty: nationwide. */
  onlineLaender: string[];
  /** The offer has no dates at all (on request, counselling): found where its provider serves. */
  onRequest: boolean;
}

/** The session's location keys: the Gemeinde key and its ancestors, each once. */
function keysOf(regionKey: string | null): string[] {
  return regionKey ? [...ancestorKeys(regionKey), regionKey] : [];
}

/**
 * Builds the document from the catalogue's offer (published ones only: the indexer removes
 * everything else). Sessions that have ended are left out; they can no longer be attended.
 */
export function offerDocument(offer: Offer, tenantId: string, now: number, provider: { serviceAreas: string[] } = { serviceAreas: [] }): OfferDocument {
  const sessions: SessionDocument[] = offer.sessions
    .filter((s) => endInstantOf(s.endsAt) >= now)
    .map((s) => ({
      startsAt: new Date(instantOf(s.startsAt)).toISOString(),
      endsAt: new Date(endInstantOf(s.endsAt)).toISOString(),
      startsText: s.startsAt,
      endsText: s.endsAt,
      mode: s.mode,
      lat: s.venue?.point?.lat ?? null,
      lon: s.venue?.point?.lon ?? null,
      regionKeys: keysOf(s.venue?.regionKey ?? null),
      postalCode: s.venue?.postalCode ?? null,
      locality: s.venue?.locality ?? null,
      freePlaces: s.freePlaces,
      capacity: s.capacity,
      registrationDeadline: s.registrationDeadline,
    }))
    .sort((x, y) => x.startsAt.localeCompare(y.startsAt));
  const onlineLaender = sessions.some((s) => s.mode !== 'onsite' && s.regionKeys.length === 0) ? onlineLaenderOf(provider.serviceAreas, `${offer.title} ${offer.abstract ?? ''}`) : [];
  const regionKeys = [...new Set([...sessions.flatMap((s) => s.regionKeys), ...onlineLaender])];
  const summary: OfferDocument['summary'] = {
    id: offer.id,
    slug: offer.slug,
    status: offer.status,
    kind: offer.kind,
    title: offer.title,
    abstract: offer.abstract,
    topics: offer.topics,
    audiences: offer.audiences,
    price: offer.price,
    provider: offer.provider,
    nextSessionStartsAt: sessions[0]?.startsAt ?? null,
    lastSessionEndsAt: offer.lastSessionEndsAt,
    publishedAt: offer.publishedAt,
    updatedAt: offer.updatedAt,
    sessionCount: offer.sessions.length,
    modes: [...new Set(offer.sessions.map((s) => s.mode))].sort(),
    hasPlainLanguage: Boolean(offer.plainLanguageSummary),
  };
  const isFree = offer.price.isFree || offer.price.amount === 0;
  const words = vocabularyWords({ kind: offer.kind, topics: offer.topics, audiences: offer.audiences, isFree, freeFor: offer.price.freeFor, modes: summary.modes });
  return {
    id: offer.id,
    tenantId,
    kind: offer.kind,
    text: {
      a: offer.title,
      b: [offer.abstract, offer.plainLanguageSummary, offer.certificate?.name, words.strong].filter(Boolean).join(' '),
      c: [offer.description, ...offer.modules.map((m) => `${m.title} ${m.description ?? ''}`), offer.prerequisites].filter(Boolean).join(' '),
      // Venue towns too: "Asyl Gotha" finds what takes place in Gotha (a typed Land or Kreis acts as the region instead).
      d: [offer.provider.name, ...offer.partners.map((p) => p.name), ...offer.funders, offer.certificate?.recognisedBy, ...new Set(sessions.map((s) => s.locality)), words.weak].filter(Boolean).join(' '),
    },
    topics: offer.topics,
    audiences: offer.audiences,
    languages: offer.languages,
    modes: [...new Set(sessions.map((s) => s.mode))].sort(),
    regionKeys,
    laender: [...new Set(regionKeys.filter((k) => k.length === 2))].sort(),
    isFree,
    freeFor: offer.price.freeFor,
    nextStart: sessions[0]?.startsAt ?? null,
    lastEnd: sessions.reduce<string | null>((last, s) => (last === null || s.endsAt > last ? s.endsAt : last), null),
    summary,
    sessions,
    serviceAreas: provider.serviceAreas,
    onlineLaender,
    onRequest: offer.sessions.length === 0,
  };
}
