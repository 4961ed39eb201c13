import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccessRegistry } from './access-registry';
import { PrincipalResolverRef } from './principal';

@Module({
  imports: [DiscoveryModule],
  providers: [AccessRegistry, PrincipalResolverRef, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessRegistry],
})
export class AccessModule {}
