import { VersioningType } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import { ApiExceptionFilter } from './api-exception.filter';

export const API_PREFIX = 'api';

/**
 * Routing, security headers and error handling shared by the api process and its tests, so
 * tests exercise exactly what production runs.
 */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  app.setGlobalPrefix(API_PREFIX);
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The OpenAPI UI at /api/docs styles itself inline; nothing else here serves HTML.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        reportUri: [`/${API_PREFIX}/v1/csp-reports`],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addContentTypeParser('application/csp-report', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('Malformed CSP report'), { statusCode: 400 }), undefined);
    }
  });
}
