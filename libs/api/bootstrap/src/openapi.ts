import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@knotenpunkt/api/core/config';

/** OpenAPI document at /api/docs-json, browsable at /api/docs. */
export function setupOpenApi(app: INestApplication, config: AppConfig): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Knotenpunkt API')
      .setDescription(
        'REST api of Knotenpunkt. Errors share one shape ({ statusCode, error, message, issues?, requestId }); ' +
          'messages follow Accept-Language (German by default, English on request).',
      )
      .setVersion(config.APP_VERSION)
      .addServer(config.PUBLIC_BASE_URL)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Knotenpunkt API',
  });
}
