import { requestIdFrom } from './request-id';

describe('requestIdFrom', () => {
  it('keeps a well-formed incoming id', () => {
    expect(requestIdFrom({ 'x-request-id': 'abc12345-proxy' })).toBe('abc12345-proxy');
  });

  it.each([undefined, 'short', 'evil\nline', 'x'.repeat(200)])('replaces %p with a fresh uuid', (header) => {
    expect(requestIdFrom(header === undefined ? {} : { 'x-request-id': header })).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });
});
