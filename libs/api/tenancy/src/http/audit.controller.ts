import { Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, CurrentTenant, PlatformOperator, TenantRoleAtLeast, ZodBody, ZodParam, ZodQuery, toOpenApiSchema, type Principal, type TenantAccess } from '@knotenpunkt/api/core/http';
import { auditPageSchema, auditQuerySchema, platformTenantQuerySchema, tenantPageSchema, tenantSchema, updateTenantStatusRequestSchema } from '@knotenpunkt/shared/contracts';
import { AuditQueryService } from '../application/audit-query.service';
import { TenantsService } from '../application/tenants.service';
import type { RequestMeta } from '../application/request-meta';
import { Meta } from './request-meta';
import { tenantIdParam } from './tenants.controller';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get('tenants/:tenantId/audit')
  @TenantRoleAtLeast('admin')
  @ApiOperation({ summary: "The organisation's audit log, newest first" })
  @ApiOkResponse({ schema: toOpenApiSchema(auditPageSchema, 'output') })
  forTenant(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodQuery(auditQuerySchema) query: z.output<typeof auditQuerySchema>,
  ) {
    return this.audit.forTenant(principal, access, query);
  }

  @Get('platform/audit')
  @PlatformOperator()
  @ApiOperation({ summary: 'Every audit entry, incl. account events (platform operator)' })
  @ApiOkResponse({ schema: toOpenApiSchema(auditPageSchema, 'output') })
  forPlatform(@CurrentPrincipal() principal: Principal, @ZodQuery(auditQuerySchema) query: z.output<typeof auditQuerySchema>) {
    return this.audit.forPlatform(principal, query);
  }
}

@ApiTags('platform')
@Controller('platform/tenants')
@PlatformOperator()
export class PlatformTenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Get()
  @ApiOperation({ summary: 'All organisations (platform operator)' })
  @ApiOkResponse({ schema: toOpenApiSchema(tenantPageSchema, 'output') })
  async list(@ZodQuery(platformTenantQuerySchema) query: z.output<typeof platformTenantQuerySchema>) {
    return { ...(await this.tenants.listAll(query)), page: query.page, pageSize: query.pageSize };
  }

  @Patch(':tenantId')
  @ApiOperation({ summary: 'Suspend or reactivate an organisation (platform operator)' })
  @ApiOkResponse({ schema: toOpenApiSchema(tenantSchema, 'output') })
  setStatus(
    @ZodParam('tenantId', tenantIdParam) tenantId: string,
    @ZodBody(updateTenantStatusRequestSchema) body: z.output<typeof updateTenantStatusRequestSchema>,
    @CurrentPrincipal() principal: Principal,
    @Meta() meta: RequestMeta,
  ) {
    return this.tenants.setStatus(principal, tenantId, body.status, meta);
  }
}
