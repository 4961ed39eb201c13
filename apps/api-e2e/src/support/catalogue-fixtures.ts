/* eslint-disable @typescript-eslint/no-explicit-any -- test client: bodies are checked field by field */
import type { ApiClient } from './tenancy-stack';

/** A complete, publishable single course with one onsite session in Erfurt next year. */
export function courseInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'course',
    title: 'Interkulturelle Kompetenz für Ehrenamtliche',
    abstract: 'Ein Tag zum Üben: Begegnungen mit Geflüchteten sicher und offen gestalten.',
    topics: ['intercultural-competence'],
    audiences: ['volunteers'],
    languages: ['de'],
    price: { amount: 20, isFree: false, freeFor: ['volunteers'] },
    sessions: [
      {
        startsAt: '2027-05-08T09:30',
        endsAt: '2027-05-08T16:00',
        mode: 'onsite',
        venue: { name: 'Bildungshaus', street: 'Anger 1', postalCode: '99084', locality: 'Erfurt' },
        capacity: 20,
        freePlaces: 12,
        registrationDeadline: '2027-04-30',
      },
    ],
    ...overrides,
  };
}

/** Polls an import run until it has finished. */
export async function finishedImport(client: ApiClient, tenantId: string, runId: string, timeoutMs = 20_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await client.get(`/tenants/${tenantId}/imports/${runId}`);
    if (run.body.status === 'succeeded' || run.body.status === 'failed') return run.body;
    if (Date.now() > deadline) throw new Error(`import ${runId} still ${run.body.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Uploads an exchange document as application/ld+json (the large-file path) and waits for the run. */
export async function runImport(client: ApiClient, tenantId: string, doc: unknown, query = 'mode=commit'): Promise<any> {
  const started = await client.postRaw(`/tenants/${tenantId}/imports?${query}`, typeof doc === 'string' ? doc : JSON.stringify(doc), 'application/ld+json');
  if (started.status !== 202) throw new Error(`import not started: ${started.status} ${JSON.stringify(started.body)}`);
  return finishedImport(client, tenantId, started.body.id);
}
