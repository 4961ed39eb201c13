import 'reflect-metadata';
import { runMigrationCli } from '@knotenpunkt/api/core/database';

runMigrationCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
