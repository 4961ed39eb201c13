import type { Routes } from '@angular/router';
import type { LegalPageId } from '@knotenpunkt/shared/contracts';

import { authGuard, guestGuard } from './guards';

/**
 * The pages of tenancy and identity, every one lazily loaded. Route `title`s are translation keys;
 * `data`, path and query parameters reach the pages as inputs (withComponentInputBinding).
 */
export const tenancyRoutes: Routes = [
  { path: 'registrieren', title: 'titles.signUp', canActivate: [guestGuard], loadComponent: () => import('./pages/auth/sign-up-page') },
  { path: 'e-mail-bestaetigen', title: 'titles.verifyEmail', loadComponent: () => import('./pages/auth/verify-email-page') },
  { path: 'anmelden', title: 'titles.login', canActivate: [guestGuard], loadComponent: () => import('./pages/auth/login-page') },
  { path: 'passwort-vergessen', title: 'titles.forgotPassword', loadComponent: () => import('./pages/auth/forgot-password-page') },
  { path: 'passwort-neu', title: 'titles.resetPassword', loadComponent: () => import('./pages/auth/reset-password-page') },
  { path: 'einladung/:token', title: 'titles.invitation', loadComponent: () => import('./pages/invitation/invitation-page') },
  { path: 'konto', title: 'titles.account', canActivate: [authGuard], loadComponent: () => import('./pages/account/account-page') },
  {
    path: 'organisation-anlegen',
    title: 'titles.createTenant',
    canActivate: [authGuard],
    loadComponent: () => import('./pages/create-tenant/create-tenant-page'),
  },
  {
    path: 'verwaltung/:tenantId',
    canActivate: [authGuard],
    loadComponent: () => import('./pages/admin/tenant-admin-layout'),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'mitglieder' },
      { path: 'mitglieder', title: 'titles.members', loadComponent: () => import('./pages/admin/members-page') },
      { path: 'profil', title: 'titles.profileEdit', loadComponent: () => import('./pages/admin/profile/profile-edit-page') },
      { path: 'rechtliches', title: 'titles.legalEdit', loadComponent: () => import('./pages/admin/legal/legal-edit-page') },
      { path: 'protokoll', title: 'titles.audit', loadComponent: () => import('./pages/admin/audit-page') },
    ],
  },
  { path: 'o/:slug', title: 'titles.organisation', loadComponent: () => import('./pages/public/public-tenant-page') },
  ...(
    [
      ['impressum', 'imprint'],
      ['datenschutz', 'privacy'],
      ['barrierefreiheit', 'accessibility'],
    ] as const
  ).flatMap(([segment, page]) => [
    {
      path: `o/:slug/${segment}`,
      title: `titles.${page}`,
      data: { page: page satisfies LegalPageId },
      loadComponent: () => import('./pages/public/legal-page-view'),
    },
    {
      path: segment,
      title: `titles.${page}`,
      data: { page: page satisfies LegalPageId },
      loadComponent: () => import('./pages/public/legal-page-view'),
    },
  ]),
];
