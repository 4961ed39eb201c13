import { Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, CurrentTenant, TenantRoleAtLeast, ZodBody, ZodParam, ZodQuery, toOpenApiSchema, type Principal, type TenantAccess } from '@knotenpunkt/api/core/http';
import { changeRoleRequestSchema, memberPageSchema, memberSchema, paginationQuerySchema } from '@knotenpunkt/shared/contracts';
import { MembersService } from '../application/members.service';
import type { RequestMeta } from '../application/request-meta';
import { Meta } from './request-meta';
import { tenantIdParam } from './tenants.controller';

@ApiTags('tenants')
@Controller('tenants/:tenantId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @TenantRoleAtLeast('viewer')
  @ApiOperation({ summary: 'Members of the organisation with their roles' })
  @ApiOkResponse({ schema: toOpenApiSchema(memberPageSchema, 'output') })
  list(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodQuery(paginationQuerySchema) query: z.output<typeof paginationQuerySchema>,
  ) {
    return this.members.list(principal, access, query.page, query.pageSize);
  }

  @Patch(':userId')
  @TenantRoleAtLeast('admin')
  @ApiOperation({ summary: 'Change a role (admins: editor/member/viewer; owners: all); the last owner stays' })
  @ApiOkResponse({ schema: toOpenApiSchema(memberSchema, 'output') })
  changeRole(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @ZodParam('userId', z.uuid()) userId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(changeRoleRequestSchema) body: z.output<typeof changeRoleRequestSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.members.changeRole(principal, access, userId, body.role, meta);
  }

  // Every member may leave; removing others is checked in the use-case (admin or owner).
  @Delete(':userId')
  @TenantRoleAtLeast('viewer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (admins/owners) or leave (oneself); the last owner stays' })
  async remove(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @ZodParam('userId', z.uuid()) userId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @Meta() meta: RequestMeta,
  ) {
    await this.members.remove(principal, access, userId, meta);
  }
}
