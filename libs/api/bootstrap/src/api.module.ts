import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@knotenpunkt/api/core/config';
import { DatabaseModule } from '@knotenpunkt/api/core/database';
import { AccessModule } from '@knotenpunkt/api/core/http';
import { LoggingModule } from '@knotenpunkt/api/core/logging';
import { MailModule } from '@knotenpunkt/api/core/mail';
import { QueueModule } from '@knotenpunkt/api/core/queue';
import { RegionsApiModule } from '@knotenpunkt/api/regions';
import { SystemApiModule } from '@knotenpunkt/api/system';
import { TenancyApiModule } from '@knotenpunkt/api/tenancy';
import { CatalogueApiModule } from '@knotenpunkt/api/catalogue';
import { SearchApiModule } from '@knotenpunkt/api/search';

/** Everything the HTTP api serves. Each bounded context adds its *ApiModule here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        AccessModule,
        DatabaseModule.forRoot('knotenpunkt-api'),
        QueueModule.forRoot({ connectionName: 'knotenpunkt-api' }),
        // Outbox only: the api writes mails, the worker sends them.
        MailModule.forRoot(),
        SystemApiModule,
        RegionsApiModule,
        TenancyApiModule,
        CatalogueApiModule,
        SearchApiModule,
      ],
    };
  }
}
