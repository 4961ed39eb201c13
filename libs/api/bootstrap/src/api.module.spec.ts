import { MODULE_METADATA } from '@nestjs/common/constants';
import { loadConfig } from '@knotenpunkt/api/core/config';
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
});
