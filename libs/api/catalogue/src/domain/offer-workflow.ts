import type { OfferStatus } from '@knotenpunkt/shared/contracts';

export type WorkflowAction = 'submit' | 'withdraw' | 'approve' | 'return' | 'archive' | 'reopen';

/**
 * The publishing workflow as a table. `submit` goes to review only when the organisation asks
 * its parent to review; otherwise it publishes at once. `past` is set by the worker when the
 * last session is over; a past offer is submitted again once it has new dates.
 */
const transitions: Record<WorkflowAction, { from: readonly OfferStatus[]; to: (reviewRequired: boolean) => OfferStatus }> = {
  submit: { from: ['draft', 'past'], to: (review) => (review ? 'submitted' : 'published') },
  withdraw: { from: ['submitted'], to: () => 'draft' },
  approve: { from: ['submitted'], to: () => 'published' },
  return: { from: ['submitted'], to: () => 'draft' },
  archive: { from: ['draft', 'published', 'past'], to: () => 'archived' },
  reopen: { from: ['archived'], to: () => 'draft' },
};

export function nextStatus(action: WorkflowAction, current: OfferStatus, reviewRequired: boolean): OfferStatus | null {
  const rule = transitions[action];
  return rule.from.includes(current) ? rule.to(reviewRequired) : null;
}

/** Content can be edited except while a reviewer looks at it and once archived. */
export function editable(status: OfferStatus): boolean {
  return status !== 'submitted' && status !== 'archived';
}

/** Only never-published drafts can be deleted; everything else is archived (links keep working). */
export function deletable(status: OfferStatus, everPublished: boolean): boolean {
  return status === 'draft' && !everPublished;
}

/** Search shows published offers only; every transition into or out of that state must reach it. */
export function searchRelevant(from: OfferStatus, to: OfferStatus): boolean {
  return from === 'published' || to === 'published';
}
