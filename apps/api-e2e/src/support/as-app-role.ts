import type { Client } from 'pg';

/**
 * Runs one statement as the application role inside a transaction whose app.tenant_id is set
 * (empty: no tenant), then rolls back: what a forgotten `WHERE tenant_id` would see or change.
 */
export async function asAppRole<T>(app: Client, tenantId: string | null, sql: string, params: unknown[] = []): Promise<T[]> {
  await app.query('BEGIN');
  try {
    await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId ?? '']);
    return (await app.query(sql, params)).rows as T[];
  } finally {
    await app.query('ROLLBACK');
  }
}
