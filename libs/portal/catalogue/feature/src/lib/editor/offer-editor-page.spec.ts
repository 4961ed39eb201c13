import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, sessionFixture, ticks, type } from '@knotenpunkt/portal/shared/testing';

import { workspaceRoutes } from '../workspace.routes';

const sessionInfo = sessionFixture({ activeTenant: 'verein-a' });
const TENANT = sessionInfo.memberships[0]?.tenantId ?? '';
const base = `/api/v1/tenants/${TENANT}`;
const PARTNER = '8d9c7d1e-0000-4000-8000-0000000000d1';

async function openNew(): Promise<{ http: HttpTestingController; element: HTMLElement; harness: RouterTestingHarness }> {
  const http = await configure({ xsrfToken: 'token', routes: workspaceRoutes });
  TestBed.inject(SessionStore).set(sessionInfo);
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl('/arbeitsbereich/angebote/neu');
  await ticks();
  await navigation;
  await ticks();
  http.expectOne(`${base}/partners?page=1&pageSize=100`).flush({
    items: [{ id: PARTNER, externalId: 'urn:p', name: 'Bildungswerk Erfurt', type: 'adult-education', url: null, email: null, phone: null, tenant: null }],
    total: 1,
    page: 1,
    pageSize: 100,
  });
  http.expectOne(`${base}/profile`).flush({ reviewByParent: true });
  await ticks();
  return { http, element: harness.routeNativeElement as HTMLElement, harness };
}

const button = (element: HTMLElement, text: string) =>
  [...element.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text) ?? null;

describe('OfferEditorPage', () => {

  it('checks required fields before any request and links them from the focused summary', async () => {
    const { http, element } = await openNew();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Neues Angebot');
    expect(button(element, 'Zur Prüfung einreichen')).not.toBeNull();
    button(element, 'Als Entwurf speichern')?.click();
    await ticks();
    const summary = element.querySelector('.kp-error-summary');
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#offer-title');
    expect(summary?.textContent).toContain('Bitte füllen Sie dieses Feld aus.');
    expect(document.activeElement).toBe(summary);
    const title = element.querySelector('#offer-title');
    expect(title?.getAttribute('aria-invalid')).toBe('true');
    expect(title?.getAttribute('aria-describedby')).toBe('offer-title-error');
    http.verify();
  });

  it('creates a programme with modules and a date and puts the api’s field errors on the exact fields', async () => {
    const { http, element } = await openNew();
    type(element, '#offer-kind', 'programme');
    await ticks();
    type(element, '#offer-title', 'Qualifizierung Migrationsberatung');
    type(element, '#offer-modules-0-title', 'Grundlagen');
    button(element, 'Modul hinzufügen')?.click();
    await ticks();
    expect(document.activeElement?.id).toBe('offer-modules-1-title');
    type(element, '#offer-modules-1-title', 'Vertiefung');
    type(element, '#offer-modules-1-partnerId', PARTNER);
    button(element, 'Termin hinzufügen')?.click();
    await ticks();
    type(element, '#offer-sessions-0-startsAt', '2027-03-02');
    type(element, '#offer-sessions-0-startsAt-time', '09:00');
    type(element, '#offer-sessions-0-endsAt-time', '16:00');
    type(element, '#offer-sessions-0-venue-postalCode', '99084');
    type(element, '#offer-sessions-0-capacity', '10');
    type(element, '#offer-sessions-0-freePlaces', '12');
    await ticks();
    button(element, 'Als Entwurf speichern')?.click();
    await ticks();
    const request = http.expectOne({ method: 'POST', url: `${base}/offers` });
    expect(request.request.body).toMatchObject({
      kind: 'programme',
      title: 'Qualifizierung Migrationsberatung',
      modules: [
        { title: 'Grundlagen', partnerId: null },
        { title: 'Vertiefung', partnerId: PARTNER },
      ],
      sessions: [{ startsAt: '2027-03-02T09:00', endsAt: '2027-03-02T16:00', capacity: 10, freePlaces: 12, venue: { postalCode: '99084' } }],
    });
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Die Angaben sind unvollständig oder ungültig.',
        issues: [
          { path: 'sessions.0.freePlaces', message: 'Freie Plätze: 0 bis Kapazität', code: 'custom' },
          { path: 'modules.1.title', message: 'Zu kurz', code: 'too_small' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await ticks();
    const links = [...element.querySelectorAll('.kp-error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['#offer-modules-1-title', 'Zu kurz'],
      ['#offer-sessions-0-freePlaces', 'Freie Plätze: 0 bis Kapazität'],
    ]);
    expect(element.querySelector('.kp-error-summary')?.textContent).toContain('Die Angaben sind unvollständig oder ungültig.');
    const freePlaces = element.querySelector('#offer-sessions-0-freePlaces');
    expect(freePlaces?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector(`#${freePlaces?.getAttribute('aria-describedby')}`)?.textContent).toContain('Freie Plätze: 0 bis Kapazität');
    http.verify();
  });

  it('shows the preview of the unsaved form and moves focus to it', async () => {
    const { element } = await openNew();
    type(element, '#offer-title', 'Interkulturelle Kompetenz');
    type(element, '#offer-abstract', 'Ein Tag zum Üben.');
    await ticks();
    button(element, 'Vorschau')?.click();
    await ticks();
    const preview = element.querySelector('.editor__preview');
    expect(preview?.querySelector('h2')?.textContent?.trim()).toBe('Vorschau');
    expect(preview?.textContent).toContain('Interkulturelle Kompetenz');
    expect(preview?.textContent).toContain('Ein Tag zum Üben.');
    expect(preview?.textContent).toContain('Preis auf Anfrage');
    expect(document.activeElement?.id).toBe('offer-preview-heading');
  });
});
