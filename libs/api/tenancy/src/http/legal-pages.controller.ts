import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  CurrentTenant,
  PlatformOperator,
  Public,
  TenantRoleAtLeast,
  ZodParam,
  parseRequestPart,
  toOpenApiSchema,
  type Principal,
  type TenantAccess,
} from '@knotenpunkt/api/core/http';
import { legalContentSchemas, legalPageIdSchema, legalPageSchema, tenantSlugSchema, type LegalPageId } from '@knotenpunkt/shared/contracts';
import { LegalPagesService } from '../application/legal-pages.service';
import type { RequestMeta } from '../application/request-meta';
import { Meta } from './request-meta';
import { tenantIdParam } from './tenants.controller';

const contentDoc = { oneOf: Object.values(legalContentSchemas).map((schema) => toOpenApiSchema(schema)) };
const pageDoc = toOpenApiSchema(legalPageSchema, 'output');

function parseContent(page: LegalPageId, body: unknown, meta: RequestMeta): unknown {
  return parseRequestPart(legalContentSchemas[page], body, 'body', meta.language);
}

@ApiTags('legal')
@Controller()
export class LegalPagesController {
  constructor(private readonly legal: LegalPagesService) {}

  @Get('tenants/by-slug/:slug/legal/:page')
  @Public()
  @ApiOperation({ summary: "An organisation's Impressum, Datenschutzerklärung or Erklärung zur Barrierefreiheit (public)" })
  @ApiOkResponse({ schema: pageDoc })
  publicPage(@ZodParam('slug', tenantSlugSchema) slug: string, @ZodParam('page', legalPageIdSchema) page: LegalPageId) {
    return this.legal.publicPage(slug, page);
  }

  @Get('tenants/:tenantId/legal/:page')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: "The organisation's stored legal page, for editing" })
  @ApiOkResponse({ schema: pageDoc })
  tenantPage(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @ZodParam('page', legalPageIdSchema) page: LegalPageId,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
  ) {
    return this.legal.tenantPage(principal, access, page);
  }

  @Put('tenants/:tenantId/legal/:page')
  @TenantRoleAtLeast('admin')
  @ApiOperation({ summary: "Save the organisation's legal page (content schema depends on the page)" })
  @ApiBody({ schema: contentDoc })
  @ApiOkResponse({ schema: pageDoc })
  putTenantPage(
    @ZodParam('tenantId', tenantIdParam) _tenantId: string,
    @ZodParam('page', legalPageIdSchema) page: LegalPageId,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @Meta() meta: RequestMeta,
  ) {
    return this.legal.putTenantPage(principal, access, page, parseContent(page, body, meta), meta);
  }

  @Get('platform/legal/:page')
  @Public()
  @ApiOperation({ summary: "The platform's own legal pages (public)" })
  @ApiOkResponse({ schema: pageDoc })
  platformPage(@ZodParam('page', legalPageIdSchema) page: LegalPageId) {
    return this.legal.platformPage(page);
  }

  @Put('platform/legal/:page')
  @PlatformOperator()
  @ApiOperation({ summary: "Save one of the platform's legal pages (platform operator)" })
  @ApiBody({ schema: contentDoc })
  @ApiOkResponse({ schema: pageDoc })
  putPlatformPage(@ZodParam('page', legalPageIdSchema) page: LegalPageId, @Body() body: unknown, @CurrentPrincipal() principal: Principal, @Meta() meta: RequestMeta) {
    return this.legal.putPlatformPage(principal, page, parseContent(page, body, meta), meta);
  }
}
