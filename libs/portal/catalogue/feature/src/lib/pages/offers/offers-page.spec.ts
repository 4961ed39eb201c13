import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { OfferSummary } from '@knotenpunkt/shared/contracts';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, sessionFixture, ticks } from '@knotenpunkt/portal/shared/testing';

import { workspaceRoutes } from '../../workspace.routes';
import { sessionDate } from './offers-page';

const sessionInfo = sessionFixture({ activeTenant: 'verein-a' });

const TENANT = sessionInfo.memberships[0]?.tenantId ?? '';
const list = (query = 'page=1&pageSize=20') => `/api/v1/tenants/${TENANT}/offers?${query}`;

function offer(overrides: Partial<OfferSummary> = {}): OfferSummary {
  return {
    id: '8d9c7d1e-0000-4000-8000-00000000c001',
    slug: 'interkulturelle-kompetenz',
    status: 'draft',
    kind: 'course',
    title: 'Interkulturelle Kompetenz',
    abstract: null,
    topics: [],
    audiences: [],
    price: { amount: null, currency: 'EUR', isFree: true, freeFor: [] },
    provider: { id: TENANT, slug: 'verein-a', name: 'Verein A', type: 'initiative' },
    nextSessionStartsAt: '2027-05-08T07:30:00.000Z',
    lastSessionEndsAt: '2027-05-08T14:00:00.000Z',
    publishedAt: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    sessionCount: 1,
    modes: ['onsite'],
    ...overrides,
  };
}

async function setUp(items: OfferSummary[], query = '') {
  const http = await configure({ xsrfToken: 'token', routes: workspaceRoutes });
  TestBed.inject(SessionStore).set(sessionInfo);
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(`/arbeitsbereich/angebote${query}`);
  await ticks();
  const respond = (params?: string) => http.expectOne(list(params)).flush({ items, total: items.length, page: 1, pageSize: 20 });
  return { http, harness, navigation, element: () => harness.routeNativeElement as HTMLElement, respond };
}

const rows = (element: HTMLElement) =>
  [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));

describe('sessionDate', () => {
  it('shows instants in German local time and dates as dates', () => {
    expect(sessionDate('2027-05-08T07:30:00.000Z', 'de')).toBe('08.05.2027, 09:30');
    expect(sessionDate('2027-12-31T23:30:00.000Z', 'en')).toBe('Jan 1, 2028, 12:30 AM');
    expect(sessionDate('2027-03-01', 'de')).toBe('1. März 2027');
  });
});

describe('OffersPage', () => {
  it('lists the offers with status in words, next date, dates and the allowed actions', async () => {
    const { navigation, element: el, respond } = await setUp([offer(), offer({ id: '8d9c7d1e-0000-4000-8000-00000000c002', title: 'Asylrecht kompakt', status: 'published', nextSessionStartsAt: null, sessionCount: 0 })]);
    respond();
    await navigation;
    await ticks();
    const element = el();
    expect(element.querySelector('h1')?.textContent).toBe('Ihre Angebote');
    expect(rows(element)).toEqual([
      ['Interkulturelle Kompetenz, Kurs', 'Entwurf', '08.05.2027, 09:30', '1', 'Bearbeiten Veröffentlichen Archivieren'],
      ['Asylrecht kompakt, Kurs', 'Veröffentlicht', 'Kein Termin geplant', '0', 'Bearbeiten Archivieren'],
    ]);
    const edit = element.querySelector('tbody a.kp-button');
    expect([edit?.getAttribute('href'), edit?.getAttribute('aria-label')]).toEqual(['/arbeitsbereich/angebote/8d9c7d1e-0000-4000-8000-00000000c001', '„Interkulturelle Kompetenz“ bearbeiten']);
    expect(element.querySelector('a[href="/arbeitsbereich/angebote/neu"]')?.textContent?.trim()).toBe('Neues Angebot');
    expect(element.querySelector('tbody button')?.getAttribute('aria-label')).toBe('„Interkulturelle Kompetenz“ veröffentlichen');
  });

  it('runs an action, says what happened and reloads the list', async () => {
    const { http, navigation, element: el, respond } = await setUp([offer()]);
    respond();
    await navigation;
    await ticks();
    const element = el();
    element.querySelector<HTMLButtonElement>('tbody button')?.click();
    await ticks();
    const request = http.expectOne(`/api/v1/tenants/${TENANT}/offers/${offer().id}/submit`);
    expect(request.request.method).toBe('POST');
    request.flush({ ...offer(), status: 'published' });
    await ticks();
    expect(element.querySelector('[role="status"] .kp-notice--success')?.textContent?.trim()).toBe('„Interkulturelle Kompetenz“ ist veröffentlicht.');
    http.expectOne(list()).flush({ items: [offer({ status: 'published' })], total: 1, page: 1, pageSize: 20 });
  });

  it('shows the api message and the missing fields of a 400 as a list', async () => {
    const { http, navigation, element: el, respond } = await setUp([offer()]);
    respond();
    await navigation;
    await ticks();
    const element = el();
    element.querySelector<HTMLButtonElement>('tbody button')?.click();
    await ticks();
    http.expectOne(`/api/v1/tenants/${TENANT}/offers/${offer().id}/submit`).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Das Angebot ist noch nicht vollständig.',
        issues: [
          { path: 'abstract', message: 'Zum Veröffentlichen fehlt die Kurzbeschreibung', code: 'custom' },
          { path: 'topics', message: 'Zum Veröffentlichen bitte mindestens ein Thema wählen', code: 'custom' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await ticks();
    const summary = element.querySelector<HTMLElement>('.kp-error-summary');
    expect(summary?.querySelector('h2')?.textContent).toBe('Die Aktion wurde nicht ausgeführt');
    expect(summary?.textContent).toContain('Das Angebot ist noch nicht vollständig.');
    expect([...(summary?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Zum Veröffentlichen fehlt die Kurzbeschreibung (Feld: abstract)',
      'Zum Veröffentlichen bitte mindestens ein Thema wählen (Feld: topics)',
    ]);
    expect(document.activeElement).toBe(summary);
  });

  it('has an empty state that leads to a new offer and to the import', async () => {
    const { navigation, element: el, respond } = await setUp([]);
    respond();
    await navigation;
    await ticks();
    const element = el();
    expect(element.querySelector('.kp-empty-state h2')?.textContent).toBe('Noch keine Angebote');
    expect([...element.querySelectorAll('.kp-empty-state a')].map((a) => a.getAttribute('href'))).toEqual(['/arbeitsbereich/angebote/neu', '/arbeitsbereich/import']);
  });

  it('filters by status and title through the address', async () => {
    const { http, navigation, element: el, respond } = await setUp([], '?status=draft&q=Asyl');
    respond('page=1&pageSize=20&status=draft&q=Asyl');
    await navigation;
    await ticks();
    const element = el();
    expect(element.querySelector('.kp-empty-state p')?.textContent).toBe('Kein Angebot passt zu diesem Filter.');
    const select = element.querySelector<HTMLSelectElement>('#offers-status');
    expect(select?.value).toBe('draft');
    if (select) select.value = 'published';
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await ticks();
    expect(TestBed.inject(Router).url).toBe('/arbeitsbereich/angebote?status=published&q=Asyl');
    http.expectOne(list('page=1&pageSize=20&status=published&q=Asyl')).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    http.verify();
  });
});
