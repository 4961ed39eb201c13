import { Component, computed, inject, signal, viewChild } from '@angular/core';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageService, frameLeftServerRender } from '@knotenpunkt/portal/shared/util';
import { LOGIN_PATH, SessionStore, roleAtLeast } from '@knotenpunkt/portal/tenancy/data-access';
import { Disclosure } from '@knotenpunkt/portal/tenancy/ui';
import { filter, map } from 'rxjs';

import { isAuthPage } from '../return-url';

/**
 * The session part of the header, projected into the shell (`kpHeaderActions`): login and sign-up
 * links when logged out; when logged in the organisation switcher (the memberships; choosing one
 * calls `PUT /auth/session/active-tenant` and the button then shows it) and the account menu with
 * logout. Both are disclosure buttons: Tab, Enter/Space, Escape.
 */
@Component({
  selector: 'kp-session-header',
  imports: [RouterLink, TranslocoPipe, Disclosure],
  templateUrl: './session-header.html',
  styleUrl: './session-header.css',
})
export class SessionHeader {
  protected readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  private readonly switcher = viewChild<Disclosure>('switcher');
  private readonly accountMenu = viewChild<Disclosure>('accountMenu');
  /** Polite announcements (switched organisation, logged out). */
  protected readonly announcement = signal('');
  protected readonly switching = signal<string | null>(null);
  protected readonly loginPath = LOGIN_PATH;
  /** The login links hydrate late on a server-rendered page; at once when the language or the page changes. */
  protected readonly leftServerRender = frameLeftServerRender();

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  /** Login and sign-up bring the visitor back to the page they are on. */
  protected readonly returnParams = computed(() => {
    const url = this.url();
    return url === '/' || isAuthPage(url) ? {} : { returnUrl: url };
  });

  protected readonly adminLinks = computed(() => {
    const active = this.store.activeTenant();
    if (!active) return [];
    const base = `/verwaltung/${active.tenantId}`;
    const editor = roleAtLeast(active.role, 'editor');
    return [
      // The provider workspace (portal-catalogue-feature) works on the active organisation.
      { path: '/arbeitsbereich/angebote', key: 'session.menu.offers', show: editor },
      { path: '/arbeitsbereich/import', key: 'session.menu.import', show: editor },
      { path: `${base}/mitglieder`, key: 'session.menu.members', show: true },
      { path: `${base}/rechtliches`, key: 'session.menu.legal', show: editor },
      { path: `${base}/protokoll`, key: 'session.menu.audit', show: roleAtLeast(active.role, 'admin') },
      { path: `/o/${active.slug}`, key: 'session.menu.publicPage', show: true },
    ].filter((link) => link.show);
  });

  constructor() {
    void this.store.ensureLoaded();
  }

  protected async choose(tenantId: string): Promise<void> {
    if (this.switching()) return;
    if (tenantId === this.store.activeTenant()?.tenantId) {
      this.switcher()?.close(true);
      return;
    }
    this.switching.set(tenantId);
    try {
      const session = await this.store.setActiveTenant(tenantId);
      const name = session.memberships.find((m) => m.tenantId === tenantId)?.name ?? '';
      this.announce('session.switched', { name });
      this.switcher()?.close(true);
    } catch {
      this.announce('session.switchFailed');
    } finally {
      this.switching.set(null);
    }
  }

  protected closeAccountMenu(): void {
    this.accountMenu()?.close();
  }

  protected async logout(): Promise<void> {
    this.accountMenu()?.close();
    try {
      await this.store.logout();
    } catch {
      // The session is forgotten here either way; the cookie expires on its own.
    }
    this.announce('session.loggedOut');
    await this.router.navigateByUrl('/');
  }

  private announce(key: string, params: Record<string, unknown> = {}): void {
    this.announcement.set(this.transloco.translate(key, params, this.language.current()));
  }
}
