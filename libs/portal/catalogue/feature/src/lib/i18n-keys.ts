import type { OfferAction, OfferStatus } from '@knotenpunkt/portal/catalogue/data-access';

// Literal lists (types only from data-access, checked in guards.spec.ts): this file is reachable
// from the app's routes, and importing data-access values would pull its api service into the
// initial bundle.
const OFFER_STATUS_KEYS: readonly OfferStatus[] = ['draft', 'submitted', 'published', 'past', 'archived'];
const OFFER_ACTION_KEYS: readonly OfferAction[] = ['submit', 'withdraw', 'archive', 'reopen'];

/** Mirrors `offerKinds` in @knotenpunkt/shared/contracts (checked in the unit test). */
export const OFFER_KIND_KEYS = ['course', 'programme', 'counselling', 'network-meeting', 'on-request'] as const;
const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'reject'] as const;
const IMPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

/**
 * Translation keys the workspace pages build at run time (`'offerStatus.' + status`, …), which a
 * search of the templates for literal keys cannot find. The app's translation test checks them too.
 * A function, not a constant: the app's routes import this library's index, and a computed
 * top-level array (with the data-access it needs) would land in the initial bundle.
 */
export function catalogueDynamicI18nKeys(): readonly string[] {
  return [
    ...OFFER_STATUS_KEYS.map((status) => `offerStatus.${status}`),
    ...OFFER_KIND_KEYS.map((kind) => `offerKinds.${kind}`),
    ...OFFER_ACTION_KEYS.flatMap((action) => [`catalogueOffers.actions.${action}`, `catalogueOffers.actionOf.${action}`]),
    // The status an action leads to (submit → published or submitted, withdraw/reopen → draft, archive → archived).
    ...OFFER_STATUS_KEYS.map((status) => `catalogueOffers.result.${status}`),
    ...IMPORT_ACTIONS.map((action) => `catalogueImport.actions.${action}`),
    ...IMPORT_STATUSES.map((status) => `catalogueImport.phase.${status}`),
    ...['error', 'warning'].map((severity) => `catalogueImport.issues.${severity}`),
    // The offer editor's repeated fields (labels built from the field's name).
    ...['name', 'issuer', 'recognisedBy', 'legalBasis'].map((field) => `offerEditor.fields.certificate.${field}`),
    ...['name', 'email', 'phone'].map((field) => `offerEditor.fields.contact.${field}`),
    ...['name', 'street', 'postalCode', 'locality'].map((field) => `offerEditor.fields.venue.${field}`),
    ...['capacity', 'freePlaces'].map((field) => `offerEditor.fields.${field}`),
    // The partner form's contact fields.
    ...['url', 'email', 'phone'].map((field) => `workspacePartners.fields.${field}`),
  ];
}
