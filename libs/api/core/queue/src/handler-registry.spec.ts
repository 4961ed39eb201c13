import { HandlerRegistryError, resolveHandlers } from './handler-registry';

const handler = (jobName: string, className: string) => ({ jobName, className, instance: { className } });

describe('resolveHandlers', () => {
  it('maps every job to its single handler', () => {
    const map = resolveHandlers([handler('a.run', 'A'), handler('b.run', 'B')], ['a.run', 'b.run']);
    expect(map.get('a.run' as never)).toEqual({ className: 'A' });
    expect(map.size).toBe(2);
  });

  it('reports missing, duplicate and unknown handlers together', () => {
    expect.assertions(2);
    try {
      resolveHandlers([handler('a.run', 'A1'), handler('a.run', 'A2'), handler('c.run', 'C')], ['a.run', 'b.run']);
    } catch (error) {
      expect(error).toBeInstanceOf(HandlerRegistryError);
      expect((error as HandlerRegistryError).problems).toEqual([
        'a.run: 2 handlers (A1, A2)',
        'b.run: no handler',
        'c.run: handled by C but not in the job registry',
      ]);
    }
  });
});
