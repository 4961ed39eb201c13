import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@knotenpunkt/api/core/config';
import { Public, ZodQuery, toOpenApiSchema } from '@knotenpunkt/api/core/http';
import { offerSearchQuerySchema, offerSearchResultSchema, organisationSearchQuerySchema, organisationSearchResultSchema } from '@knotenpunkt/shared/contracts';
import { Meta, type RequestMeta } from '@knotenpunkt/api/tenancy';
import { searchCalendar } from '../application/search-calendar';
import { SearchService } from '../application/search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('offers')
  @Public()
  @ApiOperation({ summary: 'Search published offers: text, region or radius around a PLZ, filters, facets, sort; online fallback when little is nearby' })
  @ApiOkResponse({ schema: toOpenApiSchema(offerSearchResultSchema, 'output') })
  offers(@ZodQuery(offerSearchQuerySchema) query: z.output<typeof offerSearchQuerySchema>, @Meta() meta: RequestMeta) {
    return this.search.searchOffers(query, meta.language);
  }

  @Get('offers.ics')
  @Public()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'The same search as an iCalendar feed (next matching session of each offer)' })
  async calendar(@ZodQuery(offerSearchQuerySchema) query: z.output<typeof offerSearchQuerySchema>, @Meta() meta: RequestMeta) {
    const result = await this.search.searchOffers({ ...query, pageSize: Math.max(query.pageSize, 100), facets: [], onlineFallback: false }, meta.language);
    return searchCalendar(result, { publicBaseUrl: this.config.PUBLIC_BASE_URL, title: meta.language === 'de' ? 'Knotenpunkt – Angebote' : 'Knotenpunkt – offers' });
  }

  @Get('organisations')
  @Public()
  @ApiOperation({ summary: 'Search partner organisations: text, type, topic, audience, service area (region) or radius around a PLZ, facets, sort' })
  @ApiOkResponse({ schema: toOpenApiSchema(organisationSearchResultSchema, 'output') })
  organisations(@ZodQuery(organisationSearchQuerySchema) query: z.output<typeof organisationSearchQuerySchema>, @Meta() meta: RequestMeta) {
    return this.search.searchOrganisations(query, meta.language);
  }
}
