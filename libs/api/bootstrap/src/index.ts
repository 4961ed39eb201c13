export { createApiApp } from './create-api-app';
export { createWorkerApp } from './create-worker-app';
export { ApiModule } from './api.module';
export { WorkerModule, type WorkerOptions } from './worker.module';
