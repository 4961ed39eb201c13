import { type Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, scan } from 'rxjs';

import { LanguageService } from './language.service';

/**
 * For the app frame's parts that hydrate late on a server-rendered page (header links, footer:
 * `@defer (hydrate on viewport; hydrate when left())`): true once the UI shows another language
 * than the page arrived in, or the router has finished a second navigation (the first one is the
 * page the server rendered). Until then their server DOM is still right; after it they must
 * hydrate to follow. Call in an injection context created before the first navigation ends.
 */
export function frameLeftServerRender(): Signal<boolean> {
  const language = inject(LanguageService);
  const navigations = toSignal(
    inject(Router).events.pipe(
      filter((event) => event instanceof NavigationEnd),
      scan((count) => count + 1, 0),
    ),
    { initialValue: 0 },
  );
  return computed(() => language.differsFromPage() || navigations() > 1);
}
