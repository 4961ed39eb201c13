import { Inject, Injectable, Optional, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PlatformRole, TenantRole } from '@knotenpunkt/shared/contracts';

/** The signed-in person behind a request, as resolved from the session cookie. */
export interface Principal {
  userId: string;
  sessionId: string;
  platformRole: PlatformRole | null;
  /** Value the X-XSRF-TOKEN header must carry on state-changing requests. */
  csrfToken: string;
}

export interface TenantAccess {
  tenantId: string;
  role: TenantRole;
  status: 'active' | 'suspended';
}

/**
 * Implemented by the tenancy context; the guard lives in core and must not know accounts or
 * memberships, only ask.
 */
export interface PrincipalResolver {
  fromRequest(request: FastifyRequest): Promise<Principal | null>;
  tenantAccess(principal: Principal, tenantId: string): Promise<TenantAccess | null>;
}

export const PRINCIPAL_RESOLVER = Symbol('PRINCIPAL_RESOLVER');

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    tenantAccess?: TenantAccess;
  }
}

/** Holds the resolver when the tenancy context is part of the app; absent in bare test apps. */
@Injectable()
export class PrincipalResolverRef {
  constructor(@Optional() @Inject(PRINCIPAL_RESOLVER) readonly resolver: PrincipalResolver | null) {}
}

/** The principal of an authenticated route (guaranteed by the guard). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<FastifyRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without an authenticated access rule');
  return principal;
});

/** The caller's membership in the route's tenant (tenantRole routes only). */
export const CurrentTenant = createParamDecorator((_data: unknown, context: ExecutionContext): TenantAccess => {
  const access = context.switchToHttp().getRequest<FastifyRequest>().tenantAccess;
  if (!access) throw new Error('CurrentTenant used on a route without a tenantRole access rule');
  return access;
});
