import { WORKER_STALE_AFTER_MS, workerStatus } from './worker-status';

describe('workerStatus', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('is unknown before the first ping was answered', () => {
    expect(workerStatus(null, now)).toBe('unknown');
  });

  it('is up while the last answer is recent', () => {
    expect(workerStatus(new Date(now.getTime() - WORKER_STALE_AFTER_MS), now)).toBe('up');
  });

  it('is degraded once the worker stopped answering', () => {
    expect(workerStatus(new Date(now.getTime() - WORKER_STALE_AFTER_MS - 1), now)).toBe('degraded');
  });
});
