import { Controller, HttpCode, HttpStatus, Logger, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { cspReportSchema, type CspReport } from '@knotenpunkt/shared/contracts';
import { Public, ZodBody } from '@knotenpunkt/api/core/http';

/** Browsers report Content-Security-Policy violations here (see the report-uri directive). */
@ApiTags('system')
@Controller('csp-reports')
@Public()
export class CspReportController {
  private readonly logger = new Logger('CspReport');

  @Post()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Receive a Content-Security-Policy violation report (public, logged only)' })
  @ApiNoContentResponse({ description: 'Report received' })
  receive(@ZodBody(cspReportSchema) report: CspReport): void {
    const r = report['csp-report'];
    this.logger.warn(
      { documentUri: r['document-uri'], directive: r['effective-directive'] ?? r['violated-directive'], blockedUri: r['blocked-uri'] },
      'content security policy violation',
    );
  }
}
