import type { TenantRole as ContractRole, TenantType as ContractType } from '@knotenpunkt/shared/contracts';

/**
 * Roles and organisation types as plain arrays for the browser. They mirror `tenantRoles` and
 * `tenantTypes` in @knotenpunkt/shared/contracts (the checks below fail to compile when they
 * drift apart); only types are imported so zod stays out of the initial bundle.
 */
export const TENANT_ROLES = ['owner', 'admin', 'editor', 'member', 'viewer'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export const TENANT_TYPES = [
  'umbrella',
  'adult-education',
  'welfare',
  'initiative',
  'migrant-organisation',
  'municipality',
  'funder',
  'other',
] as const;
export type TenantType = (typeof TENANT_TYPES)[number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rolesMatch: Same<TenantRole, ContractRole> = true;
const typesMatch: Same<TenantType, ContractType> = true;
void rolesMatch;
void typesMatch;

/** true when `role` is at least as strong as `minimum` (owner > admin > editor > member > viewer). */
export function roleAtLeast(role: TenantRole | null | undefined, minimum: TenantRole): boolean {
  if (!role) return false;
  return TENANT_ROLES.indexOf(role) <= TENANT_ROLES.indexOf(minimum);
}

/**
 * Roles `actor` may give to, or take from, another member (docs/tenancy.md): owners manage
 * everybody, admins manage editors, members and viewers.
 */
export function assignableRoles(actor: TenantRole | null | undefined): readonly TenantRole[] {
  if (actor === 'owner') return TENANT_ROLES;
  if (actor === 'admin') return ['editor', 'member', 'viewer'];
  return [];
}

/** Roles `actor` may invite people with: admins everything but owner, owners everything. */
export function invitableRoles(actor: TenantRole | null | undefined): readonly TenantRole[] {
  if (actor === 'owner') return TENANT_ROLES;
  if (actor === 'admin') return ['admin', 'editor', 'member', 'viewer'];
  return [];
}
