import type { OfferFacet, OfferSearchQuery, OrganisationFacet, OrganisationSearchQuery } from '@knotenpunkt/shared/contracts';
import type { OfferDocument } from './offer-document';
import type { OrganisationDocument } from './organisation-document';

/**
 * One unit of an analysed query (shared/search-text `analyseQuery`): a query word, or a part of
 * a compound query word (parts share a group), with the terms that may stand for it.
 */
export interface TextUnit {
  source: string;
  group: number;
  /** Stemmed terms; a phrase has its terms joined by a space; `prefix`: any term starting with it. */
  alternatives: { term: string; weight: number; prefix: boolean }[];
}

/** A query as the adapters get it: validated, text normalised and expanded, centre resolved. */
export interface EngineQuery {
  /** The query text as typed (engines that analyse text themselves, e.g. Meilisearch, use it); '' without text. */
  text: string;
  /** Per query word the alternatives that may match it (the word, synonyms, typo corrections); phrases joined by spaces. */
  words: string[][];
  /** The analysed query (compound parts, elisions, weighted synonyms, prefixes) for engines that match terms themselves. */
  units: TextUnit[];
  filters: {
    region?: string;
    /** `regionKey`: the Gemeinde of the centre when known (service areas and Land-wide online offers reach it). */
    center?: { lat: number; lon: number; radiusKm: number; regionKey?: string };
    free?: boolean;
    freeFor?: string;
    modes?: string[];
    audiences?: string[];
    topics?: string[];
    languages?: string[];
    kinds?: string[];
    /** Instants (ISO): sessions starting in [from, to). */
    from?: string;
    to?: string;
    /** Only online sessions of offers run for all of Germany (no `onlineLaender`): the fallback beside a search by place. */
    nationwideOnline?: boolean;
  };
  /**
   * The region (or part of the text) was typed as words ("Landkreis Gotha Asyl"): it counts as
   * one matched unit of the query, so offers there that match none of the remaining words may
   * still fill up a short result, after those that do.
   */
  textOptional?: boolean;
  sort: OfferSearchQuery['sort'];
  facets: OfferFacet[];
  page: number;
  pageSize: number;
  /** Sessions ending before this instant do not count (ISO). */
  now: string;
}

export interface EngineHit {
  id: string;
  /** Nearest matching session's distance, when a centre was given. */
  distanceKm: number | null;
  /** Found through the provider's service area: the offer has no dates ("auf Anfrage"). */
  onRequest?: boolean;
  document: Pick<OfferDocument, 'summary' | 'sessions'>;
}

export interface EngineResult {
  hits: EngineHit[];
  total: number;
  /** true: more offers match than the engine counted (`total` is a lower bound). */
  totalCapped?: boolean;
  facets: Partial<Record<OfferFacet, Record<string, number>>>;
  /** Engines that drop query words when few offers match all: how many units the weakest hit matches. */
  textMatch?: { matched: number };
}

/** A partner search as the adapters get it (text normalised and expanded, centre resolved). */
export interface OrganisationEngineQuery {
  words: string[][];
  filters: {
    types?: string[];
    topics?: string[];
    audiences?: string[];
    /** Matches `areaKeys` (works within the region) or, with its ancestors, `coverKeys` (covers it). */
    region?: string;
    center?: { lat: number; lon: number; radiusKm: number };
  };
  sort: OrganisationSearchQuery['sort'];
  facets: OrganisationFacet[];
  page: number;
  pageSize: number;
}

export interface OrganisationEngineResult {
  hits: { id: string; distanceKm: number | null; currentOffers: number; profile: OrganisationDocument['profile'] }[];
  total: number;
  facets: Partial<Record<OrganisationFacet, Record<string, number>>>;
}

/**
 * The search port (architecture rule 4): PostgreSQL (embedded default) and Meilisearch
 * (production) implement it and pass one contract suite. Documents are published offers only.
 */
export interface SearchIndex {
  readonly engine: 'postgres' | 'meilisearch';
  upsertOffers(documents: OfferDocument[]): Promise<void>;
  removeOffers(ids: string[]): Promise<void>;
  searchOffers(query: EngineQuery): Promise<EngineResult>;
  upsertOrganisations(documents: OrganisationDocument[]): Promise<void>;
  removeOrganisations(ids: string[]): Promise<void>;
  searchOrganisations(query: OrganisationEngineQuery): Promise<OrganisationEngineResult>;
  /** Replaces every organisation document (no empty index on the way). */
  rebuildOrganisations(documents: OrganisationDocument[]): Promise<number>;
  /** Normalised words known to the index, for typo correction of query words (PostgreSQL; Meilisearch corrects itself). */
  similarWords?(words: string[]): Promise<Map<string, string[]>>;
  /**
   * Typo corrections for analysed query terms (stems) the engine does not know at all: close
   * terms of its index, best first. Engines that correct typos themselves (Meilisearch) omit it.
   */
  termCorrections?(terms: string[]): Promise<Map<string, string[]>>;
  /** Prepares answering (the embedded engine loads its in-memory index); searches wait for it otherwise. */
  warmUp?(): Promise<void>;
  /** Rebuilds everything from `batches` without an empty index on the way (swap at the end). */
  rebuild(batches: AsyncIterable<OfferDocument[]>, onProgress?: (indexed: number) => void): Promise<number>;
  /** Synonym groups (normalised), for engines that apply them themselves. */
  applySynonyms?(groups: string[][]): Promise<void>;
  /**
   * Throws when the engine cannot answer (health check). Engines without it (PostgreSQL) are up
   * when the database is.
   */
  ping?(): Promise<void>;
}

export const SEARCH_INDEX = Symbol('SEARCH_INDEX');
