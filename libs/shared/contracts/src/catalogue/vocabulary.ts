import { z } from 'zod';

/** Codes of the offer-exchange vocabulary (shared/spec/offer-exchange.md). Stable; labels are translated. */
export const audienceCodes = ['volunteers', 'professionals', 'multipliers', 'migrant-organisations', 'administration', 'migrants', 'general-public'] as const;
export const audienceSchema = z.enum(audienceCodes, { message: 'catalogue.audience.unknown' });
export type Audience = z.infer<typeof audienceSchema>;

export const topicCodes = [
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
export const topicSchema = z.enum(topicCodes, { message: 'catalogue.topic.unknown' });
export type Topic = z.infer<typeof topicSchema>;

/** What kind of thing an offer is; decides which fields matter (sessions, modules). */
export const offerKinds = ['course', 'programme', 'counselling', 'network-meeting', 'on-request'] as const;
export const offerKindSchema = z.enum(offerKinds, { message: 'catalogue.kind.unknown' });
export type OfferKind = z.infer<typeof offerKindSchema>;

export const sessionModes = ['onsite', 'online', 'blended'] as const;
export const sessionModeSchema = z.enum(sessionModes, { message: 'catalogue.mode.unknown' });
export type SessionMode = z.infer<typeof sessionModeSchema>;

/**
 * draft → submitted (umbrella review) → published → past (last session over) / archived.
 * A returned submission is a draft again, with the reviewer's comment.
 */
export const offerStatuses = ['draft', 'submitted', 'published', 'past', 'archived'] as const;
export const offerStatusSchema = z.enum(offerStatuses);
export type OfferStatus = z.infer<typeof offerStatusSchema>;

/** Kinds that need dated sessions before they can be published. */
export const kindsWithSessions: readonly OfferKind[] = ['course', 'programme', 'network-meeting'];
