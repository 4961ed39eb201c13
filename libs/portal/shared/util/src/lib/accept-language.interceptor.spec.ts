import { HttpClient, HttpHeaders, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { LanguageService } from './language.service';
import { provideI18n } from './provide-i18n';

async function setUp() {
  localStorage.clear();
  window.history.replaceState({}, '', '/');
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
      provideHttpClientTesting(),
      provideI18n({ loader: () => Promise.resolve({}) }),
    ],
  });
  await TestBed.inject(ApplicationInitStatus).donePromise;
  return { http: TestBed.inject(HttpClient), backend: TestBed.inject(HttpTestingController) };
}

describe('acceptLanguageInterceptor', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends the current UI language with same-origin requests and follows a switch', async () => {
    const { http, backend } = await setUp();
    http.post('/api/v1/auth/login', {}).subscribe();
    expect(backend.expectOne('/api/v1/auth/login').request.headers.get('Accept-Language')).toBe('de');

    await TestBed.inject(LanguageService).use('en');
    http.get('/api/v1/auth/session').subscribe();
    expect(backend.expectOne('/api/v1/auth/session').request.headers.get('Accept-Language')).toBe('en');
    http.get(`${window.location.origin}/api/v1/x`).subscribe();
    expect(backend.expectOne(`${window.location.origin}/api/v1/x`).request.headers.get('Accept-Language')).toBe('en');
  });

  it('keeps a header the caller set and leaves other origins alone', async () => {
    const { http, backend } = await setUp();
    http.get('/api/v1/x', { headers: new HttpHeaders({ 'Accept-Language': 'en' }) }).subscribe();
    expect(backend.expectOne('/api/v1/x').request.headers.get('Accept-Language')).toBe('en');
    http.get('https://tiles.example.org/a.png').subscribe();
    expect(backend.expectOne('https://tiles.example.org/a.png').request.headers.has('Accept-Language')).toBe(false);
  });
});
