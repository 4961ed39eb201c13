import { Body, Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, CurrentTenant, RequestValidationError, TenantRoleAtLeast, ZodParam, ZodQuery, toOpenApiSchema, type Principal, type TenantAccess } from '@knotenpunkt/api/core/http';
import { importListQuerySchema, importRunPageSchema, importRunSchema, translateValidationMessage } from '@knotenpunkt/shared/contracts';
import { Meta, type RequestMeta } from '@knotenpunkt/api/tenancy';
import { ImportsService } from '../application/imports.service';
import { PublicCatalogueService } from '../application/public-catalogue.service';

const tenantId = z.uuid();
const startQuery = z.object({
  mode: z.enum(['dry-run', 'commit']).default('dry-run'),
  fileName: z.string().trim().max(200).optional(),
  /** true: drafts that are complete are submitted (for review, or published at once). */
  publish: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
});

@ApiTags('catalogue (organisation)')
@Controller('tenants/:tenantId')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly catalogue: PublicCatalogueService,
  ) {}

  @Post('imports')
  @TenantRoleAtLeast('editor')
  @HttpCode(202)
  @ApiConsumes('application/ld+json', 'application/json')
  @ApiBody({ description: 'An exchange document (schema.org JSON-LD, docs/catalogue.md). Send large files as application/ld+json (up to IMPORT_BODY_LIMIT_BYTES).', schema: { type: 'object' } })
  @ApiOperation({ summary: 'Upload an exchange file: a dry run (default) reports what would change; mode=commit applies it all-or-nothing' })
  @ApiOkResponse({ schema: toOpenApiSchema(importRunSchema, 'output') })
  start(
    @ZodParam('tenantId', tenantId) _t: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodQuery(startQuery) query: z.output<typeof startQuery>,
    @Body() body: unknown,
    @Meta() meta: RequestMeta,
  ) {
    const source = typeof body === 'string' ? body : body !== undefined && body !== null && typeof body === 'object' ? JSON.stringify(body) : '';
    if (!source.trim()) throw new RequestValidationError('body', [{ path: '(body)', message: translateValidationMessage('catalogue.import.graph', meta.language), code: 'custom' }]);
    return this.imports.start(principal, access, { source, mode: query.mode, fileName: query.fileName ?? null, publish: query.publish }, meta);
  }

  @Get('imports')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'Import runs, newest first' })
  @ApiOkResponse({ schema: toOpenApiSchema(importRunPageSchema, 'output') })
  async list(@ZodParam('tenantId', tenantId) _t: string, @CurrentTenant() access: TenantAccess, @ZodQuery(importListQuerySchema) page: z.output<typeof importListQuerySchema>) {
    return { ...(await this.imports.list(access, page)), ...page };
  }

  @Get('imports/:importId')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'Progress and report of an import run (poll until status is succeeded or failed)' })
  @ApiOkResponse({ schema: toOpenApiSchema(importRunSchema, 'output') })
  get(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('importId', z.uuid()) importId: string, @CurrentTenant() access: TenantAccess) {
    return this.imports.get(access, importId);
  }

  @Post('imports/:importId/commit')
  @TenantRoleAtLeast('editor')
  @HttpCode(202)
  @ApiOperation({ summary: 'Apply the file of a successful dry run' })
  @ApiOkResponse({ schema: toOpenApiSchema(importRunSchema, 'output') })
  commit(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('importId', z.uuid()) importId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    return this.imports.commit(principal, access, importId, meta);
  }

  @Get('export')
  @TenantRoleAtLeast('viewer')
  @Header('content-type', 'application/ld+json; charset=utf-8')
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: "Export the organisation's published offers in the exchange format" })
  async export(@ZodParam('tenantId', tenantId) _t: string, @CurrentTenant() access: TenantAccess) {
    const slug = await this.slugOf(access);
    return this.catalogue.exportOf(slug, { tenantId: access.tenantId });
  }

  private async slugOf(access: TenantAccess): Promise<string> {
    return this.catalogue.slugOfTenant(access.tenantId);
  }
}
