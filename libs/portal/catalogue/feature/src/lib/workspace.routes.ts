import type { Routes } from '@angular/router';
import { authGuard } from '@knotenpunkt/portal/tenancy/feature';

import { workspaceEditorGuard } from './guards';

/**
 * The provider workspace (`/arbeitsbereich/*`): the active organisation's offers and imports.
 * Every page is lazily loaded; signed-in people only (authGuard), editors and above of the active
 * organisation (workspaceEditorGuard), everybody else gets the "Kein Zugang" page.
 */
export const workspaceRoutes: Routes = [
  {
    path: 'arbeitsbereich',
    canActivate: [authGuard],
    loadComponent: () => import('./pages/workspace-layout'),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'angebote' },
      { path: 'angebote', title: 'titles.workspaceOffers', canActivate: [workspaceEditorGuard], loadComponent: () => import('./pages/offers/offers-page') },
      { path: 'import', title: 'titles.workspaceImport', canActivate: [workspaceEditorGuard], loadComponent: () => import('./pages/import/import-page') },
      { path: 'kein-zugang', title: 'titles.workspaceNoAccess', loadComponent: () => import('./pages/no-access-page') },
    ],
  },
];
