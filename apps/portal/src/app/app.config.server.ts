import { ɵHTTP_ROOT_INTERCEPTOR_FNS as HTTP_ROOT_INTERCEPTOR_FNS } from '@angular/common/http';
import { type ApplicationConfig, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';

import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { apiUpstreamInterceptor } from './server/api-upstream.interceptor';

/** The browser config plus what only the server needs (see docs/portal.md "Server-side rendering"). */
const serverOnly: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    // Last root interceptor = innermost: after the transfer cache and platform-server's URL resolution.
    { provide: HTTP_ROOT_INTERCEPTOR_FNS, useValue: apiUpstreamInterceptor, multi: true },
  ],
};

export const serverConfig = mergeApplicationConfig(appConfig, serverOnly);
