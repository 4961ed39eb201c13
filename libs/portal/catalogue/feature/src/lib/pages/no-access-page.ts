import { Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { WorkspaceContext } from '../workspace-context';

/**
 * `/arbeitsbereich/kein-zugang`: the workspace needs an active organisation in which the person is
 * editor, admin or owner. Says which of the two is missing; once the person switches to a fitting
 * organisation in the header, it links on to the offers.
 */
@Component({
  selector: 'kp-workspace-no-access-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    @if (context.canEdit()) {
      <h1>{{ 'workspace.noAccess.nowTitle' | transloco }}</h1>
      <div class="kp-empty-state">
        <p>{{ 'workspace.noAccess.nowText' | transloco: { name: context.name() } }}</p>
        <a class="kp-button" routerLink="/arbeitsbereich/angebote">{{ 'workspace.noAccess.toOffers' | transloco }}</a>
      </div>
    } @else {
      <h1>{{ 'workspace.noAccess.title' | transloco }}</h1>
      <div class="kp-empty-state">
        @if (context.tenant(); as tenant) {
          <p>{{ 'workspace.noAccess.role' | transloco: { name: tenant.name, role: ('roles.' + tenant.role | transloco) } }}</p>
        } @else {
          <p>{{ 'workspace.noAccess.noTenant' | transloco }}</p>
        }
        <a class="kp-button kp-button--secondary" routerLink="/konto">{{ 'workspace.noAccess.account' | transloco }}</a>
      </div>
    }
  `,
})
export default class NoAccessPage {
  protected readonly context = inject(WorkspaceContext);
}
