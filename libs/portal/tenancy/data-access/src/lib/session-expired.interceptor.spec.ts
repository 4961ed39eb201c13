import { HttpClient, HttpXsrfTokenExtractor, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { sessionExpiredInterceptor } from './session-expired.interceptor';
import { sessionInfo } from '../testing/session-fixture';
import { SessionStore } from './session-store';

@Component({ template: '' })
class Blank {}

async function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: '**', component: Blank }]),
      provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
      provideHttpClientTesting(),
      { provide: HttpXsrfTokenExtractor, useValue: { getToken: () => 'token' } },
    ],
  });
  const router = TestBed.inject(Router);
  await router.navigateByUrl('/konto');
  return { http: TestBed.inject(HttpClient), backend: TestBed.inject(HttpTestingController), store: TestBed.inject(SessionStore), router };
}

describe('sessionExpiredInterceptor', () => {
  it('forgets the session and sends the visitor to the login page when a call answers 401', async () => {
    const { http, backend, store, router } = await setUp();
    store.set(sessionInfo);
    const call = firstValueFrom(http.get('/api/v1/tenants/x/members'));
    backend.expectOne('/api/v1/tenants/x/members').flush({}, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toBeTruthy();
    await TestBed.inject(Router).navigated;
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.status()).toBe('anonymous');
    expect(router.url).toBe('/anmelden?returnUrl=%2Fkonto&abgelaufen=1');
  });

  it('leaves 401 of the login and password calls to the page', async () => {
    const { http, backend, store, router } = await setUp();
    store.set(sessionInfo);
    const call = firstValueFrom(http.post('/api/v1/me/password', {}));
    backend.expectOne('/api/v1/me/password').flush({}, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toBeTruthy();
    expect(store.status()).toBe('authenticated');
    expect(router.url).toBe('/konto');
  });

  it('ignores other errors', async () => {
    const { http, backend, store } = await setUp();
    store.set(sessionInfo);
    const call = firstValueFrom(http.delete('/api/v1/tenants/x/members/y'));
    backend.expectOne('/api/v1/tenants/x/members/y').flush({}, { status: 409, statusText: 'Conflict' });
    await expect(call).rejects.toBeTruthy();
    expect(store.status()).toBe('authenticated');
  });
});
