import type { Routes } from '@angular/router';

import type { ComingSoonFeature } from './pages/coming-soon/coming-soon-page';
import type { LegalPageId } from './pages/legal/legal-page';

/**
 * Every page is a lazily loaded standalone component. Route `title`s are translation keys
 * (see TranslatedTitleStrategy); `data` reaches the page as inputs via withComponentInputBinding.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', title: 'titles.home', loadComponent: () => import('./pages/home/home-page') },
  {
    path: 'angebote',
    title: 'titles.offers',
    data: { feature: 'offers' satisfies ComingSoonFeature },
    loadComponent: () => import('./pages/coming-soon/coming-soon-page'),
  },
  {
    path: 'partner',
    title: 'titles.partners',
    data: { feature: 'partners' satisfies ComingSoonFeature },
    loadComponent: () => import('./pages/coming-soon/coming-soon-page'),
  },
  {
    path: 'impressum',
    title: 'titles.imprint',
    data: { page: 'imprint' satisfies LegalPageId },
    loadComponent: () => import('./pages/legal/legal-page'),
  },
  {
    path: 'datenschutz',
    title: 'titles.privacy',
    data: { page: 'privacy' satisfies LegalPageId },
    loadComponent: () => import('./pages/legal/legal-page'),
  },
  {
    path: 'barrierefreiheit',
    title: 'titles.accessibility',
    data: { page: 'accessibility' satisfies LegalPageId },
    loadComponent: () => import('./pages/legal/legal-page'),
  },
  { path: '**', title: 'titles.notFound', loadComponent: () => import('./pages/not-found/not-found-page') },
];
