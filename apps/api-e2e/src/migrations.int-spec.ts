import { migrateDown, migrateUp, migrationStatus, migrations } from '@knotenpunkt/api/core/database';
import { createTestDatabase, queryAs, type TestDatabase } from '@knotenpunkt/api/core/testing';

const query = queryAs;

const tableExists = async (url: string, table: string) =>
  (await query<{ t: string | null }>(url, 'SELECT to_regclass($1) AS t', [table]))[0]?.t !== null;

describe('migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it('apply from scratch, revert completely and apply again', async () => {
    expect(await migrateUp(db.ownerUrl)).toEqual(migrations.map((m) => m.name));
    expect((await migrationStatus(db.ownerUrl)).every((m) => m.applied)).toBe(true);
    expect(await tableExists(db.ownerUrl, 'system_ping')).toBe(true);
    expect(await migrateUp(db.ownerUrl)).toEqual([]);

    const reverted = await migrateDown(db.ownerUrl, Number.POSITIVE_INFINITY);
    expect(reverted).toEqual(migrations.map((m) => m.name).reverse());
    expect(await tableExists(db.ownerUrl, 'system_ping')).toBe(false);
    expect((await migrationStatus(db.ownerUrl)).some((m) => m.applied)).toBe(false);

    expect(await migrateUp(db.ownerUrl)).toHaveLength(migrations.length);
  });

  it('let the application role use tables but not own or create them', async () => {
    await migrateUp(db.ownerUrl);
    await query(db.appUrl, `INSERT INTO system_ping (id, requested_at, worker_id) VALUES ('t-1', now(), 'test')`);
    expect(await query(db.appUrl, 'SELECT id FROM system_ping')).toEqual([{ id: 't-1' }]);
    await expect(query(db.appUrl, 'CREATE TABLE intruder (id int)')).rejects.toThrow(/permission denied/);
    await expect(query(db.appUrl, 'DROP TABLE system_ping')).rejects.toThrow(/must be owner/);
    const [role] = await query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      db.appUrl,
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
