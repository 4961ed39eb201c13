import { AUDIENCE_CODES, SESSION_MODE_CODES, TOPIC_CODES } from '@knotenpunkt/portal/shared/util';

// Literal lists (the code lists come from portal-shared-util): the app's routes import this
// library's index, and values from contracts (zod) or data-access must not land in the initial
// bundle.
export const TOPIC_KEYS = TOPIC_CODES;
export const AUDIENCE_KEYS = AUDIENCE_CODES;
export const SESSION_MODE_KEYS = SESSION_MODE_CODES;
export const PRICE_KEYS = ['free', 'freeFor', 'amount', 'amountFreeFor', 'onRequest'] as const;
export const REPEAT_UNITS = ['D', 'W', 'M', 'Y'] as const;

/**
 * Translation keys the public catalogue pages (offer page, organisation page) build at run time
 * (`'offerTopics.' + topic`, …). A function, so nothing is computed when the routes load.
 */
export function publicCatalogueDynamicI18nKeys(): readonly string[] {
  return [
    ...TOPIC_KEYS.map((topic) => `offerTopics.${topic}`),
    ...AUDIENCE_KEYS.map((audience) => `offerAudiences.${audience}`),
    ...SESSION_MODE_KEYS.map((mode) => `sessionModes.${mode}`),
    ...PRICE_KEYS.map((key) => `offerPrice.${key}`),
    ...REPEAT_UNITS.flatMap((unit) => [`offerPage.schedule.every1.${unit}`, `offerPage.schedule.everyN.${unit}`]),
  ];
}
