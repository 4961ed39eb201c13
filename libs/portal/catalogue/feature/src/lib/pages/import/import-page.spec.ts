import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ImportRun } from '@knotenpunkt/shared/contracts';
import { CatalogueApiService } from '@knotenpunkt/portal/catalogue/data-access';
import { LanguageService } from '@knotenpunkt/portal/shared/util';
import { SessionStore } from '@knotenpunkt/portal/tenancy/data-access';
import { configure, render, sessionFixture, ticks } from '@knotenpunkt/portal/shared/testing';

import ImportPage, { sortedIssues } from './import-page';

const sessionInfo = sessionFixture({ activeTenant: 'verein-a' });

const TENANT = sessionInfo.memberships[0]?.tenantId ?? '';
const DRY = '8d9c7d1e-0000-4000-8000-0000000000f1';
const COMMIT = '8d9c7d1e-0000-4000-8000-0000000000f2';
const base = `/api/v1/tenants/${TENANT}/imports`;

function run(overrides: Partial<ImportRun> = {}): ImportRun {
  return {
    id: DRY,
    mode: 'dry-run',
    status: 'queued',
    progress: 0,
    fileName: 'angebote.jsonld',
    sizeBytes: 2048,
    applied: false,
    summary: null,
    issues: [],
    issueCount: 0,
    createdAt: '2026-03-01T10:00:00.000Z',
    finishedAt: null,
    fromRunId: null,
    ...overrides,
  };
}

const summary = {
  offers: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
  partners: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
  sessions: { created: 3, updated: 0, deleted: 0, unchanged: 0 },
  items: [
    { node: 'urn:offer:a', title: 'Kurs A', action: 'create' as const },
    { node: 'urn:offer:b', title: 'Kurs B', action: 'create' as const },
  ],
};

async function setUp() {
  const http = await configure({ xsrfToken: 'token' });
  TestBed.inject(SessionStore).set(sessionInfo);
  const api = TestBed.inject(CatalogueApiService);
  const poll = api.pollImport.bind(api);
  jest.spyOn(api, 'pollImport').mockImplementation((tenantId, importId) => poll(tenantId, importId, 1));
  const { fixture, element } = await render(ImportPage);
  return { http, fixture, element };
}

function choose(element: HTMLElement, file: File): void {
  const input = element.querySelector<HTMLInputElement>('#import-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { configurable: true, value: { 0: file, length: 1, item: () => file } });
  input.dispatchEvent(new Event('change'));
}

async function waitFor(check: () => boolean, ms = 300): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
}

/** The next request to `url` (waits for it; polling runs on real timers every 1 ms here). */
async function next(http: HttpTestingController, url: string | ((r: HttpRequest<unknown>) => boolean)): Promise<TestRequest> {
  const deadline = Date.now() + 1000;
  for (;;) {
    const found = typeof url === 'string' ? http.match(url) : http.match(url);
    if (found[0]) return found[0];
    if (Date.now() > deadline) throw new Error(`no request to ${String(url)}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ImportPage', () => {
  it('asks for a file first (error summary linking to the field)', async () => {
    const { element, http } = await setUp();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await ticks();
    expect(text(element.querySelector('.kp-error-summary a'))).toBe('Bitte wählen Sie eine Datei aus.');
    expect(element.querySelector('#import-file')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#import-file')?.getAttribute('aria-describedby')).toBe('import-file-hint import-file-error');
    choose(element, new File(['x'], 'angebote.csv'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await ticks();
    expect(text(element.querySelector('.kp-error-summary a'))).toBe('Bitte wählen Sie eine Datei mit der Endung .jsonld oder .json.');
    http.verify();
  });

  it('runs a dry run with progress, shows the report and commits only then', async () => {
    const { element, http } = await setUp();
    choose(element, new File(['{"@graph":[]}'], 'angebote.jsonld'));
    element.querySelector<HTMLInputElement>('#import-publish')?.click();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    const start = await next(http, (r) => r.url === base);
    expect(start.request.params.toString()).toBe('mode=dry-run&publish=true&fileName=angebote.jsonld');
    expect(start.request.body).toBe('{"@graph":[]}');
    start.flush(run(), { status: 202, statusText: 'Accepted' });
    await ticks();
    expect(text(element.querySelector('[role="status"]'))).toBe('Der Probelauf hat begonnen.');
    expect(element.querySelector('form')).toBeNull();

    (await next(http, `${base}/${DRY}`)).flush(run({ status: 'running', progress: 40 }));
    await ticks();
    const progress = element.querySelector('[role="progressbar"]');
    expect(progress?.getAttribute('aria-valuenow')).toBe('40');
    expect(progress?.getAttribute('aria-valuemin')).toBe('0');
    expect(progress?.getAttribute('aria-valuemax')).toBe('100');
    expect(progress?.getAttribute('aria-valuetext')).toBe('40 %');

    (await next(http, `${base}/${DRY}`)).flush(
      run({ status: 'succeeded', progress: 100, summary, issues: [{ severity: 'warning', node: 'urn:offer:a', property: 'keywords', message: 'Eigenschaft wird nicht übernommen' }], issueCount: 1 }),
    );
    await waitFor(() => element.querySelector('#import-report-title') !== null);
    await ticks();
    expect(text(element.querySelector('#import-report-title'))).toBe('Ergebnis des Probelaufs');
    expect(document.activeElement?.id).toBe('import-report-title');
    expect(text(element.querySelector('.report__outcome'))).toContain('Noch ist nichts geändert');
    expect([...element.querySelectorAll('.counts li')].map(text)).toEqual([
      'Angebote: 2 neu, 0 geändert, 0 unverändert, 0 abgelehnt',
      'Partnerorganisationen: 1 neu, 0 geändert, 0 unverändert, 0 abgelehnt',
      'Termine: 3 neu, 0 geändert, 0 unverändert, 0 gelöscht',
    ]);
    expect([...element.querySelectorAll('.items tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text))).toEqual([
      ['Kurs A', 'urn:offer:a', 'neu'],
      ['Kurs B', 'urn:offer:b', 'neu'],
    ]);
    expect(text(element.querySelector('.issues li'))).toBe('Warnung: Eigenschaft wird nicht übernommen Knoten urn:offer:a · Eigenschaft keywords');

    const commitButton = [...element.querySelectorAll('button')].find((b) => text(b) === 'Übernehmen');
    commitButton?.click();
    await ticks();
    const commit = http.expectOne(`${base}/${DRY}/commit`);
    expect(commit.request.method).toBe('POST');
    commit.flush(run({ id: COMMIT, mode: 'commit', fromRunId: DRY }), { status: 202, statusText: 'Accepted' });
    (await next(http, `${base}/${COMMIT}`)).flush(run({ id: COMMIT, mode: 'commit', status: 'succeeded', progress: 100, applied: true, summary, fromRunId: DRY }));
    await waitFor(() => text(element.querySelector('#import-report-title')) === 'Ergebnis des Imports');
    expect(text(element.querySelector('.report__outcome'))).toBe('Die Änderungen sind gespeichert.');
    expect([...element.querySelectorAll('button')].some((b) => text(b) === 'Übernehmen')).toBe(false);
    expect(element.querySelector('a[href="/arbeitsbereich/angebote"]')).not.toBeNull();
  });

  it('says clearly that nothing changed when the dry run failed, errors first; no commit button', async () => {
    const { element, http } = await setUp();
    choose(element, new File(['{}'], 'kaputt.json'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    (await next(http, (r) => r.url === base)).flush(
      run({
        status: 'failed',
        progress: 100,
        summary: { ...summary, offers: { created: 1, updated: 0, unchanged: 0, rejected: 1 }, items: [{ node: 'urn:offer:b', title: 'Kurs B', action: 'reject' }] },
        issues: [
          { severity: 'warning', node: 'urn:offer:a', property: 'keywords', message: 'Eigenschaft wird nicht übernommen' },
          { severity: 'error', node: 'urn:offer:b', property: 'hasCourseInstance[0].startDate', message: 'Ungültiges Datum' },
        ],
        issueCount: 2,
      }),
      { status: 202, statusText: 'Accepted' },
    );
    await waitFor(() => element.querySelector('#import-report-title') !== null);
    expect(text(element.querySelector('.report__outcome'))).toBe('Die Datei enthält Fehler und kann so nicht übernommen werden. Es wurde nichts geändert.');
    expect([...element.querySelectorAll('.issues li')].map(text)).toEqual([
      'Fehler: Ungültiges Datum Knoten urn:offer:b · Eigenschaft hasCourseInstance[0].startDate',
      'Warnung: Eigenschaft wird nicht übernommen Knoten urn:offer:a · Eigenschaft keywords',
    ]);
    expect([...element.querySelectorAll('button')].some((b) => text(b) === 'Übernehmen')).toBe(false);
    expect(text(element.querySelector('[role="status"]'))).toContain('Es wurde nichts geändert.');
  });

  it('asks for the finished run again after a language switch (the api words the issues)', async () => {
    const { element, http } = await setUp();
    choose(element, new File(['{}'], 'a.jsonld'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    (await next(http, (r) => r.url === base)).flush(run({ status: 'succeeded', progress: 100, summary }), { status: 202, statusText: 'Accepted' });
    await waitFor(() => element.querySelector('#import-report-title') !== null);
    await TestBed.inject(LanguageService).use('en');
    await ticks();
    const again = await next(http, `${base}/${DRY}`);
    expect(again.request.headers.get('Accept-Language')).toBe('en');
    again.flush(run({ status: 'succeeded', progress: 100, summary }));
    await ticks();
    expect(text(element.querySelector('#import-report-title'))).toBe('Result of the dry run');
  });

  it('shows the api message when the upload is refused', async () => {
    const { element, http } = await setUp();
    choose(element, new File([''], 'leer.jsonld'));
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    (await next(http, (r) => r.url === base)).flush(
      { statusCode: 400, error: 'Bad Request', message: 'Ungültige Anfrage', issues: [{ path: '(body)', message: 'Die Datei enthält keine Angebote', code: 'custom' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await ticks();
    expect(text(element.querySelector('.kp-error-summary'))).toContain('Ungültige Anfrage');
    expect(text(element.querySelector('.kp-error-summary'))).toContain('Die Datei enthält keine Angebote');
  });
});

describe('sortedIssues', () => {
  it('puts errors first and keeps the order otherwise', () => {
    const w = (node: string) => ({ severity: 'warning' as const, node, property: null, message: '' });
    const e = (node: string) => ({ severity: 'error' as const, node, property: null, message: '' });
    expect(sortedIssues([w('1'), e('2'), w('3'), e('4')]).map((i) => i.node)).toEqual(['2', '4', '1', '3']);
  });
});
