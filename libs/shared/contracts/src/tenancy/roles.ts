import { z } from 'zod';

/** Organisation types, the codes of the offer-exchange vocabulary (shared/spec/offer-exchange.md). */
export const tenantTypes = ['umbrella', 'adult-education', 'welfare', 'initiative', 'migrant-organisation', 'municipality', 'funder', 'other'] as const;
export const tenantTypeSchema = z.enum(tenantTypes);
export type TenantType = z.infer<typeof tenantTypeSchema>;

/** Roles inside one tenant, strongest first. */
export const tenantRoles = ['owner', 'admin', 'editor', 'member', 'viewer'] as const;
export const tenantRoleSchema = z.enum(tenantRoles);
export type TenantRole = z.infer<typeof tenantRoleSchema>;

/** true when `role` is at least as strong as `minimum`. */
export function roleAtLeast(role: TenantRole, minimum: TenantRole): boolean {
  return tenantRoles.indexOf(role) <= tenantRoles.indexOf(minimum);
}

export const platformRoles = ['operator'] as const;
export const platformRoleSchema = z.enum(platformRoles);
export type PlatformRole = z.infer<typeof platformRoleSchema>;
