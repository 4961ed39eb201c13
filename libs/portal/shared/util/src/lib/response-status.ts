import { RESPONSE_INIT, effect, inject } from '@angular/core';

/**
 * Sets the HTTP status of a server-rendered page while `when()` is true (e.g. 404 for an unknown
 * offer), so crawlers and link previews see "not found" instead of a 200. In the browser, and
 * for client-rendered routes, RESPONSE_INIT does not exist and this does nothing.
 * Call in an injection context (a page's constructor or field initializer).
 */
export function responseStatusWhen(when: () => boolean, status = 404): void {
  const response = inject(RESPONSE_INIT, { optional: true });
  if (!response) return;
  effect(() => {
    if (when()) response.status = status;
  });
}
