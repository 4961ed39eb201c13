import { Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { roleAtLeast } from '@knotenpunkt/portal/tenancy/data-access';

import { TenantContext } from './tenant-context';

/**
 * Frame of `/verwaltung/:tenantId/*`: the organisation's name and the sections the person's role
 * allows (members for everybody, profile and legal pages from editor, audit log from admin). A page for an
 * organisation the person does not belong to says so (the api would answer 404 anyway).
 */
@Component({
  selector: 'kp-tenant-admin-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe],
  providers: [TenantContext],
  template: `
    <div class="kp-container kp-page">
      @if (context.membership(); as membership) {
        <p class="kp-eyebrow">
          {{ 'admin.eyebrow' | transloco }} · {{ membership.name }} · {{ 'roles.' + membership.role | transloco }}
        </p>
        <nav [attr.aria-label]="'admin.navigation' | transloco: { name: membership.name }">
          <ul class="kp-subnav__list">
            @for (link of links(); track link.path) {
              <li>
                <a class="kp-subnav__link" [routerLink]="link.path" routerLinkActive="kp-subnav__link--active" ariaCurrentWhenActive="page">
                  {{ link.key | transloco }}
                </a>
              </li>
            }
            <li>
              <a class="kp-subnav__link" [routerLink]="['/o', membership.slug]">{{ 'admin.nav.publicPage' | transloco }}</a>
            </li>
          </ul>
        </nav>
        <router-outlet />
      } @else {
        <h1>{{ 'admin.noAccess.title' | transloco }}</h1>
        <div class="kp-empty-state">
          <p>{{ 'admin.noAccess.text' | transloco }}</p>
          <a class="kp-button kp-button--secondary" routerLink="/konto">{{ 'admin.noAccess.back' | transloco }}</a>
        </div>
      }
    </div>
  `,
})
export default class TenantAdminLayout {
  protected readonly context = inject(TenantContext);
  protected readonly links = computed(() => {
    const base = `/verwaltung/${this.context.tenantId()}`;
    const role = this.context.role();
    return [
      { path: `${base}/mitglieder`, key: 'admin.nav.members', show: true },
      { path: `${base}/profil`, key: 'admin.nav.profile', show: roleAtLeast(role, 'editor') },
      { path: `${base}/rechtliches`, key: 'admin.nav.legal', show: roleAtLeast(role, 'editor') },
      { path: `${base}/protokoll`, key: 'admin.nav.audit', show: roleAtLeast(role, 'admin') },
    ].filter((link) => link.show);
  });
}
