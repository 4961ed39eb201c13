import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ACCESS_METADATA, AccessRule } from './access';

export interface DeclaredRoute {
  controller: string;
  handler: string;
  /** HTTP method and path below /api/v1, e.g. "PATCH tenants/:tenantId/members/:userId". */
  method: string;
  path: string;
  access: AccessRule | undefined;
}

function joinPaths(...parts: (string | string[] | undefined)[]): string {
  return parts
    .map((part) => (Array.isArray(part) ? (part[0] ?? '') : (part ?? '')))
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
}

export class UndeclaredAccessError extends Error {
  constructor(readonly routes: DeclaredRoute[]) {
    super(`Endpoints without an access declaration (@Public() or a role rule):\n${routes.map((r) => `  - ${r.controller}.${r.handler}`).join('\n')}`);
    this.name = 'UndeclaredAccessError';
  }
}

/** Lists every controller method with its access rule; the api refuses to start while one lacks it. */
@Injectable()
export class AccessRegistry implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): DeclaredRoute[] {
    return this.discovery.getControllers().flatMap((wrapper) => {
      const instance = wrapper.instance as object | undefined;
      if (!instance) return [];
      const prototype = Object.getPrototypeOf(instance) as object;
      return this.scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = (prototype as Record<string, unknown>)[name] as object;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined && Reflect.getMetadata(PATH_METADATA, handler) === undefined) return [];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        return [{
          controller: wrapper.name,
          handler: name,
          method: RequestMethod[method ?? RequestMethod.GET],
          path: joinPaths(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) as string | undefined, Reflect.getMetadata(PATH_METADATA, handler) as string | undefined),
          access: this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler as never, wrapper.metatype as never]),
        }];
      });
    });
  }

  onApplicationBootstrap(): void {
    const undeclared = this.routes().filter((r) => !r.access);
    if (undeclared.length > 0) throw new UndeclaredAccessError(undeclared);
  }
}
