import { Component, DOCUMENT, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { frameLeftServerRender } from '@knotenpunkt/portal/shared/util';

import { LanguageSwitch } from '../language-switch/language-switch';
import { type NavLink, SHELL_I18N_KEYS } from './shell-i18n';

/**
 * The portal's page frame: skip link, header (product name, main navigation, projected
 * `[kpHeaderActions]` content such as login links or the account menu, language switch),
 * `<main id="main">` with the projected page, and the footer with the legal links.
 */
@Component({
  selector: 'kp-shell',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitch],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  readonly navLinks = input.required<readonly NavLink[]>();
  readonly footerLinks = input.required<readonly NavLink[]>();

  protected readonly keys = SHELL_I18N_KEYS;
  private readonly document = inject(DOCUMENT);
  /**
   * Brand, navigation and footer hydrate late on a server-rendered page (`@defer (hydrate on
   * viewport)`), so the app's first task stays short on a phone; they hydrate at once when the
   * language or the page changes.
   */
  protected readonly leftServerRender = frameLeftServerRender();

  /**
   * `href="#main"` alone would make the browser resolve the fragment against `<base href>`
   * and leave the current page; move focus to the main landmark instead.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
