import { isPlatformBrowser } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  type ApplicationConfig,
  PLATFORM_ID,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideClientHydration, withEventReplay } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { LanguageService, acceptLanguageInterceptor, provideI18n } from '@knotenpunkt/portal/shared/util';
import { sessionExpiredInterceptor } from '@knotenpunkt/portal/tenancy/data-access';

import { appRoutes } from './app.routes';
import { warmUpIntl } from './intl-warm-up';
import { loadTranslation } from './translations';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Zoneless is Angular 22's default; stated explicitly because the app relies on it (no zone.js).
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    provideI18n({ loader: loadTranslation }),
    // Starts ICU in small tasks while the translation and the page chunks load, instead of in the
    // middle of hydration (see intl-warm-up.ts). Browser only; after provideI18n, whose initializer
    // has then already asked for the translation.
    provideAppInitializer(() => {
      if (isPlatformBrowser(inject(PLATFORM_ID))) warmUpIntl(inject(LanguageService).detect().language);
    }),
    // Public pages come server-rendered (app.config.server.ts); the browser reuses that DOM, replays
    // clicks made before it finished, and takes the api answers the server got from the transfer
    // cache (GET/HEAD without credentials) instead of asking again. Incremental hydration is on by
    // default (Angular 22): `@defer (hydrate on …)` blocks keep their server DOM and hydrate later.
    provideClientHydration(withEventReplay()),
    // Same-origin calls to /api/v1, which the portal server (and the dev server) proxy to the api.
    // The api wants the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN on POST/PUT/PATCH/DELETE;
    // HttpClient adds it to same-origin requests. Accept-Language makes api messages follow the UI.
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([acceptLanguageInterceptor, sessionExpiredInterceptor]),
    ),
  ],
};
