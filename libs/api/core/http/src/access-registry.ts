import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ACCESS_METADATA, AccessRule } from './access';

export interface DeclaredRoute {
  controller: string;
  handler: string;
  access: AccessRule | undefined;
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
        return [{
          controller: wrapper.name,
          handler: name,
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
