import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@knotenpunkt/api/core/config';
import { DatabaseModule } from '@knotenpunkt/api/core/database';
import { LoggingModule } from '@knotenpunkt/api/core/logging';
import { MailModule, type MailRelayOptions } from '@knotenpunkt/api/core/mail';
import { QueueModule } from '@knotenpunkt/api/core/queue';
import { SystemWorkerModule } from '@knotenpunkt/api/system';
import { TenancyWorkerModule } from '@knotenpunkt/api/tenancy';
import { CatalogueWorkerModule } from '@knotenpunkt/api/catalogue';
import { SearchWorkerModule } from '@knotenpunkt/api/search';

export interface WorkerOptions {
  /** Where the worker proves it is alive (default: WORKER_LIVENESS_FILE in the temp directory). */
  livenessFile?: string;
  /** Relay timing (default: every 15 s, rows older than 30 s); tests shorten it. */
  mailRelay?: Partial<MailRelayOptions>;
}

/** Everything the worker runs. Each bounded context adds its *WorkerModule (job handlers) here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        DatabaseModule.forRoot('knotenpunkt-worker'),
        QueueModule.forRoot({ connectionName: 'knotenpunkt-worker', runWorkers: true, livenessFile: options.livenessFile }),
        MailModule.forRoot({ deliver: true, relay: options.mailRelay }),
        SystemWorkerModule,
        TenancyWorkerModule,
        CatalogueWorkerModule,
        SearchWorkerModule,
      ],
    };
  }
}
