import { configure, render, settle, type } from '@knotenpunkt/portal/shared/testing';

import { ImprintForm } from './imprint-form';

const tenantId = '8d9c7d1e-0000-4000-8000-0000000000a1';

async function open() {
  const http = await configure({ xsrfToken: 'token' });
  const { fixture, element } = await render(ImprintForm, { tenantId, publicUrl: '/o/verein-a/impressum' });
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle(fixture);
  };
  return { http, fixture, element, submit };
}

function fillRequired(element: HTMLElement) {
  type(element, '#imprint-organisationName', 'Verein A e. V.');
  type(element, '#imprint-address-street', 'Hauptstraße 1');
  type(element, '#imprint-address-postalCode', '99867');
  type(element, '#imprint-address-city', 'Gotha');
  type(element, '#imprint-representatives', 'Vorstand: Dana Müller');
  type(element, '#imprint-email', 'info@verein-a.example');
  type(element, '#imprint-responsibleForContent-name', 'Dana Müller');
  type(element, '#imprint-responsibleForContent-address', 'Hauptstraße 1, 99867 Gotha');
}

describe('ImprintForm', () => {
  it('validates with imprintContentSchema before sending, errors in field order and linked', async () => {
    const { http, element, submit } = await open();
    type(element, '#imprint-address-postalCode', '123');
    type(element, '#imprint-vatId', 'DE12');
    await submit();
    http.expectNone(`/api/v1/tenants/${tenantId}/legal/imprint`);
    const links = [...element.querySelectorAll('.kp-error-summary a')].map((a) => a.getAttribute('href'));
    expect(links.slice(0, 3)).toEqual(['#imprint-organisationName', '#imprint-address-street', '#imprint-address-postalCode']);
    expect(links).toContain('#imprint-vatId');
    expect(element.querySelector('#imprint-address-postalCode-error')?.textContent).toContain('PLZ: genau 5 Ziffern');
    expect(element.querySelector('#imprint-legalForm')?.getAttribute('aria-invalid')).toBeNull();
    expect(element.querySelector('label[for="imprint-legalForm"]')?.textContent).toContain('(optional)');
  });

  it('sends the content (empty optional parts left out) and shows server field errors by issues[].path', async () => {
    const { http, fixture, element, submit } = await open();
    fillRequired(element);
    await submit();
    const request = http.expectOne(`/api/v1/tenants/${tenantId}/legal/imprint`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      organisationName: 'Verein A e. V.',
      address: { street: 'Hauptstraße 1', postalCode: '99867', city: 'Gotha', country: 'Deutschland' },
      representatives: 'Vorstand: Dana Müller',
      email: 'info@verein-a.example',
      responsibleForContent: { name: 'Dana Müller', address: 'Hauptstraße 1, 99867 Gotha' },
    });
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Die Anfrage enthält ungültige Angaben.',
        issues: [{ path: 'address.city', message: 'Diesen Ort gibt es nicht.', code: 'custom' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const city = element.querySelector('#imprint-address-city');
    expect(city?.getAttribute('aria-invalid')).toBe('true');
    expect(city?.getAttribute('aria-describedby')).toBe('imprint-address-city-error');
    expect(element.querySelector('.kp-error-summary')?.textContent).toContain('Die Anfrage enthält ungültige Angaben.');
    expect(element.querySelector('.kp-error-summary a')?.getAttribute('href')).toBe('#imprint-address-city');
  });

  it('confirms saving with a link to the public page', async () => {
    const { http, fixture, element, submit } = await open();
    fillRequired(element);
    await submit();
    http.expectOne(`/api/v1/tenants/${tenantId}/legal/imprint`).flush({ page: 'imprint', content: {}, updatedAt: '2026-03-01T10:00:00.000Z' });
    await settle(fixture);
    const saved = element.querySelector<HTMLElement>('.legal-form__saved');
    expect(saved?.textContent).toContain('Gespeichert und veröffentlicht.');
    expect(saved?.querySelector('a')?.getAttribute('href')).toBe('/o/verein-a/impressum');
    expect(document.activeElement).toBe(saved);
  });
});
