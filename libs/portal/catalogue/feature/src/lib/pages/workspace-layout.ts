import { Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';

import { REVIEWING_TENANT_TYPES, WORKSPACE_NO_ACCESS_PATH } from '../guards';
import { WorkspaceContext } from '../workspace-context';

/**
 * Frame of `/arbeitsbereich/*`: the active organisation's name and role, and the workspace's
 * sections. When the person switches (in the header) to an organisation where they may not edit,
 * the open page gives way to the "Kein Zugang" page instead of asking the api for a 403.
 */
@Component({
  selector: 'kp-workspace-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe],
  template: `
    <div class="kp-container kp-page">
      @if (context.canEdit() && context.tenant(); as tenant) {
        <p class="kp-eyebrow">{{ 'workspace.eyebrow' | transloco }} · {{ tenant.name }} · {{ 'roles.' + tenant.role | transloco }}</p>
        <nav [attr.aria-label]="'workspace.navigation' | transloco: { name: tenant.name }">
          <ul class="kp-subnav__list">
            @for (link of links(); track link.path) {
              <li>
                <a class="kp-subnav__link" [routerLink]="link.path" routerLinkActive="kp-subnav__link--active" ariaCurrentWhenActive="page">
                  {{ link.key | transloco }}
                </a>
              </li>
            }
          </ul>
        </nav>
      }
      <router-outlet />
    </div>
  `,
})
export default class WorkspaceLayout {
  protected readonly context = inject(WorkspaceContext);
  private readonly router = inject(Router);
  /** The review queue only where members can submit to this organisation (umbrella, municipality). */
  protected readonly links = computed(() => [
    { path: '/arbeitsbereich/angebote', key: 'workspace.nav.offers' },
    { path: '/arbeitsbereich/partner', key: 'workspace.nav.partners' },
    { path: '/arbeitsbereich/import', key: 'workspace.nav.import' },
    ...(REVIEWING_TENANT_TYPES.includes(this.context.tenant()?.type ?? '') ? [{ path: '/arbeitsbereich/pruefung', key: 'workspace.nav.reviews' }] : []),
  ]);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  private readonly onNoAccessPage = computed(() => this.url().startsWith(WORKSPACE_NO_ACCESS_PATH));

  constructor() {
    effect(() => {
      if (!this.context.canEdit() && !this.onNoAccessPage()) void this.router.navigateByUrl(WORKSPACE_NO_ACCESS_PATH);
    });
  }
}
