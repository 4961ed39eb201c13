// The catalogue's code lists as literals, checked against @knotenpunkt/shared/contracts in
// vocabulary.spec.ts: portal code must not pull zod into its bundles for a handful of strings.
export const TOPIC_CODES = [
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
export const AUDIENCE_CODES = ['volunteers', 'professionals', 'multipliers', 'migrant-organisations', 'administration', 'migrants', 'general-public'] as const;
export const SESSION_MODE_CODES = ['onsite', 'online', 'blended'] as const;
export const OFFER_KIND_CODES = ['course', 'programme', 'counselling', 'network-meeting', 'on-request'] as const;
