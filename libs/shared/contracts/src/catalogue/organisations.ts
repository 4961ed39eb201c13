import { z } from 'zod';
import { postalCodeSchema, regionKeySchema } from '../regions';
import { tenantRefSchema } from '../tenancy/tenants';
import { tenantTypeSchema } from '../tenancy/roles';
import { pageOf, paginationQuerySchema } from '../tenancy/tenants';
import type { ValidationMessageKey } from '../validation-messages';
import { offerSummarySchema } from './offers';
import { audienceSchema, topicSchema } from './vocabulary';

const key = (k: ValidationMessageKey) => k;
const optionalText = (max: number) => z.string().trim().max(max).transform((v) => (v === '' ? null : v)).nullable().default(null);
const optionalUrl = z.url({ protocol: /^https?$/, message: key('catalogue.url.format') }).max(500).nullable().default(null);
const unique = <T>(values: T[]) => [...new Set(values)];

export const contactPointSchema = z.object({
  label: z.string().trim().min(2).max(100),
  name: optionalText(200),
  email: z.email({ message: key('email.format') }).max(200).nullable().default(null),
  phone: z.string().trim().regex(/^[+0-9 ()/-]{4,40}$/, { message: key('catalogue.phone.format') }).nullable().default(null),
});

/** The public profile an organisation edits (admins); name, type and parent come from the tenant. */
export const organisationProfileInputSchema = z.object({
  description: optionalText(5000),
  address: z
    .object({ street: optionalText(200), postalCode: postalCodeSchema, locality: optionalText(300) })
    .nullable()
    .default(null),
  /** Region keys at any level (Land, Kreis, Gemeinde …) the organisation works in. */
  serviceAreas: z.array(regionKeySchema).max(50).default([]).transform(unique),
  topics: z.array(topicSchema).max(22).default([]).transform(unique),
  audiences: z.array(audienceSchema).max(7).default([]).transform(unique),
  contactPoints: z.array(contactPointSchema).max(10).default([]),
  website: optionalUrl,
  email: z.email({ message: key('email.format') }).max(200).nullable().default(null),
  phone: z.string().trim().regex(/^[+0-9 ()/-]{4,40}$/, { message: key('catalogue.phone.format') }).nullable().default(null),
  logoUrl: optionalUrl,
  /** Submissions go to the parent organisation (umbrella) for review before they are published. */
  reviewByParent: z.boolean().default(false),
  /** Remind editors when a published offer has not been updated for this many days; null: never. */
  staleAfterDays: z.number().int().min(14).max(730).nullable().default(90),
});
export type OrganisationProfileInput = z.infer<typeof organisationProfileInputSchema>;

const regionRefSchema = z.object({ key: z.string(), name: z.string(), level: z.string() });

export const organisationProfileSchema = z.object({
  tenant: tenantRefSchema.extend({ type: tenantTypeSchema }),
  parent: tenantRefSchema.nullable(),
  description: z.string().nullable(),
  address: z.object({ street: z.string().nullable(), postalCode: z.string(), locality: z.string().nullable(), region: regionRefSchema.nullable() }).nullable(),
  serviceAreas: z.array(regionRefSchema),
  topics: z.array(topicSchema),
  audiences: z.array(audienceSchema),
  contactPoints: z.array(contactPointSchema),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  logoUrl: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

/** The owner's view adds the workflow settings. */
export const ownOrganisationProfileSchema = organisationProfileSchema.extend({
  reviewByParent: z.boolean(),
  staleAfterDays: z.number().int().nullable(),
});
export type OwnOrganisationProfile = z.infer<typeof ownOrganisationProfileSchema>;

export const publicOrganisationSchema = organisationProfileSchema.extend({
  offers: pageOf(offerSummarySchema),
});

export const organisationQuerySchema = paginationQuerySchema.extend({
  type: tenantTypeSchema.optional(),
  topic: topicSchema.optional(),
  /** Organisations serving this region or any region above or below it. */
  region: regionKeySchema.optional(),
});
export const organisationPageSchema = pageOf(organisationProfileSchema);
