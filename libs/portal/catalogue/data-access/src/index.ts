export * from './lib/catalogue-api.service';
export * from './lib/offer-status';
