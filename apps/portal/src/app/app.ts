import { Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { type NavLink, Shell } from '@knotenpunkt/portal/shared/ui';
import { SessionHeader } from '@knotenpunkt/portal/tenancy/feature';

export const MAIN_NAV_LINKS: readonly NavLink[] = [
  { path: '/angebote', labelKey: 'nav.offers' },
  { path: '/partner', labelKey: 'nav.partners' },
];

export const LEGAL_LINKS: readonly NavLink[] = [
  { path: '/impressum', labelKey: 'footer.imprint' },
  { path: '/datenschutz', labelKey: 'footer.privacy' },
  { path: '/barrierefreiheit', labelKey: 'footer.accessibility' },
];

@Component({
  selector: 'kp-root',
  imports: [RouterOutlet, Shell, SessionHeader],
  template: `
    <kp-shell [navLinks]="navLinks" [footerLinks]="legalLinks">
      <kp-session-header kpHeaderActions />
      <router-outlet />
    </kp-shell>
  `,
})
export class App {
  protected readonly navLinks = MAIN_NAV_LINKS;
  protected readonly legalLinks = LEGAL_LINKS;
}
