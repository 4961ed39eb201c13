import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  Authenticated,
  CurrentPrincipal,
  CurrentTenant,
  Public,
  TenantRoleAtLeast,
  ZodBody,
  ZodParam,
  toOpenApiSchema,
  type Principal,
  type TenantAccess,
} from '@knotenpunkt/api/core/http';
import { createTenantRequestSchema, publicTenantSchema, tenantSchema, tenantSlugSchema, updateTenantRequestSchema } from '@knotenpunkt/shared/contracts';
import { TenantsService } from '../application/tenants.service';
import type { RequestMeta } from '../application/request-meta';
import { Meta } from './request-meta';

export const tenantIdParam = z.uuid();

@ApiTags('tenants')
@Controller('tenants')
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Post()
  @Authenticated()
  @ApiOperation({ summary: 'Create an organisation; the caller becomes its owner' })
  @ApiOkResponse({ schema: toOpenApiSchema(tenantSchema, 'output') })
  create(@CurrentPrincipal() principal: Principal, @ZodBody(createTenantRequestSchema) body: z.output<typeof createTenantRequestSchema>, @Meta() meta: RequestMeta) {
    return this.tenants.create(principal, body, meta);
  }

  @Get('by-slug/:slug')
  @Public()
  @ApiOperation({ summary: 'Public profile of an organisation (name, type, parent, which legal pages exist)' })
  @ApiOkResponse({ schema: toOpenApiSchema(publicTenantSchema, 'output') })
  bySlug(@ZodParam('slug', tenantSlugSchema) slug: string) {
    return this.tenants.publicProfile(slug);
  }

  @Get(':tenantId')
  @TenantRoleAtLeast('viewer')
  @ApiOperation({ summary: 'An organisation the caller belongs to' })
  @ApiOkResponse({ schema: toOpenApiSchema(tenantSchema, 'output') })
  get(@ZodParam('tenantId', tenantIdParam) _tenantId: string, @CurrentTenant() access: TenantAccess) {
    return this.tenants.get(access);
  }

  @Patch(':tenantId')
  @TenantRoleAtLeast('admin')
  @ApiOperation({ summary: 'Rename; owners may also set or remove the parent organisation' })
  @ApiOkResponse({ schema: toOpenApiSchema(tenantSchema, 'output') })
  update(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(updateTenantRequestSchema) body: z.output<typeof updateTenantRequestSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.tenants.update(principal, access, body, meta);
  }
}
