import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toApiError } from './error-response';
import { requestLanguage } from './request-language';

/** The one place errors become responses: same body shape for every status, in the caller's language. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    sendError(exception, request, reply, this.logger);
  }
}

export function sendError(exception: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const requestId = (request.raw as { id?: unknown }).id;
  const body = toApiError(exception, requestLanguage(request), typeof requestId === 'string' ? requestId : undefined);
  if (body.statusCode >= 500) {
    logger.error({ err: exception, requestId }, 'request failed');
  }
  void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
}
