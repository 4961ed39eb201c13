import { configure, render, settle, type } from '@knotenpunkt/portal/shared/testing';

import SignUpPage from './sign-up-page';

describe('SignUpPage', () => {
  it('validates with the contracts’ rules: password ≥ 10 characters, hint linked to the field', async () => {
    const http = await configure({ xsrfToken: null });
    const { fixture, element } = await render(SignUpPage);
    const password = element.querySelector<HTMLInputElement>('#sign-up-password');
    expect(password?.getAttribute('aria-describedby')).toBe('sign-up-password-hint');
    expect(element.querySelector('#sign-up-password-hint')?.textContent).toContain('Mindestens 10 Zeichen');
    type(element, '#sign-up-displayName', 'Alex');
    type(element, '#sign-up-email', 'alex@example.org');
    type(element, '#sign-up-password', 'zu kurz');
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
    http.expectNone('/api/v1/auth/sign-up');
    expect(password?.getAttribute('aria-invalid')).toBe('true');
    expect(password?.getAttribute('aria-describedby')).toBe('sign-up-password-hint sign-up-password-error');
    expect(element.querySelector('.kp-error-summary a')?.textContent?.trim()).toBe('Das Passwort muss mindestens 10 Zeichen lang sein');
  });

  it('sends the sign-up and then says "check your mail", focusing that heading; remembers the returnUrl', async () => {
    const http = await configure({ xsrfToken: null });
    const { fixture, element } = await render(SignUpPage, { returnUrl: '/einladung/abc', email: 'alex@example.org' });
    expect(element.querySelector<HTMLInputElement>('#sign-up-email')?.value).toBe('alex@example.org');
    type(element, '#sign-up-displayName', 'Alex Schmidt');
    type(element, '#sign-up-password', 'ein langer satz');
    element.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
    const request = http.expectOne('/api/v1/auth/sign-up');
    expect(request.request.body).toEqual({ displayName: 'Alex Schmidt', email: 'alex@example.org', password: 'ein langer satz', language: 'en' });
    request.flush({ message: 'Wenn die Angaben stimmen, haben wir Ihnen eine E-Mail geschickt.' }, { status: 202, statusText: 'Accepted' });
    await settle(fixture);
    const heading = element.querySelector('h1');
    expect(heading?.textContent?.trim()).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(document.activeElement).toBe(heading);
    expect(element.textContent).toContain('Öffnen Sie die E-Mail an alex@example.org');
    expect(localStorage.getItem('kp.returnUrl')).toBe('/einladung/abc');
  });
});
