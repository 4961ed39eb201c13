export { configureHttp, API_PREFIX } from './configure-http';
export { ApiExceptionFilter } from './api-exception.filter';
export { toApiError } from './error-response';
export { RequestValidationError, parseRequestPart, type RequestPart } from './request-validation';
export { requestLanguage } from './request-language';
export { ZodBody, ZodParam, ZodQuery } from './zod-params';
export { toOpenApiSchema } from './openapi-schema';
export { statusMessage } from './messages';
