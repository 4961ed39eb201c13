import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public, ZodParam, ZodQuery, toOpenApiSchema } from '@knotenpunkt/api/core/http';
import { offerPageSchema, offerSchema, organisationPageSchema, organisationQuerySchema, paginationQuerySchema, publicOfferQuerySchema, publicOrganisationSchema, tenantSlugSchema } from '@knotenpunkt/shared/contracts';
import { ProfilesService } from '../application/profiles.service';
import { PublicCatalogueService } from '../application/public-catalogue.service';

const idOrSlug = z.string().trim().min(3).max(120).regex(/^[a-z0-9-]+$/i);

@ApiTags('catalogue (public)')
@Controller()
export class PublicCatalogueController {
  constructor(
    private readonly catalogue: PublicCatalogueService,
    private readonly profiles: ProfilesService,
  ) {}

  @Get('offers')
  @Public()
  @ApiOperation({ summary: 'Published offers, next date first; filter by organisation, topic, audience' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerPageSchema, 'output') })
  list(@ZodQuery(publicOfferQuerySchema) query: z.output<typeof publicOfferQuerySchema>) {
    return this.catalogue.list(query);
  }

  @Get('offers/:idOrSlug')
  @Public()
  @ApiOperation({ summary: 'A published (or past) offer with modules, partners and sessions' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSchema, 'output') })
  offer(@ZodParam('idOrSlug', idOrSlug) id: string) {
    return this.catalogue.offer(id);
  }

  @Get('offers/:idOrSlug/jsonld')
  @Public()
  @Header('content-type', 'application/ld+json; charset=utf-8')
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'The offer as schema.org JSON-LD (what its public page embeds)' })
  offerJsonLd(@ZodParam('idOrSlug', idOrSlug) id: string) {
    return this.catalogue.offerJsonLd(id);
  }

  @Get('organisations')
  @Public()
  @ApiOperation({ summary: 'Organisation profiles by type, topic and service area (region key, any level)' })
  @ApiOkResponse({ schema: toOpenApiSchema(organisationPageSchema, 'output') })
  organisations(@ZodQuery(organisationQuerySchema) query: z.output<typeof organisationQuerySchema>) {
    return this.profiles.list(query);
  }

  @Get('organisations/:slug')
  @Public()
  @ApiOperation({ summary: 'Public profile of an organisation with its current offers' })
  @ApiOkResponse({ schema: toOpenApiSchema(publicOrganisationSchema, 'output') })
  organisation(@ZodParam('slug', tenantSlugSchema) slug: string, @ZodQuery(paginationQuerySchema) page: z.output<typeof paginationQuerySchema>) {
    return this.profiles.publicBySlug(slug, page);
  }

  @Get('organisations/:slug/offers.jsonld')
  @Public()
  @Header('content-type', 'application/ld+json; charset=utf-8')
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'Export: every published offer of the organisation in the exchange format (schema.org JSON-LD)' })
  export(@ZodParam('slug', tenantSlugSchema) slug: string) {
    return this.catalogue.exportOf(slug);
  }
}
