import { Module } from '@nestjs/common';
import { RegionService } from './application/region.service';
import { RegionSuggestService } from './application/region-suggest.service';
import { RegionsController } from './http/regions.controller';
import { RegionRepository } from './infra/region.repository';

/** Public, read-only regions api (reference data, no tenant). */
@Module({
  controllers: [RegionsController],
  providers: [RegionService, RegionSuggestService, RegionRepository],
  exports: [RegionService],
})
export class RegionsApiModule {}
