import type { Routes } from '@angular/router';
import { workspaceRoutes } from '@knotenpunkt/portal/catalogue/feature';
import { publicCatalogueRoutes } from '@knotenpunkt/portal/catalogue/public';
import { searchRoutes } from '@knotenpunkt/portal/search/feature';
import { tenancyRoutes } from '@knotenpunkt/portal/tenancy/feature';

/**
 * Every page is a lazily loaded standalone component. Route `title`s are translation keys
 * (see TranslatedTitleStrategy); `data` reaches the page as inputs via withComponentInputBinding.
 * Accounts, organisations and legal pages (the platform's and the organisations') come from the
 * tenancy feature library; the provider workspace (`/arbeitsbereich/*`: offers, import) from the
 * catalogue feature library; the public offer page (`/angebote/:slug`) from the public catalogue library; the
 * offer and partner search (`/angebote`, `/partner`) from the search feature library.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', title: 'titles.home', loadComponent: () => import('./pages/home/home-page') },
  // The search pages first (`angebote` and `partner` with pathMatch 'full'), then the offer page `angebote/:slug`.
  ...searchRoutes,
  ...publicCatalogueRoutes,
  ...tenancyRoutes,
  ...workspaceRoutes,
  { path: '**', title: 'titles.notFound', loadComponent: () => import('./pages/not-found/not-found-page') },
];
