import 'reflect-metadata';
import { loadConfigOrExit } from '@knotenpunkt/api/core/config';
import { createWorkerApp } from '@knotenpunkt/api/bootstrap';

createWorkerApp(loadConfigOrExit()).catch((error: unknown) => {
  console.error('worker failed to start:', error);
  process.exit(1);
});
