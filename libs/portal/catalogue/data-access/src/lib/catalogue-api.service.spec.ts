import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ImportRun } from '@knotenpunkt/shared/contracts';
import { offerStatuses } from '@knotenpunkt/shared/contracts';
import { firstValueFrom, toArray } from 'rxjs';

import { CatalogueApiService } from './catalogue-api.service';
import { OFFER_STATUSES, actionsFor, importFinished } from './offer-status';

const TENANT = '8d9c7d1e-0000-4000-8000-0000000000a1';
const RUN = '8d9c7d1e-0000-4000-8000-0000000000f1';

function run(overrides: Partial<ImportRun> = {}): ImportRun {
  return {
    id: RUN,
    mode: 'dry-run',
    status: 'queued',
    progress: 0,
    fileName: 'angebote.jsonld',
    sizeBytes: 120,
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

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { api: TestBed.inject(CatalogueApiService), http: TestBed.inject(HttpTestingController) };
}

describe('CatalogueApiService', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    jest.useRealTimers();
  });

  it('lists offers with page, size and only the filters that are set', async () => {
    const { api, http } = setUp();
    const all = firstValueFrom(api.offers(TENANT, { page: 2, pageSize: 20, status: null, q: '  ' }));
    const request = http.expectOne((r) => r.url === `/api/v1/tenants/${TENANT}/offers`);
    expect(request.request.params.toString()).toBe('page=2&pageSize=20');
    request.flush({ items: [], total: 0, page: 2, pageSize: 20 });
    expect((await all).total).toBe(0);

    void firstValueFrom(api.offers(TENANT, { page: 1, pageSize: 20, status: 'draft', q: 'Asyl' }));
    expect(http.expectOne((r) => r.url.endsWith('/offers')).request.params.toString()).toBe('page=1&pageSize=20&status=draft&q=Asyl');
  });

  it('posts workflow actions to offers/:id/<action> without a body', () => {
    const { api, http } = setUp();
    for (const action of ['submit', 'withdraw', 'archive', 'reopen'] as const) {
      void firstValueFrom(api.transition(TENANT, 'o-1', action));
      const request = http.expectOne(`/api/v1/tenants/${TENANT}/offers/o-1/${action}`);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toBeNull();
      request.flush({});
    }
  });

  it('reads, creates and replaces offers, lists partners (100) and sends the review decisions', () => {
    const { api, http } = setUp();
    const base = `/api/v1/tenants/${TENANT}`;
    const input = { kind: 'course' as const, title: 'Kurs' };
    api.offer(TENANT, RUN).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/offers/${RUN}` }).flush({});
    api.createOffer(TENANT, input).subscribe();
    expect(http.expectOne({ method: 'POST', url: `${base}/offers` }).request.body).toEqual(input);
    api.replaceOffer(TENANT, RUN, input).subscribe();
    expect(http.expectOne({ method: 'PUT', url: `${base}/offers/${RUN}` }).request.body).toEqual(input);
    api.partners(TENANT).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/partners?page=1&pageSize=100` }).flush({ items: [], total: 0, page: 1, pageSize: 100 });
    api.reviews(TENANT, 2).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/reviews?page=2&pageSize=20` }).flush({ items: [], total: 0, page: 2, pageSize: 20 });
    api.reviewItem(TENANT, RUN).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/reviews/${RUN}` }).flush({});
    api.approve(TENANT, RUN).subscribe();
    expect(http.expectOne({ method: 'POST', url: `${base}/reviews/${RUN}/approve` }).request.body).toBeNull();
    api.returnToProvider(TENANT, RUN, 'Bitte Termine ergänzen').subscribe();
    expect(http.expectOne({ method: 'POST', url: `${base}/reviews/${RUN}/return` }).request.body).toEqual({ comment: 'Bitte Termine ergänzen' });
    api.profile(TENANT).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/profile` }).flush({});
    api.saveProfile(TENANT, { description: 'Wir' }).subscribe();
    expect(http.expectOne({ method: 'PUT', url: `${base}/profile` }).request.body).toEqual({ description: 'Wir' });
  });

  it('pages and searches partners, creates, replaces and deletes them', () => {
    const { api, http } = setUp();
    const base = `/api/v1/tenants/${TENANT}`;
    const input = { name: 'Kulturzentrum Gotha', type: 'other' as const, url: null, email: 'info@kultur.example', phone: null };
    api.partners(TENANT, { page: 2, pageSize: 20, q: '  Kultur ' }).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/partners?page=2&pageSize=20&q=Kultur` }).flush({ items: [], total: 0, page: 2, pageSize: 20 });
    api.partners(TENANT, { page: 1, pageSize: 20, q: ' ' }).subscribe();
    http.expectOne({ method: 'GET', url: `${base}/partners?page=1&pageSize=20` }).flush({ items: [], total: 0, page: 1, pageSize: 20 });
    api.createPartner(TENANT, input).subscribe();
    expect(http.expectOne({ method: 'POST', url: `${base}/partners` }).request.body).toEqual(input);
    api.updatePartner(TENANT, RUN, input).subscribe();
    expect(http.expectOne({ method: 'PUT', url: `${base}/partners/${RUN}` }).request.body).toEqual(input);
    api.deletePartner(TENANT, RUN).subscribe();
    http.expectOne({ method: 'DELETE', url: `${base}/partners/${RUN}` }).flush(null, { status: 204, statusText: 'No Content' });
  });

  it('uploads the file text as application/ld+json with mode, publish and file name', async () => {
    const { api, http } = setUp();
    const started = firstValueFrom(api.startImport(TENANT, '{"@graph":[]}', { mode: 'dry-run', fileName: 'angebote.jsonld', publish: true }));
    const request = http.expectOne((r) => r.url === `/api/v1/tenants/${TENANT}/imports`);
    expect(request.request.method).toBe('POST');
    expect(request.request.params.toString()).toBe('mode=dry-run&publish=true&fileName=angebote.jsonld');
    expect(request.request.headers.get('Content-Type')).toBe('application/ld+json');
    expect(request.request.body).toBe('{"@graph":[]}');
    request.flush(run(), { status: 202, statusText: 'Accepted' });
    expect((await started).status).toBe('queued');
  });

  it('commits a dry run, reads one run and the list', () => {
    const { api, http } = setUp();
    void firstValueFrom(api.commitImport(TENANT, RUN));
    const commit = http.expectOne(`/api/v1/tenants/${TENANT}/imports/${RUN}/commit`);
    expect(commit.request.method).toBe('POST');
    commit.flush(run({ mode: 'commit' }));
    void firstValueFrom(api.importRun(TENANT, RUN));
    http.expectOne(`/api/v1/tenants/${TENANT}/imports/${RUN}`).flush(run());
    void firstValueFrom(api.imports(TENANT, 3));
    http.expectOne(`/api/v1/tenants/${TENANT}/imports?page=3`).flush({ items: [], total: 0, page: 3, pageSize: 20 });
  });

  it('polls every 500 ms until the run has finished, emitting each state', async () => {
    jest.useFakeTimers();
    const { api, http } = setUp();
    const states = firstValueFrom(api.pollImport(TENANT, RUN).pipe(toArray()));
    const url = `/api/v1/tenants/${TENANT}/imports/${RUN}`;
    http.expectNone(url);
    jest.advanceTimersByTime(499);
    http.expectNone(url);
    jest.advanceTimersByTime(1);
    http.expectOne(url).flush(run({ status: 'running', progress: 40 }));
    jest.advanceTimersByTime(500);
    http.expectOne(url).flush(run({ status: 'succeeded', progress: 100 }));
    jest.advanceTimersByTime(2000);
    http.expectNone(url);
    expect((await states).map((s) => [s.status, s.progress])).toEqual([
      ['running', 40],
      ['succeeded', 100],
    ]);
  });

  it('does not start a second request while one is still open', () => {
    jest.useFakeTimers();
    const { api, http } = setUp();
    const subscription = api.pollImport(TENANT, RUN, 100).subscribe();
    jest.advanceTimersByTime(350);
    const open = http.match(`/api/v1/tenants/${TENANT}/imports/${RUN}`);
    expect(open).toHaveLength(1);
    subscription.unsubscribe();
    expect(open[0]?.cancelled).toBe(true);
  });
});

describe('offer status helpers', () => {
  it('mirror the contracts and offer the actions the workflow allows', () => {
    expect(OFFER_STATUSES).toEqual(offerStatuses);
    expect(actionsFor('draft')).toEqual(['submit', 'archive']);
    expect(actionsFor('submitted')).toEqual(['withdraw']);
    expect(actionsFor('archived')).toEqual(['reopen']);
    expect(importFinished({ status: 'running' })).toBe(false);
    expect(importFinished({ status: 'failed' })).toBe(true);
  });
});
