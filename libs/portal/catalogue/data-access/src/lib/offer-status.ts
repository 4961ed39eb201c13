import type { ImportRun, OfferStatus as ContractStatus } from '@knotenpunkt/shared/contracts';

/**
 * Offer statuses and workflow actions as plain arrays for the browser. `OFFER_STATUSES` mirrors
 * `offerStatuses` in @knotenpunkt/shared/contracts (the check below fails to compile when they
 * drift apart); only types are imported so zod stays out of the bundle.
 */
export const OFFER_STATUSES = ['draft', 'submitted', 'published', 'past', 'archived'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statusesMatch: Same<OfferStatus, ContractStatus> = true;
void statusesMatch;

/** The workflow actions an editor can start from the offers list (`POST …/offers/:id/<action>`). */
export const OFFER_ACTIONS = ['submit', 'withdraw', 'archive', 'reopen'] as const;
export type OfferAction = (typeof OFFER_ACTIONS)[number];

/**
 * Which actions the api accepts in which status (the api's workflow table: submit from draft or
 * past, withdraw while submitted, archive from draft/published/past, reopen when archived).
 * The api stays the judge; this only decides which buttons are shown.
 */
const ALLOWED: Record<OfferStatus, readonly OfferAction[]> = {
  draft: ['submit', 'archive'],
  submitted: ['withdraw'],
  published: ['archive'],
  past: ['submit', 'archive'],
  archived: ['reopen'],
};

export function actionsFor(status: OfferStatus): readonly OfferAction[] {
  return ALLOWED[status];
}

/** An import run is finished once it succeeded or failed (then polling stops). */
export function importFinished(run: Pick<ImportRun, 'status'>): boolean {
  return run.status === 'succeeded' || run.status === 'failed';
}
