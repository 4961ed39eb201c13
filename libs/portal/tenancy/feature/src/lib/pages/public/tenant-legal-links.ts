import { Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { PublicTenant } from '@knotenpunkt/shared/contracts';

import { LEGAL_PAGES } from '../admin/legal/legal-pages';

/**
 * The footer area of an organisation's public pages: links to the legal pages it has filled in
 * (Impressum, Datenschutz, Barrierefreiheit), or a note that it has none yet.
 */
@Component({
  selector: 'kp-tenant-legal-links',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe],
  template: `
    <footer class="tenant-footer">
      <h2 class="tenant-footer__title" [id]="titleId()">{{ 'publicTenant.legalTitle' | transloco: { name: tenant().name } }}</h2>
      @if (links().length) {
        <nav [attr.aria-labelledby]="titleId()">
          <ul class="tenant-footer__list">
            @for (link of links(); track link.id) {
              <li>
                <a [routerLink]="['/o', tenant().slug, link.segment]" routerLinkActive="tenant-footer__link--active" ariaCurrentWhenActive="page">{{
                  'legalView.titles.' + link.id | transloco
                }}</a>
              </li>
            }
          </ul>
        </nav>
      } @else {
        <p>{{ 'publicTenant.noLegal' | transloco }}</p>
      }
    </footer>
  `,
  styles: `
    .tenant-footer {
      max-width: 48rem;
      margin-top: 3rem;
      padding: 1.25rem 1.5rem;
      border-top: 4px solid var(--kp-primary);
      border-radius: var(--kp-radius-small);
      background: var(--kp-surface-alt);
    }
    .tenant-footer__title {
      font-size: 1.0625rem;
    }
    .tenant-footer__list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tenant-footer__link--active {
      font-weight: 700;
    }
    p {
      margin: 0;
      color: var(--kp-muted);
    }
  `,
})
export class TenantLegalLinks {
  readonly tenant = input.required<PublicTenant>();
  protected readonly titleId = computed(() => `tenant-legal-${this.tenant().slug}`);
  protected readonly links = computed(() => LEGAL_PAGES.filter((page) => this.tenant().legalPages[page.id]));
}
