import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { configure, render, sessionFixture, settle } from '@knotenpunkt/portal/shared/testing';

import { SessionHeader } from './session-header';

const sessionInfo = sessionFixture();

@Component({ template: '' })
class Blank {}

describe('SessionHeader', () => {
  it('offers login and sign-up, coming back to the current page', async () => {
    await configure({ routes: [{ path: '**', component: Blank }], xsrfToken: null });
    await TestBed.inject(Router).navigateByUrl('/o/verein-a');
    const { fixture, element } = await render(SessionHeader);
    // The links are a @defer block (on immediate outside hydration): rendered a moment later.
    await settle(fixture);
    const links = [...element.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Anmelden', '/anmelden?returnUrl=%2Fo%2Fverein-a'],
      ['Registrieren', '/registrieren?returnUrl=%2Fo%2Fverein-a'],
    ]);
  });

  it('shows the organisation switcher and the account menu; choosing an organisation is explicit and shown', async () => {
    const http = await configure({ routes: [{ path: '**', component: Blank }], xsrfToken: 'token' });
    const { fixture, element } = await render(SessionHeader);
    http.expectOne('/api/v1/auth/session').flush(sessionInfo);
    await settle(fixture);

    const [switcher, account] = [...element.querySelectorAll<HTMLButtonElement>('.disclosure__toggle')];
    expect(switcher?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Organisation: keine gewählt');
    expect(account?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Konto: Alex Schmidt');
    expect(switcher?.getAttribute('aria-expanded')).toBe('false');
    const panel = element.querySelector<HTMLElement>(`#${switcher?.getAttribute('aria-controls')}`);
    expect(panel?.hidden).toBe(true);

    switcher?.click();
    await settle(fixture);
    expect(switcher?.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    const options = [...(panel?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    expect(options.map((o) => [o.textContent?.replace(/\s+/g, ' ').trim(), o.getAttribute('aria-pressed')])).toEqual([
      ['Verein A, Inhaber*in', 'false'],
      ['VHS B, Betrachter*in', 'false'],
    ]);
    options[0]?.click();
    await settle(fixture);
    const request = http.expectOne('/api/v1/auth/session/active-tenant');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ tenantId: sessionInfo.memberships[0]?.tenantId });
    request.flush({ ...sessionInfo, activeTenantId: sessionInfo.memberships[0]?.tenantId });
    await settle(fixture);
    expect(switcher?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Organisation: Verein A');
    expect(switcher?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(switcher);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Aktive Organisation: Verein A');

    account?.click();
    await settle(fixture);
    const accountPanel = element.querySelector<HTMLElement>(`#${account?.getAttribute('aria-controls')}`);
    expect([...(accountPanel?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/konto',
      '/organisation-anlegen',
      '/arbeitsbereich/angebote',
      '/arbeitsbereich/import',
      `/verwaltung/${sessionInfo.memberships[0]?.tenantId}/mitglieder`,
      `/verwaltung/${sessionInfo.memberships[0]?.tenantId}/rechtliches`,
      `/verwaltung/${sessionInfo.memberships[0]?.tenantId}/protokoll`,
      '/o/verein-a',
    ]);
    account?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle(fixture);
    expect(account?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(account);
  });

  it('logs out from the account menu', async () => {
    const http = await configure({ routes: [{ path: '**', component: Blank }], xsrfToken: 'token' });
    const { fixture, element } = await render(SessionHeader);
    http.expectOne('/api/v1/auth/session').flush(sessionInfo);
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('.account .disclosure__toggle')?.click();
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('.panel__item--logout')?.click();
    await settle(fixture);
    http.expectOne('/api/v1/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(element.querySelector('a')?.textContent?.trim()).toBe('Anmelden');
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Sie sind abgemeldet.');
  });
});
