export { SystemApiModule } from './system-api.module';
export { SystemWorkerModule } from './system-worker.module';
export { PingService, PING_WINDOW_MS } from './application/ping.service';
export { HealthService } from './application/health.service';
