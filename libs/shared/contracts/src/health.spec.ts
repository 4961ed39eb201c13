import { healthResponseSchema } from './health';

describe('healthResponseSchema', () => {
  const valid = {
    status: 'degraded',
    version: '0.1.0',
    checkedAt: '2026-11-23T10:00:00.000Z',
    checks: {
      database: { status: 'up', latencyMs: 1.2 },
      redis: { status: 'up', latencyMs: 0.4 },
      search: { status: 'up', engine: 'postgres' },
      worker: { status: 'unknown', lastPingAt: null },
    },
  };

  it('accepts a complete report', () => {
    expect(healthResponseSchema.parse(valid)).toEqual(valid);
  });

  it('rejects an unknown engine', () => {
    const bad = { ...valid, checks: { ...valid.checks, search: { status: 'up', engine: 'solr' } } };
    expect(healthResponseSchema.safeParse(bad).success).toBe(false);
  });
});
