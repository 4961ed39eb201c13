export * from './lib/regions.service';
