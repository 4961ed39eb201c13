import { MODULE_METADATA } from '@nestjs/common/constants';
import type { DynamicModule } from '@nestjs/common';
import { loadConfig } from '@knotenpunkt/api/core/config';
import { MailModule, MailSendHandler } from '@knotenpunkt/api/core/mail';
import { SystemApiModule, SystemWorkerModule } from '@knotenpunkt/api/system';
import { ApiModule } from './api.module';
import { WorkerModule } from './worker.module';

const config = loadConfig({ DATABASE_URL: 'postgres://u:p@localhost/db', REDIS_URL: 'redis://localhost:6379' });

describe('composition roots', () => {
  it('the api serves the system context over HTTP and runs no job handlers', () => {
    const imports = ApiModule.forRoot(config).imports ?? [];
    expect(imports).toContain(SystemApiModule);
    expect(imports).not.toContain(SystemWorkerModule);
  });

  it('the worker runs the system job handlers and has no controllers', () => {
    const imports = WorkerModule.forRoot(config).imports ?? [];
    expect(imports).toContain(SystemWorkerModule);
    expect(Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, SystemWorkerModule) ?? []).toHaveLength(0);
  });

  it('the api writes mails into the outbox; only the worker sends them', () => {
    const mailOf = (imports: unknown[]) => imports.find((m) => (m as DynamicModule).module === MailModule) as DynamicModule;
    expect(mailOf(ApiModule.forRoot(config).imports ?? []).providers).not.toContain(MailSendHandler);
    expect(mailOf(WorkerModule.forRoot(config).imports ?? []).providers).toContain(MailSendHandler);
  });
});
