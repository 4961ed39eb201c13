import { SetMetadata } from '@nestjs/common';
import type { TenantRole } from '@knotenpunkt/shared/contracts';

/**
 * Every controller method declares who may call it. Undeclared endpoints stop the api at boot
 * (AccessRegistry) and are refused at run time (AccessGuard).
 *
 * tenantRole: the route has a `:tenantId` parameter and the caller's membership in that tenant
 * must be at least `minimum` (owner > admin > editor > member > viewer).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'tenantRole'; minimum: TenantRole }
  | { kind: 'platformOperator' };

export const ACCESS_METADATA = 'knotenpunkt:access';

export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);
export const Authenticated = () => SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);
export const TenantRoleAtLeast = (minimum: TenantRole) => SetMetadata(ACCESS_METADATA, { kind: 'tenantRole', minimum } satisfies AccessRule);
export const PlatformOperator = () => SetMetadata(ACCESS_METADATA, { kind: 'platformOperator' } satisfies AccessRule);

/** Route parameter naming the tenant for tenantRole rules. */
export const TENANT_PARAM = 'tenantId';
