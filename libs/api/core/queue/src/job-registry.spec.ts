import { jobRegistry, jobNames } from './job-registry';

describe('job registry', () => {
  it.each(jobNames)('%s: tenant-scoped jobs carry tenantId, others do not', (name) => {
    const definition = jobRegistry[name];
    const keys = Object.keys(definition.payload.shape);
    expect(keys.includes('tenantId')).toBe(definition.tenantScoped);
  });

  it.each(jobNames)('%s: name is "<context>.<action>" and attempts are bounded', (name) => {
    expect(name).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
    expect(jobRegistry[name].attempts).toBeGreaterThanOrEqual(1);
    expect(jobRegistry[name].attempts).toBeLessThanOrEqual(10);
  });

  it('rejects a malformed ping payload', () => {
    const result = jobRegistry['system.ping'].payload.safeParse({ pingId: 'x y', requestedAt: 'yesterday' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['pingId', 'requestedAt']);
  });
});
