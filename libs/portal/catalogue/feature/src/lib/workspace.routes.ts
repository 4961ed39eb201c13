import type { Routes } from '@angular/router';
import { authGuard } from '@knotenpunkt/portal/tenancy/feature';

import { unsavedChangesGuard, workspaceEditorGuard } from './guards';

/**
 * The provider workspace (`/arbeitsbereich/*`): the active organisation's offers (list, editor),
 * partner organisations, imports, and for umbrella organisations and municipalities the review queue of their members.
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
      {
        path: 'angebote/neu',
        title: 'titles.offerNew',
        canActivate: [workspaceEditorGuard],
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./editor/offer-editor-page'),
      },
      {
        path: 'angebote/:id',
        title: 'titles.offerEdit',
        canActivate: [workspaceEditorGuard],
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./editor/offer-editor-page'),
      },
      { path: 'pruefung', title: 'titles.reviewQueue', canActivate: [workspaceEditorGuard], loadComponent: () => import('./review/review-queue-page') },
      { path: 'pruefung/:id', title: 'titles.reviewItem', canActivate: [workspaceEditorGuard], loadComponent: () => import('./review/review-item-page') },
      { path: 'partner', title: 'titles.workspacePartners', canActivate: [workspaceEditorGuard], loadComponent: () => import('./pages/partners/partners-page') },
      { path: 'import', title: 'titles.workspaceImport', canActivate: [workspaceEditorGuard], loadComponent: () => import('./pages/import/import-page') },
      { path: 'kein-zugang', title: 'titles.workspaceNoAccess', loadComponent: () => import('./pages/no-access-page') },
    ],
  },
];
