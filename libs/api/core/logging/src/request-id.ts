import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Keeps a well-formed id handed in by the proxy (nginx sets one) so logs join up across hops;
 * anything else is replaced, so clients cannot inject text into logs.
 */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const incoming = headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && acceptable.test(incoming) ? incoming : randomUUID();
}
