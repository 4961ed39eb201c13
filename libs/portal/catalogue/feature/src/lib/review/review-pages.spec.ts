import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Offer } from '@knotenpunkt/shared/contracts';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, sessionFixture, ticks, type } from '@knotenpunkt/portal/shared/testing';

import { workspaceRoutes } from '../workspace.routes';

const sessionInfo = sessionFixture({ activeTenant: 'verein-a' });
const TENANT = sessionInfo.memberships[0]?.tenantId ?? '';
const OFFER = '8d9c7d1e-0000-4000-8000-00000000e001';
const base = `/api/v1/tenants/${TENANT}/reviews`;

const offer = {
  id: OFFER,
  slug: 'asylrecht',
  externalId: 'urn:o',
  status: 'submitted',
  kind: 'course',
  title: 'Asylrecht für Ehrenamtliche',
  abstract: 'Ein Abend mit Fallbeispielen.',
  plainLanguageSummary: null,
  description: null,
  topics: ['asylum-law'],
  audiences: ['volunteers'],
  languages: ['de'],
  prerequisites: null,
  admissionRules: null,
  price: { amount: null, currency: 'EUR', isFree: true, freeFor: [] },
  certificate: null,
  funders: [],
  contact: null,
  url: null,
  links: [],
  provider: { id: 'p', slug: 'mitglied', name: 'Mitgliedsverein', type: 'initiative' },
  partners: [],
  modules: [],
  sessions: [],
  nextSessionStartsAt: null,
  lastSessionEndsAt: null,
  publishedAt: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
  reviewComment: null,
} satisfies Offer;

async function openItem() {
  const http = await configure({ xsrfToken: 'token', routes: workspaceRoutes });
  // The review queue belongs to umbrella organisations.
  TestBed.inject(SessionStore).set({ ...sessionInfo, memberships: sessionInfo.memberships.map((m, i) => (i === 0 ? { ...m, type: 'umbrella' } : m)) });
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(`/arbeitsbereich/pruefung/${OFFER}`);
  await ticks();
  await navigation;
  await ticks();
  http.expectOne(`${base}/${OFFER}`).flush(offer);
  await ticks();
  return { http, element: () => harness.routeNativeElement as HTMLElement };
}

const button = (element: HTMLElement, label: string) => [...element.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label);

describe('review pages', () => {
  it('shows the submission as it would be published, asks for a comment before returning it, then goes back to the queue', async () => {
    const { http, element } = await openItem();
    expect(element().querySelector('h1')?.textContent).toBe('Einreichung prüfen');
    expect(element().querySelector('.review__preview')?.textContent).toContain('Asylrecht für Ehrenamtliche');
    expect(element().querySelector('.review__preview')?.textContent).toContain('kostenlos');

    button(element(), 'Zurückgeben')?.click();
    await ticks();
    expect(element().querySelector('#review-comment')?.getAttribute('aria-invalid')).toBe('true');
    expect(element().querySelector('#review-comment-error')?.textContent).toContain('Bitte schreiben Sie, was geändert werden soll.');
    expect(document.activeElement?.classList.contains('kp-error-summary')).toBe(true);
    http.verify();

    type(element(), '#review-comment', 'Bitte Anmeldung ergänzen.');
    button(element(), 'Zurückgeben')?.click();
    await ticks();
    const request = http.expectOne({ method: 'POST', url: `${base}/${OFFER}/return` });
    expect(request.request.body).toEqual({ comment: 'Bitte Anmeldung ergänzen.' });
    request.flush({ ...offer, status: 'draft' });
    await ticks();
    http.expectOne(`${base}?page=1&pageSize=20`).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await ticks();
    expect(element().querySelector('h1')?.textContent).toBe('Prüfung');
    expect(element().querySelector('.kp-notice--success')?.textContent).toBe('„Asylrecht für Ehrenamtliche“ ist an Mitgliedsverein zurückgegeben.');
    expect(element().querySelector('.kp-empty-state h2')?.textContent).toBe('Keine Einreichungen');
  });

  it('approves with one button and says so on the queue', async () => {
    const { http, element } = await openItem();
    button(element(), 'Freigeben')?.click();
    await ticks();
    http.expectOne({ method: 'POST', url: `${base}/${OFFER}/approve` }).flush({ ...offer, status: 'published' });
    await ticks();
    http.expectOne(`${base}?page=1&pageSize=20`).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await ticks();
    expect(element().querySelector('.kp-notice--success')?.textContent).toBe('„Asylrecht für Ehrenamtliche“ von Mitgliedsverein ist freigegeben und veröffentlicht.');
  });
});
