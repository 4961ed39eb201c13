import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  nearbyQuerySchema,
  nearbyResponseSchema,
  postalCodeDetailSchema,
  postalCodeSchema,
  regionDetailSchema,
  regionKeySchema,
  regionSuggestQuerySchema,
  regionSuggestResponseSchema,
} from '@knotenpunkt/shared/contracts';
import { Public, ZodParam, ZodQuery, toOpenApiSchema } from '@knotenpunkt/api/core/http';
import { RegionService } from '../application/region.service';

// Reference data changes at most with a new Stand: let browsers and proxies cache it briefly.
const CACHE = 'public, max-age=3600';

@ApiTags('regions')
@Controller()
@Public()
export class RegionsController {
  constructor(private readonly regions: RegionService) {}

  @Get('regions/suggest')
  @Header('cache-control', CACHE)
  @ApiOperation({ summary: 'Autocomplete regions, places and postal codes by name or PLZ prefix (public)' })
  @ApiOkResponse({ schema: toOpenApiSchema(regionSuggestResponseSchema, 'output') })
  async suggest(@ZodQuery(regionSuggestQuerySchema) query: z.output<typeof regionSuggestQuerySchema>) {
    return { items: await this.regions.suggest(query.q, query.limit, query.levels) };
  }

  @Get('regions/nearby')
  @Header('cache-control', CACHE)
  @ApiOperation({ summary: 'Regions of one level within a radius of a PLZ or point, nearest first (public)' })
  @ApiOkResponse({ schema: toOpenApiSchema(nearbyResponseSchema, 'output') })
  nearby(@ZodQuery(nearbyQuerySchema) query: z.output<typeof nearbyQuerySchema>) {
    return this.regions.nearby(query);
  }

  @Get('regions/:key')
  @Header('cache-control', CACHE)
  @ApiOperation({ summary: 'A region by its ARS key, with ancestors and children (public)' })
  @ApiOkResponse({ schema: toOpenApiSchema(regionDetailSchema, 'output') })
  region(@ZodParam('key', regionKeySchema) key: string) {
    return this.regions.detail(key);
  }

  @Get('postal-codes/:plz')
  @Header('cache-control', CACHE)
  @ApiOperation({ summary: 'A postal code with its centroid, Gemeinden and place names (public)' })
  @ApiOkResponse({ schema: toOpenApiSchema(postalCodeDetailSchema, 'output') })
  postalCode(@ZodParam('plz', postalCodeSchema) plz: string) {
    return this.regions.postalCode(plz);
  }
}
