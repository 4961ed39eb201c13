import { warmUpIntl } from './intl-warm-up';

describe('warmUpIntl', () => {
  it('creates one formatter per task, each in a task of its own', () => {
    const queue: (() => void)[] = [];
    const created = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      warmUpIntl('de', (task) => queue.push(task));
      // Nothing runs in the caller's task.
      expect(created).not.toHaveBeenCalled();
      let tasks = 0;
      while (queue.length) {
        queue.shift()?.();
        tasks++;
      }
      // Five steps plus the final (empty) one that ends the chain.
      expect(tasks).toBe(6);
      expect(created).toHaveBeenCalledWith('de', expect.objectContaining({ timeZone: 'Europe/Berlin' }));
    } finally {
      created.mockRestore();
    }
  });

  it('keeps going when a formatter cannot be created', () => {
    const queue: (() => void)[] = [];
    const displayNames = jest.spyOn(Intl, 'DisplayNames').mockImplementation(() => {
      throw new RangeError('unsupported');
    });
    const lists = jest.spyOn(Intl, 'ListFormat');
    try {
      warmUpIntl('xx-invalid-', (task) => queue.push(task));
      expect(() => {
        while (queue.length) queue.shift()?.();
      }).not.toThrow();
      expect(displayNames).toHaveBeenCalled();
      expect(lists).toHaveBeenCalled();
    } finally {
      displayNames.mockRestore();
      lists.mockRestore();
    }
  });
});
