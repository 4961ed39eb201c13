import type { Routes } from '@angular/router';

/**
 * The public search pages, lazily loaded: `/angebote` (offers; the offer page `/angebote/:slug`
 * comes from the public catalogue library and is matched separately) and `/partner`
 * (organisations). Both keep the whole search in the query string.
 */
export const searchRoutes: Routes = [
  { path: 'angebote', pathMatch: 'full', title: 'titles.offers', loadComponent: () => import('./offer-search/offer-search-page') },
  { path: 'partner', pathMatch: 'full', title: 'titles.partners', loadComponent: () => import('./partner-search/partner-search-page') },
];
