import type { DataSource, EntityManager } from 'typeorm';

/** Who a transaction acts for. Row-level security policies read these as app.* settings. */
export interface DbActor {
  tenantId?: string | null;
  userId?: string | null;
  /** Platform-operator work across tenants; set only behind the platform-operator guard. */
  platform?: boolean;
}

/** A transaction bound to one tenant: repositories of tenant-owned data take this first. */
export interface TenantTx {
  readonly tenantId: string;
  readonly userId: string | null;
  readonly manager: EntityManager;
}

/**
 * Runs `work` in one transaction whose app.tenant_id / app.user_id / app.platform settings are
 * local to it (set_config(..., true)), so a pooled connection never carries them into the
 * next request.
 */
export async function runAs<T>(dataSource: DataSource, actor: DbActor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    // An empty actor needs no round trip: transaction-local settings start out unset.
    if (actor.tenantId || actor.userId || actor.platform) {
      await manager.query(
        `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true), set_config('app.platform', $3, true)`,
        [actor.tenantId ?? '', actor.userId ?? '', actor.platform ? 'on' : ''],
      );
    }
    return work(manager);
  });
}

/** Moves a running transaction into `tenantId`, e.g. right after creating that tenant. */
export async function enterTenant(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
}

export async function runInTenant<T>(
  dataSource: DataSource,
  tenantId: string,
  userId: string | null,
  work: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  return runAs(dataSource, { tenantId, userId }, (manager) => work({ tenantId, userId, manager }));
}
