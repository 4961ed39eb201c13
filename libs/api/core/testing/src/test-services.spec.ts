import { eventually, uniqueQueuePrefix } from './test-services';

describe('test helpers', () => {
  it('gives every caller its own valid queue prefix', () => {
    const a = uniqueQueuePrefix();
    expect(a).toMatch(/^[a-z0-9:_-]{1,40}$/);
    expect(uniqueQueuePrefix()).not.toBe(a);
  });

  it('eventually returns the first defined value and times out otherwise', async () => {
    let calls = 0;
    await expect(eventually(async () => (++calls >= 3 ? calls : undefined), 2000)).resolves.toBe(3);
    await expect(eventually(async () => undefined, 200, 'never')).rejects.toThrow('never not reached within 200 ms');
  });
});
