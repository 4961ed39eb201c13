export { RegionsApiModule } from './regions-api.module';
export { RegionService } from './application/region.service';
export { loadRegions, REGION_DATASET_ID, type RegionLoadReport, type TableChanges } from './infra/region-loader';
export { RegionDataError } from './infra/region-csv';
export { regionLabel } from './domain/labels';
