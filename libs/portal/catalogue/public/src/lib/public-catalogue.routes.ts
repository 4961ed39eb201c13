import type { Routes } from '@angular/router';

/**
 * Public catalogue pages, no login. `/angebote` itself stays the app's region-picker page; the
 * offer page sits beside it at `/angebote/:slug` (lazily loaded). Its document title is the
 * offer's title once loaded (DynamicPageTitle); `titles.offer` until then.
 */
export const publicCatalogueRoutes: Routes = [{ path: 'angebote/:slug', title: 'titles.offer', loadComponent: () => import('./offer-page/offer-page') }];
