import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
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
  ZodQuery,
  toOpenApiSchema,
  type Principal,
  type TenantAccess,
} from '@knotenpunkt/api/core/http';
import {
  createInvitationRequestSchema,
  invitationPageSchema,
  invitationPreviewSchema,
  invitationSchema,
  oneTimeTokenSchema,
  paginationQuerySchema,
  sessionInfoSchema,
} from '@knotenpunkt/shared/contracts';
import { InvitationsService } from '../application/invitations.service';
import type { RequestMeta } from '../application/request-meta';
import { Meta } from './request-meta';
import { tenantIdParam } from './tenants.controller';

@ApiTags('tenants')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get('tenants/:tenantId/invitations')
  @TenantRoleAtLeast('admin')
  @ApiOperation({ summary: 'Invitations of the organisation, open ones first' })
  @ApiOkResponse({ schema: toOpenApiSchema(invitationPageSchema, 'output') })
  list(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodQuery(paginationQuerySchema) query: z.output<typeof paginationQuerySchema>,
  ) {
    return this.invitations.list(principal, access, query.page, query.pageSize);
  }

  @Post('tenants/:tenantId/invitations')
  @TenantRoleAtLeast('admin')
  @ApiOperation({ summary: 'Invite a person by e-mail (link valid 7 days); replaces an open invitation to the same address' })
  @ApiOkResponse({ schema: toOpenApiSchema(invitationSchema, 'output') })
  create(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(createInvitationRequestSchema) body: z.output<typeof createInvitationRequestSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.invitations.create(principal, access, body, meta);
  }

  @Delete('tenants/:tenantId/invitations/:invitationId')
  @TenantRoleAtLeast('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an open invitation' })
  async revoke(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @ZodParam('invitationId', z.uuid()) invitationId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @Meta() meta: RequestMeta,
  ) {
    await this.invitations.revoke(principal, access, invitationId, meta);
  }

  @Get('invitations/:token')
  @Public()
  @ApiOperation({ summary: 'What an invitation link leads to (organisation, role, address, status)' })
  @ApiOkResponse({ schema: toOpenApiSchema(invitationPreviewSchema, 'output') })
  preview(@ZodParam('token', oneTimeTokenSchema) token: string) {
    return this.invitations.preview(token);
  }

  @Post('invitations/:token/accept')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept with the invited account; the organisation becomes the active tenant' })
  @ApiOkResponse({ schema: toOpenApiSchema(sessionInfoSchema, 'output') })
  accept(@ZodParam('token', oneTimeTokenSchema) token: string, @CurrentPrincipal() principal: Principal, @Meta() meta: RequestMeta) {
    return this.invitations.accept(principal, token, meta);
  }
}
