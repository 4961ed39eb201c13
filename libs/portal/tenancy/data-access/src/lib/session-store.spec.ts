import { HttpXsrfTokenExtractor, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { sessionInfo } from '../testing/session-fixture';
import { SessionStore } from './session-store';


function setUp(xsrfToken: string | null = 'token') {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: HttpXsrfTokenExtractor, useValue: { getToken: () => xsrfToken } },
    ],
  });
  return { store: TestBed.inject(SessionStore), http: TestBed.inject(HttpTestingController) };
}

describe('SessionStore', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks GET /api/v1/auth/session once, however often it is asked', async () => {
    const { store, http } = setUp();
    expect(store.status()).toBe('unknown');
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    expect(store.status()).toBe('loading');
    const request = http.expectOne('/api/v1/auth/session');
    expect(request.request.method).toBe('GET');
    request.flush(sessionInfo);
    expect(await first).toEqual(sessionInfo);
    expect(await second).toEqual(sessionInfo);
    expect(await store.ensureLoaded()).toEqual(sessionInfo);
    http.expectNone('/api/v1/auth/session');
    expect(store.status()).toBe('authenticated');
    expect(store.isAuthenticated()).toBe(true);
    expect(store.user()?.displayName).toBe('Alex');
    expect(store.memberships().map((m) => m.name)).toEqual(['Verein A', 'VHS B']);
  });

  it('treats 401 as logged out', async () => {
    const { store, http } = setUp();
    const loaded = store.ensureLoaded();
    http.expectOne('/api/v1/auth/session').flush({ statusCode: 401, error: 'Unauthorized', message: 'Bitte anmelden' }, { status: 401, statusText: 'Unauthorized' });
    expect(await loaded).toBeNull();
    expect(store.status()).toBe('anonymous');
    expect(store.isSettled()).toBe(true);
    expect(store.memberships()).toEqual([]);
  });

  it('says "unavailable" (and logged out) when the api cannot be reached', async () => {
    const { store, http } = setUp();
    const loaded = store.ensureLoaded();
    http.expectOne('/api/v1/auth/session').error(new ProgressEvent('error'));
    expect(await loaded).toBeNull();
    expect(store.status()).toBe('unavailable');
    expect(store.isAuthenticated()).toBe(false);
  });

  it('does not ask at all without the XSRF-TOKEN cookie (no session can exist)', async () => {
    const { store, http } = setUp(null);
    expect(await store.ensureLoaded()).toBeNull();
    http.expectNone('/api/v1/auth/session');
    expect(store.status()).toBe('anonymous');
  });

  it('derives the active tenant from activeTenantId', async () => {
    const { store, http } = setUp();
    void store.ensureLoaded();
    http.expectOne('/api/v1/auth/session').flush({ ...sessionInfo, activeTenantId: sessionInfo.memberships[1]?.tenantId });
    await store.ensureLoaded();
    expect(store.activeTenant()?.name).toBe('VHS B');
    expect(store.membership(sessionInfo.memberships[0]?.tenantId ?? '')?.role).toBe('owner');
    expect(store.membership('unknown')).toBeNull();
  });

  it('login stores the answer; a slower first load cannot overwrite it', async () => {
    const { store, http } = setUp();
    const loading = store.ensureLoaded();
    const login = store.login({ email: 'alex@example.org', password: 'geheim geheim' });
    const loginRequest = http.expectOne('/api/v1/auth/login');
    expect(loginRequest.request.method).toBe('POST');
    expect(loginRequest.request.body).toEqual({ email: 'alex@example.org', password: 'geheim geheim' });
    loginRequest.flush(sessionInfo);
    await login;
    http.expectOne('/api/v1/auth/session').flush({}, { status: 401, statusText: 'Unauthorized' });
    await loading;
    expect(store.status()).toBe('authenticated');
    expect(store.user()?.email).toBe('alex@example.org');
  });

  it('setActiveTenant sends PUT /auth/session/active-tenant and stores the answer', async () => {
    const { store, http } = setUp();
    store.set(sessionInfo);
    const tenantId = sessionInfo.memberships[0]?.tenantId ?? '';
    const done = store.setActiveTenant(tenantId);
    const request = http.expectOne('/api/v1/auth/session/active-tenant');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ tenantId });
    request.flush({ ...sessionInfo, activeTenantId: tenantId });
    await done;
    expect(store.activeTenant()?.slug).toBe('verein-a');
  });

  it('logout clears the session even when the api fails; logout-everywhere posts its own endpoint', async () => {
    const { store, http } = setUp();
    store.set(sessionInfo);
    const logout = store.logout();
    http.expectOne('/api/v1/auth/logout').error(new ProgressEvent('error'));
    await expect(logout).rejects.toBeTruthy();
    expect(store.status()).toBe('anonymous');

    store.set(sessionInfo);
    const everywhere = store.logoutEverywhere();
    const request = http.expectOne('/api/v1/auth/logout-everywhere');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await everywhere;
    expect(store.user()).toBeNull();
  });
});
