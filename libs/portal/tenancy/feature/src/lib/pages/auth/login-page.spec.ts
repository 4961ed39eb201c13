import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { HttpHeaders } from '@angular/common/http';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, render, sessionFixture, settle, type } from '@knotenpunkt/portal/shared/testing';

import LoginPage, { retryAfterKey } from './login-page';

const sessionInfo = sessionFixture();

@Component({ template: 'Ziel' })
class Target {}

async function open(inputs: Record<string, unknown> = {}) {
  const http = await configure({ routes: [{ path: '**', component: Target }], xsrfToken: null });
  const { fixture, element } = await render(LoginPage, inputs);
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  };
  const summary = () => element.querySelector<HTMLElement>('.kp-error-summary');
  return { http, fixture, element, submit, summary };
}

describe('LoginPage', () => {
  it('labels its fields and shows client-side errors linked to them, focusing the summary', async () => {
    const { http, element, submit, summary } = await open();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Anmelden');
    const email = element.querySelector<HTMLInputElement>('#login-email');
    expect(element.querySelector(`label[for="login-email"]`)?.textContent?.trim()).toBe('E-Mail-Adresse');
    expect(element.querySelector(`label[for="login-password"]`)?.textContent?.trim()).toBe('Passwort');
    expect(email?.getAttribute('aria-invalid')).toBeNull();

    await submit();
    http.expectNone('/api/v1/auth/login');
    expect(document.activeElement).toBe(summary());
    expect([...(summary()?.querySelectorAll('a') ?? [])].map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
      ['#login-email', 'Bitte eine gültige E-Mail-Adresse angeben'],
      ['#login-password', 'Bitte füllen Sie dieses Feld aus.'],
    ]);
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(email?.getAttribute('aria-describedby')).toBe('login-email-error');
    expect(element.querySelector('#login-email-error')?.textContent).toContain('Bitte eine gültige E-Mail-Adresse angeben');
  });

  it('logs in and goes to the (safe) returnUrl', async () => {
    const { http, fixture, element, submit } = await open({ returnUrl: '/einladung/abc' });
    type(element, '#login-email', 'Alex@Example.org');
    type(element, '#login-password', 'richtig richtig');
    await submit();
    const request = http.expectOne('/api/v1/auth/login');
    expect(request.request.body).toEqual({ email: 'alex@example.org', password: 'richtig richtig' });
    expect(request.request.headers.get('Accept-Language')).toBe('de');
    request.flush(sessionInfo);
    await settle(fixture);
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Alex Schmidt');
    expect(TestBed.inject(Router).url).toBe('/einladung/abc');
  });

  it('shows the api’s message for 401, and for 429 adds when to try again', async () => {
    const { http, fixture, element, submit, summary } = await open();
    type(element, '#login-email', 'alex@example.org');
    type(element, '#login-password', 'falsch');
    await submit();
    http
      .expectOne('/api/v1/auth/login')
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'E-Mail-Adresse oder Passwort stimmen nicht.' }, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);
    expect(summary()?.querySelector('p')?.textContent).toBe('E-Mail-Adresse oder Passwort stimmen nicht.');
    expect(document.activeElement).toBe(summary());

    await submit();
    http.expectOne('/api/v1/auth/login').flush(
      { statusCode: 429, error: 'Too Many Requests', message: 'Zu viele Anmeldeversuche.' },
      { status: 429, statusText: 'Too Many Requests', headers: new HttpHeaders({ 'Retry-After': '300' }) },
    );
    await settle(fixture);
    expect(summary()?.querySelector('p')?.textContent).toBe('Zu viele Anmeldeversuche. Sie können es in etwa 5 Minuten erneut versuchen.');

    // The api's text that already names the wait is shown as it is.
    await submit();
    http.expectOne('/api/v1/auth/login').flush(
      { statusCode: 429, error: 'Too Many Requests', message: 'Zu viele Versuche. Bitte versuchen Sie es in 5 Minuten erneut.', code: 'too-many-attempts' },
      { status: 429, statusText: 'Too Many Requests', headers: new HttpHeaders({ 'Retry-After': '300' }) },
    );
    await settle(fixture);
    expect(summary()?.querySelector('p')?.textContent).toBe('Zu viele Versuche. Bitte versuchen Sie es in 5 Minuten erneut.');
  });

  it('offers to resend the verification mail after 403 email-not-verified', async () => {
    const { http, fixture, element, submit, summary } = await open();
    type(element, '#login-email', 'alex@example.org');
    type(element, '#login-password', 'richtig richtig');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(
      { statusCode: 403, error: 'Forbidden', message: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse.', code: 'email-not-verified' },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle(fixture);
    const resend = summary()?.querySelector('button');
    expect(resend?.textContent?.trim()).toBe('Bestätigungs-E-Mail erneut senden');
    resend?.click();
    await settle(fixture);
    const request = http.expectOne('/api/v1/auth/verify-email/resend');
    expect(request.request.body).toEqual({ email: 'alex@example.org', language: 'de' });
    request.flush({ message: 'Wenn die Angaben stimmen, haben wir Ihnen eine E-Mail geschickt.' }, { status: 202, statusText: 'Accepted' });
    await settle(fixture);
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Wenn die Angaben stimmen, haben wir Ihnen eine E-Mail geschickt.');
  });

  it('speaks English after a language switch (texts and Accept-Language)', async () => {
    const { http, fixture, element, submit } = await open();
    await TestBed.inject(LanguageService).use('en');
    await settle(fixture);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Log in');
    type(element, '#login-email', 'alex@example.org');
    type(element, '#login-password', 'x');
    await submit();
    expect(http.expectOne('/api/v1/auth/login').request.headers.get('Accept-Language')).toBe('en');
  });

  it('words the wait from Retry-After', () => {
    expect(retryAfterKey(30)).toEqual({ key: 'auth.login.retrySeconds', params: { count: 30 } });
    expect(retryAfterKey(900)).toEqual({ key: 'auth.login.retryMinutes', params: { count: 15 } });
  });
});
