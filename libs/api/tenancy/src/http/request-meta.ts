import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { requestLanguage } from '@knotenpunkt/api/core/http';
import type { RequestMeta } from '../application/request-meta';

export function requestMetaOf(request: FastifyRequest): RequestMeta {
  const requestId = (request.raw as { id?: unknown }).id;
  const agent = request.headers['user-agent'];
  return {
    ip: request.ip ?? null,
    userAgent: typeof agent === 'string' ? agent : null,
    requestId: typeof requestId === 'string' ? requestId : null,
    language: requestLanguage(request),
  };
}

/** IP, user agent, request id and language of the request, for audit entries and mails. */
export const Meta = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta => requestMetaOf(context.switchToHttp().getRequest<FastifyRequest>()));
