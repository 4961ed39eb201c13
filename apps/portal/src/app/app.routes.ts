import type { Routes } from '@angular/router';
import { workspaceRoutes } from '@knotenpunkt/portal/catalogue/feature';
import { publicCatalogueRoutes } from '@knotenpunkt/portal/catalogue/public';
import { tenancyRoutes } from '@knotenpunkt/portal/tenancy/feature';

import type { ComingSoonFeature } from './pages/coming-soon/coming-soon-page';

/**
 * Every page is a lazily loaded standalone component. Route `title`s are translation keys
 * (see TranslatedTitleStrategy); `data` reaches the page as inputs via withComponentInputBinding.
 * Accounts, organisations and legal pages (the platform's and the organisations') come from the
 * tenancy feature library; the provider workspace (`/arbeitsbereich/*`: offers, import) from the
 * catalogue feature library; the public offer page (`/angebote/:slug`, beside the region-picker page
 * `/angebote`) from the public catalogue library.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', title: 'titles.home', loadComponent: () => import('./pages/home/home-page') },
  {
    path: 'angebote',
    title: 'titles.offers',
    data: { feature: 'offers' satisfies ComingSoonFeature },
    loadComponent: () => import('./pages/coming-soon/coming-soon-page'),
  },
  ...publicCatalogueRoutes,
  {
    path: 'partner',
    title: 'titles.partners',
    data: { feature: 'partners' satisfies ComingSoonFeature },
    loadComponent: () => import('./pages/coming-soon/coming-soon-page'),
  },
  ...tenancyRoutes,
  ...workspaceRoutes,
  { path: '**', title: 'titles.notFound', loadComponent: () => import('./pages/not-found/not-found-page') },
];
