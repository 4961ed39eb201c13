// Literal lists, checked against @knotenpunkt/shared/contracts in i18n-keys.spec.ts: the app's
// routes import this library's index, and values from contracts (zod) or data-access must not
// land in the initial bundle.
export const TOPIC_KEYS = [
  'migration-counselling',
  'asylum-law',
  'intercultural-competence',
  'anti-discrimination',
  'trauma',
  'unaccompanied-minors',
  'language-support',
  'labour-market',
  'volunteer-management',
  'political-education',
  'conflict-management',
  'facilitation',
  'community-work',
  'intercultural-opening',
  'family-school-childcare',
  'health',
  'funding-project-management',
  'networking',
  'empowerment-self-organisation',
  'counselling-methods',
  'digital-skills',
  'housing',
] as const;
export const AUDIENCE_KEYS = ['volunteers', 'professionals', 'multipliers', 'migrant-organisations', 'administration', 'migrants', 'general-public'] as const;
export const SESSION_MODE_KEYS = ['onsite', 'online', 'blended'] as const;
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
