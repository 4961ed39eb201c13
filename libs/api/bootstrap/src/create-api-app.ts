import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@knotenpunkt/api/core/config';
import { REQUEST_ID_HEADER, requestIdFrom } from '@knotenpunkt/api/core/logging';
import { configureHttp } from '@knotenpunkt/api/core/http';
import { ApiModule } from './api.module';
import { setupOpenApi } from './openapi';

/** Builds the api exactly as production runs it; tests call this too and then listen on port 0. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.API_BODY_LIMIT_BYTES,
    trustProxy: config.API_TRUST_PROXY,
    // Fastify's own logger stays off: nestjs-pino logs every request once, with its request id.
    logger: false,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers),
  });
  // Exchange files (imports) are larger than any other body: their own limit, kept as text
  // for the worker to parse, so the api never builds the object tree of a 50 MB file.
  adapter.getInstance().addContentTypeParser('application/ld+json', { parseAs: 'string', bodyLimit: config.IMPORT_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await configureHttp(app);
  setupOpenApi(app, config);
  return app;
}
