import { DataSource } from 'typeorm';
import { migrations } from './migrations';

export interface MigrationState {
  name: string;
  applied: boolean;
}

function migrationDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    applicationName: 'knotenpunkt-migrate',
    logging: ['error'],
  });
}

async function withDataSource<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = migrationDataSource(url);
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export function migrateUp(url: string): Promise<string[]> {
  return withDataSource(url, async (ds) => {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  });
}

/** Reverts the last `steps` applied migrations (all of them with Infinity). */
export function migrateDown(url: string, steps = 1): Promise<string[]> {
  return withDataSource(url, async (ds) => {
    const reverted: string[] = [];
    for (let i = 0; i < steps; i++) {
      const before = await appliedNames(ds);
      if (before.length === 0) break;
      await ds.undoLastMigration({ transaction: 'each' });
      reverted.push(before[before.length - 1] as string);
    }
    return reverted;
  });
}

export function migrationStatus(url: string): Promise<MigrationState[]> {
  return withDataSource(url, async (ds) => {
    const applied = new Set(await appliedNames(ds));
    return migrations.map((m) => ({ name: m.name, applied: applied.has(m.name) }));
  });
}

async function appliedNames(ds: DataSource): Promise<string[]> {
  const table = await ds.query(`SELECT to_regclass('schema_migrations') AS t`);
  if (!table[0]?.t) return [];
  const rows: { name: string }[] = await ds.query(`SELECT name FROM schema_migrations ORDER BY id`);
  return rows.map((r) => r.name);
}
