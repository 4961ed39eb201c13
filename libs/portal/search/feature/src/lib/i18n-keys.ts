import { OFFER_KIND_CODES } from '@knotenpunkt/portal/shared/util';

// Literal lists (checked against the contracts in i18n-keys.spec.ts): the app's routes import this
// library's index, so nothing here may pull in data-access code or zod.
const DEADLINE_STATES = ['open', 'soon', 'closed'] as const;
const TENANT_TYPES = ['umbrella', 'adult-education', 'welfare', 'initiative', 'migrant-organisation', 'municipality', 'funder', 'other'] as const;

/** Translation keys the search pages build at run time. A function, so nothing is computed when the routes load. */
export function searchDynamicI18nKeys(): readonly string[] {
  return [
    ...DEADLINE_STATES.map((state) => `search.badge.deadline.${state}`),
    ...TENANT_TYPES.map((type) => `tenantTypes.${type}`),
    ...OFFER_KIND_CODES.map((kind) => `offerKinds.${kind}`),
  ];
}
