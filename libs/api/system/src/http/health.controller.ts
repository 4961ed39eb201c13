import { Controller, Get, Header, HttpStatus, Res, VERSION_NEUTRAL, Version } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { healthResponseSchema } from '@knotenpunkt/shared/contracts';
import { Public, toOpenApiSchema } from '@knotenpunkt/api/core/http';
import { HealthService } from '../application/health.service';

@ApiTags('system')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Version(VERSION_NEUTRAL)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'State of PostgreSQL, Redis, the search engine and the worker',
    description: '200 while the api can serve (status ok or degraded), 503 when PostgreSQL or Redis is down.',
  })
  @ApiOkResponse({ schema: toOpenApiSchema(healthResponseSchema, 'output') })
  @ApiServiceUnavailableResponse({ schema: toOpenApiSchema(healthResponseSchema, 'output') })
  async get(@Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.health.check();
    reply.status(report.status === 'down' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    return report;
  }
}
