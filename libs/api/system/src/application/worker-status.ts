import type { ComponentStatus } from '@knotenpunkt/shared/contracts';

/** A worker that has not answered for two ping windows plus slack is considered behind. */
export const WORKER_STALE_AFTER_MS = 90_000;

export function workerStatus(lastPingAt: Date | null, now: Date): ComponentStatus {
  if (!lastPingAt) return 'unknown';
  return now.getTime() - lastPingAt.getTime() <= WORKER_STALE_AFTER_MS ? 'up' : 'degraded';
}
