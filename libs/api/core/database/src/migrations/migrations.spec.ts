import { migrations } from './index';

describe('migration list', () => {
  it('is ordered by timestamp and every class name ends with its timestamp', () => {
    const stamps = migrations.map((m) => {
      const match = /(\d{13})$/.exec(m.name);
      expect(match).not.toBeNull();
      return Number(match?.[1]);
    });
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
