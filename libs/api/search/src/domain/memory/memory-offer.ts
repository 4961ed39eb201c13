import type { SessionDocument } from '../offer-document';

/** A session as the in-memory engine keeps it: instants as numbers for the filters, the document for the hit. */
export interface MemorySession {
  startsAt: number;
  endsAt: number;
  mode: SessionDocument['mode'];
  lat: number | null;
  lon: number | null;
  /** The deepest region key of the venue (keys are prefixes of each other), null online. */
  regionKey: string | null;
  /** YYYY-MM-DD, or null. */
  registrationDeadline: string | null;
  document: SessionDocument;
}

/** What the in-memory engine keeps of one published offer (its text lives only in the postings). */
export interface MemoryOffer {
  id: string;
  kind: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  modes: string[];
  laender: string[];
  isFree: boolean;
  freeFor: string[];
  /** Instant the last session ends; null: the offer has no dates (on request, counselling). */
  lastEnd: number | null;
  /** The offer has no dated sessions at all: found where its provider serves ("auf Anfrage"). */
  onRequest: boolean;
  /** Region keys the provider serves (any level). */
  serviceAreas: string[];
  /**
   * Länder an online session belongs to ("für Engagierte in Sachsen"): the Länder of a provider
   * that serves few of them, or named in the offer's title or abstract. Empty: nationwide.
   */
  onlineLaender: string[];
  sessions: MemorySession[];
}

/** The text of an offer in its weighted fields, as given to {@link MemoryOfferIndex.upsert}. */
export interface MemoryOfferText {
  /** title */
  a: string;
  /** abstract, plain-language summary, certificate, topics */
  b: string;
  /** description, modules, prerequisites */
  c: string;
  /** provider, partners, funders */
  d: string;
}
