import { z } from 'zod';
import { postalCodeSchema } from '../regions';
import { tenantTypeSchema } from '../tenancy/roles';
import { pageOf, paginationQuerySchema } from '../tenancy/tenants';
import type { ValidationMessageKey } from '../validation-messages';
import { endInstantOf, instantOf, offerDateSchema, offerDateTimeSchema } from './dates';
import { audienceSchema, kindsWithSessions, offerKindSchema, offerStatusSchema, sessionModeSchema, topicSchema } from './vocabulary';

const key = (k: ValidationMessageKey) => k;
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).transform((v) => (v === '' ? null : v)).nullable().default(null);
const httpUrl = z.url({ protocol: /^https?$/, message: key('catalogue.url.format') }).max(500);
const optionalUrl = httpUrl.nullable().default(null);
const optionalEmail = z.email({ message: key('email.format') }).max(200).nullable().default(null);
const optionalPhone = z.string().trim().regex(/^[+0-9 ()/-]{4,40}$/, { message: key('catalogue.phone.format') }).nullable().default(null);
/** BCP 47, as used by inLanguage: "de", "ar", "uk", "de-x-simple" is not needed. */
const languageTag = z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: key('catalogue.language.format') });
/** Stable identifier of a node in exchange files (`@id`): an IRI or urn. */
export const externalIdSchema = z.string().trim().min(3).max(300).regex(/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/, { message: key('catalogue.externalId.format') });

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export const venueSchema = z.object({
  name: optionalText(200),
  street: optionalText(200),
  postalCode: postalCodeSchema.nullable().default(null),
  locality: optionalText(300),
  /** Optional exact point; otherwise the postal code's centre is used. */
  lat: z.number().min(47).max(55.2).nullable().default(null),
  lon: z.number().min(5.8).max(15.1).nullable().default(null),
});

export const sessionScheduleSchema = z.object({
  /** ISO 8601 duration such as P1W (weekly). */
  repeatFrequency: z.string().trim().regex(/^P(\d+[YMWD])+$/, { message: key('catalogue.schedule.frequency') }).nullable().default(null),
  byDay: z.array(z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])).max(7).default([]),
  text: optionalText(500),
});

export const sessionInputSchema = z
  .object({
    /** Keeps a session's identity across edits and re-imports; new sessions get one. */
    externalId: externalIdSchema.nullable().default(null),
    /** 1-based position of the module this session belongs to; null: the whole offer. */
    modulePosition: z.number().int().min(1).max(50).nullable().default(null),
    startsAt: offerDateTimeSchema,
    endsAt: offerDateTimeSchema,
    mode: sessionModeSchema,
    venue: venueSchema.nullable().default(null),
    onlineUrl: optionalUrl,
    capacity: z.number({ message: key('catalogue.capacity.positive') }).int().min(1, { message: key('catalogue.capacity.positive') }).max(100000).nullable().default(null),
    freePlaces: z.number({ message: key('catalogue.freePlaces.range') }).int().min(0, { message: key('catalogue.freePlaces.range') }).max(100000).nullable().default(null),
    registrationDeadline: offerDateSchema.nullable().default(null),
    schedule: sessionScheduleSchema.nullable().default(null),
    instructors: z.array(text(200)).max(20).default([]),
  })
  .superRefine((s, ctx) => {
    if (endInstantOf(s.endsAt) < instantOf(s.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: key('catalogue.session.endBeforeStart') });
    if (s.registrationDeadline && instantOf(s.registrationDeadline) > instantOf(s.startsAt.slice(0, 10)))
      ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: key('catalogue.session.deadlineAfterStart') });
    if (s.capacity !== null && s.freePlaces !== null && s.freePlaces > s.capacity) ctx.addIssue({ code: 'custom', path: ['freePlaces'], message: key('catalogue.freePlaces.range') });
    if (s.mode !== 'online' && !s.venue?.postalCode) ctx.addIssue({ code: 'custom', path: ['venue', 'postalCode'], message: key('catalogue.session.postalCodeRequired') });
    if (s.mode === 'online' && s.venue?.postalCode) ctx.addIssue({ code: 'custom', path: ['venue'], message: key('catalogue.session.onlineVenue') });
  });
export type SessionInput = z.infer<typeof sessionInputSchema>;

export const moduleInputSchema = z.object({
  externalId: externalIdSchema.nullable().default(null),
  title: text(200),
  description: optionalText(5000),
  /** Partner organisation delivering this module; null: the provider itself. */
  partnerId: z.uuid().nullable().default(null),
});
export type ModuleInput = z.infer<typeof moduleInputSchema>;

export const priceSchema = z.object({
  /** null: on request (e.g. fees depend on the booking). */
  amount: z.number().min(0, { message: key('catalogue.price.negative') }).max(100000).nullable().default(null),
  currency: z.literal('EUR').default('EUR'),
  /** Free of charge for everyone. */
  isFree: z.boolean().default(false),
  /** Audiences that pay nothing, e.g. volunteers. */
  freeFor: z.array(audienceSchema).max(7).default([]).transform(unique),
});

export const certificateSchema = z.object({
  name: text(200),
  issuer: optionalText(200),
  recognisedBy: optionalText(300),
  legalBasis: optionalText(500),
});

export const contactSchema = z.object({ name: optionalText(200), email: optionalEmail, phone: optionalPhone });
export const linkSchema = z.object({ label: text(200), url: httpUrl });
export const offerPartnerInputSchema = z.object({ partnerId: z.uuid(), role: text(100) });

/** Everything an editor (or an import) says about an offer; the same shape for create and replace. */
export const offerInputSchema = z
  .object({
    kind: offerKindSchema,
    title: z.string().trim().min(3).max(200),
    abstract: optionalText(500),
    /** Short summary in Einfache Sprache. */
    plainLanguageSummary: optionalText(500),
    description: optionalText(20000),
    topics: z.array(topicSchema).max(10).default([]).transform(unique),
    audiences: z.array(audienceSchema).max(7).default([]).transform(unique),
    languages: z.array(languageTag).min(1).max(10).default(['de']).transform(unique),
    prerequisites: optionalText(2000),
    admissionRules: optionalText(2000),
    price: priceSchema.default({ amount: null, currency: 'EUR', isFree: false, freeFor: [] }),
    certificate: certificateSchema.nullable().default(null),
    funders: z.array(text(200)).max(20).default([]).transform(unique),
    partners: z.array(offerPartnerInputSchema).max(30).default([]),
    contact: contactSchema.nullable().default(null),
    url: optionalUrl,
    links: z.array(linkSchema).max(20).default([]),
    modules: z.array(moduleInputSchema).max(50).default([]),
    sessions: z.array(sessionInputSchema).max(500).default([]),
  })
  .superRefine((o, ctx) => {
    o.sessions.forEach((s, i) => {
      if (s.modulePosition !== null && s.modulePosition > o.modules.length)
        ctx.addIssue({ code: 'custom', path: ['sessions', i, 'modulePosition'], message: key('catalogue.session.moduleUnknown') });
    });
    const seen = new Set<string>();
    o.sessions.forEach((s, i) => {
      if (s.externalId === null) return;
      if (seen.has(s.externalId)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'externalId'], message: key('catalogue.externalId.duplicate') });
      seen.add(s.externalId);
    });
    const partners = new Set<string>();
    o.partners.forEach((p, i) => {
      if (partners.has(p.partnerId)) ctx.addIssue({ code: 'custom', path: ['partners', i, 'partnerId'], message: key('catalogue.partner.duplicate') });
      partners.add(p.partnerId);
    });
    if (o.price.isFree && o.price.amount) ctx.addIssue({ code: 'custom', path: ['price', 'amount'], message: key('catalogue.price.freeWithAmount') });
    if (o.kind === 'programme' && o.modules.length === 0) ctx.addIssue({ code: 'custom', path: ['modules'], message: key('catalogue.programme.modules') });
  });
export type OfferInput = z.infer<typeof offerInputSchema>;
export type OfferInputRequest = z.input<typeof offerInputSchema>;

/** What publishing needs beyond a valid draft (checked on submit). */
export function publishProblems(offer: OfferInput, now: number): { path: string; message: ValidationMessageKey }[] {
  const problems: { path: string; message: ValidationMessageKey }[] = [];
  if (!offer.abstract) problems.push({ path: 'abstract', message: 'catalogue.publish.abstract' });
  if (offer.topics.length === 0) problems.push({ path: 'topics', message: 'catalogue.publish.topics' });
  if (offer.audiences.length === 0) problems.push({ path: 'audiences', message: 'catalogue.publish.audiences' });
  if (kindsWithSessions.includes(offer.kind) && !offer.sessions.some((s) => endInstantOf(s.endsAt) >= now))
    problems.push({ path: 'sessions', message: 'catalogue.publish.upcomingSession' });
  return problems;
}

// ── Output ──────────────────────────────────────────────────────────────────

export const organisationRefSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string(), type: tenantTypeSchema });

export const partnerOrganisationSchema = z.object({
  id: z.uuid(),
  externalId: z.string(),
  name: z.string(),
  type: tenantTypeSchema,
  url: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Set when the partner has its own space on the platform. */
  tenant: z.object({ slug: z.string(), name: z.string() }).nullable(),
});
export type PartnerOrganisation = z.infer<typeof partnerOrganisationSchema>;

export const partnerInputSchema = z.object({
  externalId: externalIdSchema.nullable().default(null),
  name: z.string().trim().min(2).max(200),
  type: tenantTypeSchema.default('other'),
  url: optionalUrl,
  email: optionalEmail,
  phone: optionalPhone,
});
export type PartnerInput = z.infer<typeof partnerInputSchema>;
export const partnerPageSchema = pageOf(partnerOrganisationSchema);

export const sessionSchema = z.object({
  id: z.uuid(),
  externalId: z.string(),
  modulePosition: z.number().int().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: sessionModeSchema,
  venue: venueSchema
    .extend({
      regionKey: z.string().nullable(),
      regionName: z.string().nullable(),
      /** Where the session is on a map: the provider's point, else the centre of the postal code. */
      point: z.object({ lat: z.number(), lon: z.number() }).nullable(),
    })
    .nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  freePlaces: z.number().int().nullable(),
  registrationDeadline: z.string().nullable(),
  schedule: sessionScheduleSchema.nullable(),
  instructors: z.array(z.string()),
  /** true once the session has ended. */
  past: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const moduleSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  externalId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  partnerId: z.uuid().nullable(),
  /** The partner delivering it; null: the provider itself. */
  partner: partnerOrganisationSchema.nullable(),
});

export const offerSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  externalId: z.string(),
  status: offerStatusSchema,
  kind: offerKindSchema,
  title: z.string(),
  abstract: z.string().nullable(),
  plainLanguageSummary: z.string().nullable(),
  description: z.string().nullable(),
  topics: z.array(topicSchema),
  audiences: z.array(audienceSchema),
  languages: z.array(z.string()),
  prerequisites: z.string().nullable(),
  admissionRules: z.string().nullable(),
  price: z.object({ amount: z.number().nullable(), currency: z.string(), isFree: z.boolean(), freeFor: z.array(audienceSchema) }),
  certificate: certificateSchema.nullable(),
  funders: z.array(z.string()),
  contact: contactSchema.nullable(),
  url: z.string().nullable(),
  links: z.array(linkSchema),
  provider: organisationRefSchema,
  partners: z.array(partnerOrganisationSchema.extend({ role: z.string() })),
  modules: z.array(moduleSchema),
  sessions: z.array(sessionSchema),
  nextSessionStartsAt: z.string().nullable(),
  lastSessionEndsAt: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  /** Provider and reviewers only: the last review comment (e.g. why it was returned). */
  reviewComment: z.string().nullable().optional(),
});
export type Offer = z.infer<typeof offerSchema>;

export const offerSummarySchema = offerSchema.pick({
  id: true, slug: true, status: true, kind: true, title: true, abstract: true, topics: true, audiences: true, price: true, provider: true,
  nextSessionStartsAt: true, lastSessionEndsAt: true, publishedAt: true, updatedAt: true,
}).extend({ sessionCount: z.number().int(), modes: z.array(sessionModeSchema) });
export type OfferSummary = z.infer<typeof offerSummarySchema>;
export const offerPageSchema = pageOf(offerSummarySchema);

export const tenantOfferQuerySchema = paginationQuerySchema.extend({
  status: offerStatusSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export const publicOfferQuerySchema = paginationQuerySchema.extend({
  organisation: z.string().trim().max(50).optional(),
  topic: topicSchema.optional(),
  audience: audienceSchema.optional(),
  includePast: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
});

export const reviewReturnRequestSchema = z.object({ comment: z.string().trim().min(5).max(2000) });
export const reviewQueueItemSchema = offerSummarySchema.extend({ submittedAt: z.iso.datetime().nullable() });
export const reviewQueuePageSchema = pageOf(reviewQueueItemSchema);
