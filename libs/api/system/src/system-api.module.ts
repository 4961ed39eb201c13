import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SearchEngineModule } from '@knotenpunkt/api/search';
import { HealthService } from './application/health.service';
import { PingService } from './application/ping.service';
import { CspReportController } from './http/csp-report.controller';
import { HealthController } from './http/health.controller';
import { PingRepository } from './infra/ping.repository';
import { SystemPingEntity } from './infra/system-ping.entity';

/** Health, pings and CSP reports, as served by the api. */
@Module({
  // The search engine of the api (one instance, shared with SearchApiModule) for the health check.
  imports: [TypeOrmModule.forFeature([SystemPingEntity]), SearchEngineModule],
  controllers: [HealthController, CspReportController],
  providers: [HealthService, PingService, PingRepository],
  exports: [PingService],
})
export class SystemApiModule {}
