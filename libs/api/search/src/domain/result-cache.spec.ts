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
});
