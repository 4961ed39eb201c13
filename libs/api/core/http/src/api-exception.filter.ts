import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
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
  const retryAfter = retryAfterOf(exception);
  if (retryAfter !== null) void reply.header('retry-after', String(retryAfter));
  void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
}

/** Rate-limit answers ({ retryAfterSeconds } in a 429's response) tell clients when to retry. */
function retryAfterOf(exception: unknown): number | null {
  if (!(exception instanceof HttpException) || exception.getStatus() !== 429) return null;
  const response = exception.getResponse();
  const seconds = typeof response === 'object' && response !== null ? (response as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : null;
}
