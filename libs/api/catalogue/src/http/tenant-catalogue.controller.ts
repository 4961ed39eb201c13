import { Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, CurrentTenant, TenantRoleAtLeast, ZodBody, ZodParam, ZodQuery, toOpenApiSchema, type Principal, type TenantAccess } from '@knotenpunkt/api/core/http';
import {
  offerInputSchema,
  offerPageSchema,
  offerSchema,
  organisationProfileInputSchema,
  ownOrganisationProfileSchema,
  paginationQuerySchema,
  partnerInputSchema,
  partnerOrganisationSchema,
  partnerPageSchema,
  reviewQueuePageSchema,
  reviewReturnRequestSchema,
  tenantOfferQuerySchema,
} from '@knotenpunkt/shared/contracts';
import { Meta, type RequestMeta } from '@knotenpunkt/api/tenancy';
import { OfferWorkflowService } from '../application/offer-workflow.service';
import { OffersService } from '../application/offers.service';
import { ProfilesService } from '../application/profiles.service';

const tenantId = z.uuid();
const uuid = z.uuid();
const partnerQuery = paginationQuerySchema.extend({ q: z.string().trim().max(100).optional() });

@ApiTags('catalogue (organisation)')
@Controller('tenants/:tenantId')
export class TenantCatalogueController {
  constructor(
    private readonly offers: OffersService,
    private readonly workflow: OfferWorkflowService,
    private readonly profiles: ProfilesService,
  ) {}

  @Get('profile')
  @TenantRoleAtLeast('viewer')
  @ApiOperation({ summary: "The organisation's profile with its workflow settings" })
  @ApiOkResponse({ schema: toOpenApiSchema(ownOrganisationProfileSchema, 'output') })
  profile(@ZodParam('tenantId', tenantId) _t: string, @CurrentTenant() access: TenantAccess) {
    return this.profiles.own(access);
  }

  @Put('profile')
  @TenantRoleAtLeast('admin')
  @ApiOperation({ summary: 'Replace the profile: description, address (PLZ → region), service areas, topics, contacts, review and reminder settings' })
  @ApiOkResponse({ schema: toOpenApiSchema(ownOrganisationProfileSchema, 'output') })
  updateProfile(
    @ZodParam('tenantId', tenantId) _t: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(organisationProfileInputSchema) body: z.output<typeof organisationProfileInputSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.profiles.update(principal, access, body, meta);
  }

  @Get('partners')
  @TenantRoleAtLeast('viewer')
  @ApiOperation({ summary: 'Partner organisations named on offers (also those without an account)' })
  @ApiOkResponse({ schema: toOpenApiSchema(partnerPageSchema, 'output') })
  async partners(@ZodParam('tenantId', tenantId) _t: string, @CurrentTenant() access: TenantAccess, @ZodQuery(partnerQuery) query: z.output<typeof partnerQuery>) {
    return { ...(await this.profiles.listPartners(access, query)), page: query.page, pageSize: query.pageSize };
  }

  @Post('partners')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'Add a partner organisation' })
  @ApiOkResponse({ schema: toOpenApiSchema(partnerOrganisationSchema, 'output') })
  createPartner(
    @ZodParam('tenantId', tenantId) _t: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(partnerInputSchema) body: z.output<typeof partnerInputSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.profiles.createPartner(principal, access, body, meta);
  }

  @Put('partners/:partnerId')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'Change a partner organisation' })
  @ApiOkResponse({ schema: toOpenApiSchema(partnerOrganisationSchema, 'output') })
  updatePartner(
    @ZodParam('tenantId', tenantId) _t: string,
    @ZodParam('partnerId', uuid) partnerId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(partnerInputSchema) body: z.output<typeof partnerInputSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.profiles.updatePartner(principal, access, partnerId, body, meta);
  }

  @Delete('partners/:partnerId')
  @TenantRoleAtLeast('editor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a partner organisation that no offer names' })
  async deletePartner(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('partnerId', uuid) partnerId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    await this.profiles.deletePartner(principal, access, partnerId, meta);
  }

  @Get('offers')
  @TenantRoleAtLeast('viewer')
  @ApiOperation({ summary: "The organisation's offers in every status" })
  @ApiOkResponse({ schema: toOpenApiSchema(offerPageSchema, 'output') })
  async list(@ZodParam('tenantId', tenantId) _t: string, @CurrentTenant() access: TenantAccess, @ZodQuery(tenantOfferQuerySchema) query: z.output<typeof tenantOfferQuerySchema>) {
    return { ...(await this.offers.list(access, query)), page: query.page, pageSize: query.pageSize };
  }

  @Post('offers')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'Create an offer (a draft) with modules, partners and sessions' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  create(
    @ZodParam('tenantId', tenantId) _t: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(offerInputSchema) body: z.output<typeof offerInputSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.offers.create(principal, access, body, meta);
  }

  @Get('offers/:offerId')
  @TenantRoleAtLeast('viewer')
  @ApiOperation({ summary: 'One offer of the organisation, with its workflow history' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  get(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentTenant() access: TenantAccess) {
    return this.offers.get(access, offerId);
  }

  @Put('offers/:offerId')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'Replace the content of an offer; sessions keep their identity by externalId' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  replace(
    @ZodParam('tenantId', tenantId) _t: string,
    @ZodParam('offerId', uuid) offerId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(offerInputSchema) body: z.output<typeof offerInputSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.offers.replace(principal, access, offerId, body, meta);
  }

  @Delete('offers/:offerId')
  @TenantRoleAtLeast('editor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft that was never published (others: archive)' })
  async remove(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    await this.offers.delete(principal, access, offerId, meta);
  }

  @Post('offers/:offerId/submit')
  @TenantRoleAtLeast('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit: to the umbrella for review when the profile asks for it, else publish' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  submit(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    return this.workflow.providerAction(principal, access, offerId, 'submit', meta);
  }

  @Post('offers/:offerId/withdraw')
  @TenantRoleAtLeast('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a submission (back to draft)' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  withdraw(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    return this.workflow.providerAction(principal, access, offerId, 'withdraw', meta);
  }

  @Post('offers/:offerId/archive')
  @TenantRoleAtLeast('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive: leaves search and lists; the page stays reachable for the provider' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  archive(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    return this.workflow.providerAction(principal, access, offerId, 'archive', meta);
  }

  @Post('offers/:offerId/reopen')
  @TenantRoleAtLeast('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen an archived offer as a draft' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  reopen(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    return this.workflow.providerAction(principal, access, offerId, 'reopen', meta);
  }

  @Get('reviews')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'Review queue of an umbrella: submissions of its member organisations' })
  @ApiOkResponse({ schema: toOpenApiSchema(reviewQueuePageSchema, 'output') })
  async reviews(@ZodParam('tenantId', tenantId) _t: string, @CurrentTenant() access: TenantAccess, @ZodQuery(paginationQuerySchema) page: z.output<typeof paginationQuerySchema>) {
    return { ...(await this.workflow.queue(access, page)), ...page };
  }

  @Get('reviews/:offerId')
  @TenantRoleAtLeast('editor')
  @ApiOperation({ summary: 'One submission under review, in full' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  reviewItem(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentTenant() access: TenantAccess) {
    return this.workflow.reviewItem(access, offerId);
  }

  @Post('reviews/:offerId/approve')
  @TenantRoleAtLeast('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a submission: it is published' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  approve(@ZodParam('tenantId', tenantId) _t: string, @ZodParam('offerId', uuid) offerId: string, @CurrentPrincipal() principal: Principal, @CurrentTenant() access: TenantAccess, @Meta() meta: RequestMeta) {
    return this.workflow.review(principal, access, offerId, { action: 'approve' }, meta);
  }

  @Post('reviews/:offerId/return')
  @TenantRoleAtLeast('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a submission to its provider with a comment (it becomes a draft)' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  returnToProvider(
    @ZodParam('tenantId', tenantId) _t: string,
    @ZodParam('offerId', uuid) offerId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentTenant() access: TenantAccess,
    @ZodBody(reviewReturnRequestSchema) body: z.output<typeof reviewReturnRequestSchema>,
    @Meta() meta: RequestMeta,
  ) {
    return this.workflow.review(principal, access, offerId, { action: 'return', comment: body.comment }, meta);
  }
}
