import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, sessionFixture } from '@knotenpunkt/portal/shared/testing';

import { authGuard, guestGuard } from './guards';

const sessionInfo = sessionFixture();

@Component({ template: 'page' })
class Page {}

const tick = () => new Promise((resolve) => setTimeout(resolve));

const routes = [
  { path: 'konto', canActivate: [authGuard], component: Page },
  { path: 'anmelden', canActivate: [guestGuard], component: Page },
  { path: '**', component: Page },
];

describe('route guards', () => {
  it('sends visitors without a session to /anmelden with the page as returnUrl', async () => {
    const http = await configure({ routes, xsrfToken: 'token' });
    const router = TestBed.inject(Router);
    const navigation = router.navigateByUrl('/konto?tab=2');
    await tick();
    http.expectOne('/api/v1/auth/session').flush({}, { status: 401, statusText: 'Unauthorized' });
    await navigation;
    expect(router.url).toBe('/anmelden?returnUrl=%2Fkonto%3Ftab%3D2');
  });

  it('lets a signed-in person through, asking for the session only once', async () => {
    const http = await configure({ routes, xsrfToken: 'token' });
    const router = TestBed.inject(Router);
    const navigation = router.navigateByUrl('/konto');
    await tick();
    http.expectOne('/api/v1/auth/session').flush(sessionInfo);
    await navigation;
    expect(router.url).toBe('/konto');
    await router.navigateByUrl('/');
    await router.navigateByUrl('/konto');
    http.expectNone('/api/v1/auth/session');
    expect(router.url).toBe('/konto');
  });

  it('without the XSRF cookie redirects at once, without asking the api', async () => {
    const http = await configure({ routes, xsrfToken: null });
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/konto');
    http.expectNone('/api/v1/auth/session');
    expect(router.url).toBe('/anmelden?returnUrl=%2Fkonto');
  });

  it('guestGuard sends a signed-in person on to a safe returnUrl, or to the account page', async () => {
    await configure({ routes, xsrfToken: 'token' });
    TestBed.inject(SessionStore).set(sessionInfo);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/anmelden?returnUrl=%2Feinladung%2Fabc');
    expect(router.url).toBe('/einladung/abc');
    await router.navigateByUrl('/anmelden?returnUrl=https%3A%2F%2Fevil.example');
    expect(router.url).toBe('/konto');
    await router.navigateByUrl('/anmelden?returnUrl=%2F%2Fevil.example');
    expect(router.url).toBe('/konto');
  });
});
