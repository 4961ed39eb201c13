import 'reflect-metadata';
import { loadConfigOrExit } from '@knotenpunkt/api/core/config';
import { createApiApp } from '@knotenpunkt/api/bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
}

main().catch((error: unknown) => {
  console.error('api failed to start:', error);
  process.exit(1);
});
