import { provideHttpClient, withFetch } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideI18n } from '@knotenpunkt/portal/shared/util';

import { appRoutes } from './app.routes';
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
    // Same-origin calls to /api/v1, which the portal server (and the dev server) proxy to the api.
    provideHttpClient(withFetch()),
  ],
};
