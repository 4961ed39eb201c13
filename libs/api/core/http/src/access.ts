import { SetMetadata } from '@nestjs/common';

/**
 * Every controller method declares who may call it. Undeclared endpoints stop the api at boot
 * (AccessRegistry) and are refused at run time (AccessGuard). Authenticated and tenant-role rules
 * are enforced once accounts exist (tenancy issue); until then such endpoints answer 401.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'tenantRole'; roles: readonly string[] }
  | { kind: 'platformOperator' };

export const ACCESS_METADATA = 'knotenpunkt:access';

export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);
