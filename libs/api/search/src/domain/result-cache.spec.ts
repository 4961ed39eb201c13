import { ResultCache } from './result-cache';

describe('result cache', () => {
  it('forgets the least recently used entry beyond its size', () => {
    const cache = new ResultCache<number>(2, 1000);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    expect(cache.get('a', 1)).toBe(1);
    cache.set('c', 3, 2);
    expect(cache.get('b', 3)).toBeUndefined();
    expect(cache.get('a', 3)).toBe(1);
    expect(cache.get('c', 3)).toBe(3);
  });

  it('expires entries older than the maximum age, and clears', () => {
    const cache = new ResultCache<number>(10, 1000);
    cache.set('a', 1, 0);
    expect(cache.get('a', 1000)).toBe(1);
    expect(cache.get('a', 2001)).toBeUndefined();
    cache.set('b', 2, 0);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('computes a missing value once for callers that miss at the same time, and keeps no failure', async () => {
    const cache = new ResultCache<number>(10, 1000);
    let calls = 0;
    let release!: (n: number) => void;
    const compute = () => {
      calls++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const first = cache.getOrCompute('a', 0, compute);
    const second = cache.getOrCompute('a', 0, compute);
    release(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(calls).toBe(1);
    expect(await cache.getOrCompute('a', 1, compute)).toBe(7);
    expect(calls).toBe(1);

    await expect(cache.getOrCompute('b', 0, () => Promise.reject(new Error('engine down')))).rejects.toThrow('engine down');
    expect(await cache.getOrCompute('b', 0, async () => 3)).toBe(3);
  });
});
