import { Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, PlatformOperator, ZodBody, type Principal } from '@knotenpunkt/api/core/http';
import { Meta, type RequestMeta } from '@knotenpunkt/api/tenancy';
import { SynonymsAdminService } from '../application/synonyms-admin.service';

const synonymsBody = z.object({ source: z.string().max(100_000) });

@ApiTags('search')
@Controller('platform/search/synonyms')
export class SynonymsController {
  constructor(private readonly synonyms: SynonymsAdminService) {}

  @Get()
  @PlatformOperator()
  @ApiOperation({ summary: 'The synonym list of the search (one group per line, terms separated by commas)' })
  get() {
    return this.synonyms.get();
  }

  @Put()
  @PlatformOperator()
  @ApiOperation({ summary: 'Replace the synonym list; errors name the line' })
  replace(@CurrentPrincipal() principal: Principal, @ZodBody(synonymsBody) body: z.output<typeof synonymsBody>, @Meta() meta: RequestMeta) {
    return this.synonyms.replace(principal, body.source, meta.language, meta);
  }
}
