import { z } from 'zod';
import type { ValidationMessageKey } from '../validation-messages';
import { tenantRoleSchema, tenantTypeSchema } from './roles';

export const tenantSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, { message: 'tenant.slug' satisfies ValidationMessageKey });

export const tenantNameSchema = z.string().trim().min(2).max(200);

export const createTenantRequestSchema = z.object({
  name: tenantNameSchema,
  slug: tenantSlugSchema,
  type: tenantTypeSchema,
  /** Slug of an umbrella or municipality this organisation belongs to; it then may review our content. */
  parentSlug: tenantSlugSchema.nullable().default(null),
});
export type CreateTenantRequest = z.input<typeof createTenantRequestSchema>;

export const updateTenantRequestSchema = z.object({
  name: tenantNameSchema.optional(),
  parentSlug: tenantSlugSchema.nullable().optional(),
});

export const tenantStatusSchema = z.enum(['active', 'suspended']);

export const tenantRefSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const tenantSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  type: tenantTypeSchema,
  status: tenantStatusSchema,
  parent: tenantRefSchema.nullable(),
  createdAt: z.iso.datetime(),
});
export type Tenant = z.infer<typeof tenantSchema>;

/** Public view of a tenant: no status details, plus which legal pages it has filled in. */
export const publicTenantSchema = tenantSchema.omit({ status: true, createdAt: true }).extend({
  legalPages: z.object({ imprint: z.boolean(), privacy: z.boolean(), accessibility: z.boolean() }),
});
export type PublicTenant = z.infer<typeof publicTenantSchema>;

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const memberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: tenantRoleSchema,
  joinedAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberPageSchema = pageOf(memberSchema);

export const changeRoleRequestSchema = z.object({ role: tenantRoleSchema });

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export const createInvitationRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: 'email.format' satisfies ValidationMessageKey })),
  role: tenantRoleSchema,
  language: z.enum(['de', 'en']).default('de'),
});
export type CreateInvitationRequest = z.input<typeof createInvitationRequestSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: tenantRoleSchema,
  status: invitationStatusSchema,
  invitedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationPageSchema = pageOf(invitationSchema);

/** What the invitee sees before accepting (public, by token). */
export const invitationPreviewSchema = z.object({
  tenant: tenantRefSchema,
  role: tenantRoleSchema,
  email: z.string(),
  status: invitationStatusSchema,
  expiresAt: z.iso.datetime(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const auditEntrySchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime(),
  tenantId: z.uuid().nullable(),
  actor: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);
export const auditQuerySchema = paginationQuerySchema.extend({ action: z.string().max(100).optional() });

export const platformTenantQuerySchema = paginationQuerySchema.extend({ q: z.string().trim().max(100).optional() });
export const tenantPageSchema = pageOf(tenantSchema);
export const updateTenantStatusRequestSchema = z.object({ status: tenantStatusSchema });
