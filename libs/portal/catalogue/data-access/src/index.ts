export * from './lib/catalogue-api.service';
export * from './lib/offer-status';
export * from './lib/public-catalogue.service';
export * from './lib/offer-format';
