import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { PartnerOrganisation } from '@knotenpunkt/shared/contracts';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, sessionFixture, ticks, type } from '@knotenpunkt/portal/shared/testing';

import { workspaceRoutes } from '../../workspace.routes';

const sessionInfo = sessionFixture({ activeTenant: 'verein-a' });
const TENANT = sessionInfo.memberships[0]?.tenantId ?? '';
const base = `/api/v1/tenants/${TENANT}`;
const KULTUR: PartnerOrganisation = {
  id: '8d9c7d1e-0000-4000-8000-0000000000d1',
  externalId: 'urn:knotenpunkt:partner:d1',
  name: 'Kulturzentrum Gotha',
  type: 'other',
  url: 'https://kultur.example',
  email: 'info@kultur.example',
  phone: null,
  tenant: null,
};
const page = (items: PartnerOrganisation[], total = items.length, number = 1) => ({ items, total, page: number, pageSize: 20 });

async function open(url = '/arbeitsbereich/partner', items: PartnerOrganisation[] = [KULTUR], total = items.length) {
  const http = await configure({ xsrfToken: 'token', routes: workspaceRoutes });
  TestBed.inject(SessionStore).set(sessionInfo);
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(url);
  await ticks();
  await navigation;
  await ticks();
  const pageNumber = Number(new URL(url, 'http://x').searchParams.get('seite') ?? 1);
  http.expectOne((r) => r.method === 'GET' && r.url === `${base}/partners`).flush(page(items, total, pageNumber));
  await ticks();
  return { http, element: harness.routeNativeElement as HTMLElement, harness };
}

const button = (element: HTMLElement, text: string) => [...element.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text) ?? null;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('PartnersPage', () => {
  it('lists the partners with type, website and contact', async () => {
    const { http, element } = await open();
    expect(clean(element.querySelector('h1'))).toBe('Partnerorganisationen');
    const row = element.querySelector('tbody tr');
    expect(clean(row)).toContain('Kulturzentrum Gotha');
    expect(clean(row)).toContain('Sonstige Organisation');
    expect(row?.querySelector('a[href="https://kultur.example"]')).not.toBeNull();
    expect(row?.querySelector('a[href="mailto:info@kultur.example"]')).not.toBeNull();
    expect(element.querySelector('[aria-label="„Kulturzentrum Gotha“ bearbeiten"]')).not.toBeNull();
    http.verify();
  });

  it('shows the empty state without partners', async () => {
    const { http, element } = await open('/arbeitsbereich/partner', []);
    expect(clean(element.querySelector('.kp-empty-state h3'))).toBe('Noch keine Partnerorganisationen');
    expect(element.querySelector('table')).toBeNull();
    http.verify();
  });

  it('checks the name before any request and focuses the summary', async () => {
    const { http, element } = await open();
    button(element, 'Partnerorganisation anlegen')?.click();
    await ticks();
    const summary = element.querySelector('.kp-error-summary');
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#partner-name');
    expect(document.activeElement).toBe(summary);
    expect(element.querySelector('#partner-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#partner-name')?.getAttribute('aria-describedby')).toBe('partner-name-error');
    http.verify();
  });

  it('creates a partner; the api’s field errors land on the fields, then it succeeds', async () => {
    const { http, element } = await open();
    type(element, '#partner-name', 'Migrationsbeirat Erfurt');
    type(element, '#partner-type', 'migrant-organisation');
    type(element, '#partner-email', 'kein-mail');
    await ticks();
    button(element, 'Partnerorganisation anlegen')?.click();
    await ticks();
    const first = http.expectOne({ method: 'POST', url: `${base}/partners` });
    expect(first.request.body).toEqual({ name: 'Migrationsbeirat Erfurt', type: 'migrant-organisation', url: null, email: 'kein-mail', phone: null });
    first.flush(
      { statusCode: 400, code: 'validation-failed', message: 'Die Anfrage enthält ungültige Angaben.', issues: [{ path: 'email', message: 'Bitte eine gültige E-Mail-Adresse angeben.' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await ticks();
    const email = element.querySelector('#partner-email');
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(email?.getAttribute('aria-describedby')).toBe('partner-email-error');
    expect(clean(element.querySelector('#partner-email-error'))).toBe('Fehler: Bitte eine gültige E-Mail-Adresse angeben.');
    expect(clean(element.querySelector('.kp-error-summary'))).toContain('Die Anfrage enthält ungültige Angaben.');
    expect(document.activeElement).toBe(element.querySelector('.kp-error-summary'));

    type(element, '#partner-email', 'beirat@erfurt.example');
    await ticks();
    button(element, 'Partnerorganisation anlegen')?.click();
    await ticks();
    const created = { ...KULTUR, id: '8d9c7d1e-0000-4000-8000-0000000000d2', name: 'Migrationsbeirat Erfurt', type: 'migrant-organisation' as const, email: 'beirat@erfurt.example' };
    http.expectOne({ method: 'POST', url: `${base}/partners` }).flush(created);
    await ticks();
    http.expectOne((r) => r.url === `${base}/partners` && r.method === 'GET').flush(page([KULTUR, created]));
    await ticks();
    expect(clean(element.querySelector('#partners-result'))).toBe('„Migrationsbeirat Erfurt“ ist angelegt.');
    expect(document.activeElement?.id).toBe('partners-result');
    expect(element.querySelector('.kp-error-summary')).toBeNull();
    expect((element.querySelector('#partner-name') as HTMLInputElement).value).toBe('');
    http.verify();
  });

  it('edits a partner in the form and saves it with PUT', async () => {
    const { http, element } = await open();
    element.querySelector<HTMLButtonElement>('#partner-edit-' + KULTUR.id)?.click();
    await ticks();
    expect(clean(element.querySelector('#partner-form-title'))).toBe('„Kulturzentrum Gotha“ bearbeiten');
    expect(document.activeElement?.id).toBe('partner-form-title');
    expect((element.querySelector('#partner-url') as HTMLInputElement).value).toBe('https://kultur.example');
    type(element, '#partner-phone', '03621 55 66');
    await ticks();
    button(element, 'Änderungen speichern')?.click();
    await ticks();
    const request = http.expectOne({ method: 'PUT', url: `${base}/partners/${KULTUR.id}` });
    expect(request.request.body).toEqual({ name: 'Kulturzentrum Gotha', type: 'other', url: 'https://kultur.example', email: 'info@kultur.example', phone: '03621 55 66' });
    request.flush({ ...KULTUR, phone: '03621 55 66' });
    await ticks();
    http.expectOne((r) => r.url === `${base}/partners` && r.method === 'GET').flush(page([{ ...KULTUR, phone: '03621 55 66' }]));
    await ticks();
    expect(clean(element.querySelector('#partners-result'))).toBe('Die Änderungen an „Kulturzentrum Gotha“ sind gespeichert.');
    expect(clean(element.querySelector('#partner-form-title'))).toBe('Partnerorganisation anlegen');
    http.verify();
  });

  it('asks before deleting and shows the api’s refusal when an offer still names the partner', async () => {
    const { http, element } = await open();
    element.querySelector<HTMLButtonElement>('#partner-delete-' + KULTUR.id)?.click();
    await ticks();
    expect(document.activeElement?.id).toBe('partner-confirm-' + KULTUR.id);
    expect(clean(document.activeElement)).toBe('„Kulturzentrum Gotha“ wirklich löschen?');
    button(element, 'Abbrechen')?.click();
    await ticks();
    expect(document.activeElement?.id).toBe('partner-delete-' + KULTUR.id);
    http.verify();

    element.querySelector<HTMLButtonElement>('#partner-delete-' + KULTUR.id)?.click();
    await ticks();
    button(element, 'Ja, löschen')?.click();
    await ticks();
    http.expectOne({ method: 'DELETE', url: `${base}/partners/${KULTUR.id}` }).flush(
      { statusCode: 409, code: 'partner-in-use', message: 'Diese Partnerorganisation ist noch bei Angeboten eingetragen. Bitte dort zuerst entfernen.' },
      { status: 409, statusText: 'Conflict' },
    );
    await ticks();
    expect(document.activeElement?.id).toBe('partner-delete-problem-' + KULTUR.id);
    expect(clean(document.activeElement)).toBe('Fehler: Diese Partnerorganisation ist noch bei Angeboten eingetragen. Bitte dort zuerst entfernen.');
    expect(button(element, 'Ja, löschen')).toBeNull();
    button(element, 'Schließen')?.click();
    await ticks();
    expect(element.querySelector('#partner-delete-problem-' + KULTUR.id)).toBeNull();
    http.verify();
  });

  it('deletes an unused partner and goes back a page when it was the last on its page', async () => {
    const { http, element } = await open('/arbeitsbereich/partner?seite=2', [KULTUR], 21);
    element.querySelector<HTMLButtonElement>('#partner-delete-' + KULTUR.id)?.click();
    await ticks();
    button(element, 'Ja, löschen')?.click();
    await ticks();
    http.expectOne({ method: 'DELETE', url: `${base}/partners/${KULTUR.id}` }).flush(null, { status: 204, statusText: 'No Content' });
    await ticks();
    const reload = http.expectOne((r) => r.url === `${base}/partners` && r.method === 'GET');
    expect(reload.request.params.get('page')).toBe('1');
    reload.flush(page([], 20));
    await ticks();
    expect(clean(element.querySelector('#partners-result'))).toBe('„Kulturzentrum Gotha“ ist gelöscht.');
    http.verify();
  });
});
