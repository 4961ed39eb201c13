import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Member } from '@knotenpunkt/shared/contracts';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, sessionFixture } from '@knotenpunkt/portal/shared/testing';

import { tenancyRoutes } from '../../tenancy.routes';

const sessionInfo = sessionFixture();

const tenantId = sessionInfo.memberships[0]?.tenantId ?? '';
const me: Member = { userId: sessionInfo.user.id, displayName: 'Alex Schmidt', email: 'alex@example.org', role: 'owner', joinedAt: '2026-01-05T10:00:00.000Z' };
const kim: Member = { userId: '8d9c7d1e-0000-4000-8000-000000000002', displayName: 'Kim Weber', email: 'kim@example.org', role: 'editor', joinedAt: '2026-02-01T10:00:00.000Z' };

const tick = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Opens the page; its lists are resources, and the fixture only becomes stable once their requests
 * are answered, so `flush` answers them before the navigation is awaited.
 */
async function open(role: 'owner' | 'admin' | 'viewer', flush: (http: Awaited<ReturnType<typeof configure>>) => void) {
  const http = await configure({ routes: tenancyRoutes, xsrfToken: 'token' });
  TestBed.inject(SessionStore).set({
    ...sessionInfo,
    memberships: sessionInfo.memberships.map((m) => (m.tenantId === tenantId ? { ...m, role } : m)),
  });
  const harness = await RouterTestingHarness.create();
  const navigation = harness.navigateByUrl(`/verwaltung/${tenantId}/mitglieder`);
  for (let i = 0; i < 5; i++) await tick();
  flush(http);
  await navigation;
  const element = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await tick();
      await harness.fixture.whenStable();
    }
  };
  await settle();
  return { http, harness, element, settle };
}

function flushLists(http: Awaited<ReturnType<typeof configure>>, members: Member[], withInvitations = true) {
  http.expectOne((r) => r.url === `/api/v1/tenants/${tenantId}/members`).flush({ items: members, total: members.length, page: 1, pageSize: 20 });
  if (withInvitations) http.expectOne((r) => r.url === `/api/v1/tenants/${tenantId}/invitations`).flush({ items: [], total: 0, page: 1, pageSize: 10 });
}

describe('MembersPage', () => {
  it('lets an owner change roles with a labelled select and shows the api’s last-owner refusal', async () => {
    const { http, element, settle } = await open('owner', (h) => flushLists(h, [me, kim]));
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Mitglieder und Einladungen');
    const selects = [...element.querySelectorAll<HTMLSelectElement>('tbody select')];
    expect(selects.map((s) => s.getAttribute('aria-label'))).toEqual(['Rolle von Alex Schmidt', 'Rolle von Kim Weber']);

    const own = selects[0] as HTMLSelectElement;
    own.value = 'admin';
    own.dispatchEvent(new Event('change'));
    await settle();
    element.querySelector<HTMLButtonElement>('button[aria-label="Rolle von Alex Schmidt ändern"]')?.click();
    await settle();
    const request = http.expectOne(`/api/v1/tenants/${tenantId}/members/${me.userId}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ role: 'admin' });
    expect(request.request.headers.get('X-XSRF-TOKEN')).toBe('token');
    request.flush(
      { statusCode: 409, error: 'Conflict', message: 'Die Organisation braucht mindestens eine Inhaber*in.', code: 'last-owner' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const summary = element.querySelector<HTMLElement>('.kp-error-summary');
    expect(summary?.textContent).toContain('Die Organisation braucht mindestens eine Inhaber*in.');
    expect(document.activeElement).toBe(summary);
  });

  it('removes a member after an inline confirmation and says so in the live region', async () => {
    const { http, element, settle } = await open('owner', (h) => flushLists(h, [me, kim]));
    expect(element.querySelector('button[aria-label="Alex Schmidt entfernen"]')).toBeNull();
    element.querySelector<HTMLButtonElement>('button[aria-label="Kim Weber entfernen"]')?.click();
    await settle();
    const question = element.querySelector<HTMLElement>('p[tabindex="-1"]');
    expect(question?.textContent?.trim()).toBe('Kim Weber wirklich aus der Organisation entfernen?');
    expect(document.activeElement).toBe(question);
    element.querySelector<HTMLButtonElement>('.kp-button--danger')?.click();
    await settle();
    const request = http.expectOne(`/api/v1/tenants/${tenantId}/members/${kim.userId}`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    for (let i = 0; i < 3; i++) await tick();
    flushLists(http, [me], false);
    await settle();
    expect(element.querySelector('[role="status"] .kp-notice')?.textContent?.trim()).toBe('Kim Weber wurde entfernt.');
  });

  it('shows viewers the list without selects, remove buttons or invitations', async () => {
    const { http, element } = await open('viewer', (h) => flushLists(h, [{ ...me, role: 'viewer' }, kim], false));
    http.expectNone((r) => r.url.endsWith('/invitations'));
    expect(element.querySelectorAll('tbody select')).toHaveLength(0);
    expect(element.querySelectorAll('tbody button')).toHaveLength(0);
    expect(element.querySelector('#invitations-title')).toBeNull();
    expect(element.querySelector('#members-leave-title')?.textContent?.trim()).toBe('Organisation verlassen');
  });

  it('says so for an organisation the person does not belong to', async () => {
    await configure({ routes: tenancyRoutes, xsrfToken: 'token' });
    TestBed.inject(SessionStore).set(sessionInfo);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/verwaltung/8d9c7d1e-0000-4000-8000-00000000ffff/mitglieder');
    await harness.fixture.whenStable();
    expect((harness.routeNativeElement as HTMLElement).querySelector('h1')?.textContent?.trim()).toBe('Kein Zugriff');
  });
});
