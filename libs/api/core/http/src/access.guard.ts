import { CanActivate, ExecutionContext, ForbiddenException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { roleAtLeast } from '@knotenpunkt/shared/contracts';
import { ACCESS_METADATA, AccessRule, TENANT_PARAM } from './access';
import { PrincipalResolverRef } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const CSRF_HEADER = 'x-xsrf-token';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolverRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenException(); // never reached when the boot check ran; refuse anyway
    if (rule.kind === 'public') return true;

    const resolver = this.principals.resolver;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const principal = resolver ? await resolver.fromRequest(request) : null;
    if (!resolver || !principal) throw new UnauthorizedException();
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(request.headers[CSRF_HEADER], principal.csrfToken)) {
      throw new ForbiddenException({
        code: 'csrf',
        message: { de: 'Sicherheitsprüfung fehlgeschlagen. Bitte die Seite neu laden.', en: 'Security check failed. Please reload the page.' },
      });
    }
    request.principal = principal;

    if (rule.kind === 'authenticated') return true;
    if (rule.kind === 'platformOperator') {
      if (principal.platformRole !== 'operator') throw new ForbiddenException();
      return true;
    }

    // tenantRole: a tenant the caller does not belong to answers like one that does not exist.
    const tenantId = (request.params as Record<string, string | undefined>)[TENANT_PARAM];
    if (!tenantId || !UUID.test(tenantId)) throw new NotFoundException();
    const access = await resolver.tenantAccess(principal, tenantId.toLowerCase());
    if (!access) throw new NotFoundException();
    if (access.status === 'suspended') {
      throw new ForbiddenException({
        code: 'tenant-suspended',
        message: { de: 'Diese Organisation ist gesperrt.', en: 'This organisation is suspended.' },
      });
    }
    if (!roleAtLeast(access.role, rule.minimum)) throw new ForbiddenException();
    request.tenantAccess = access;
    return true;
  }
}

function csrfMatches(header: string | string[] | undefined, expected: string): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
