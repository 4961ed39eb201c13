export { LoggingModule } from './logging.module';
export { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
