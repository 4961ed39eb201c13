/* eslint-disable @typescript-eslint/no-explicit-any -- search hits and exchange nodes are read field by field */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegions } from '@knotenpunkt/api/regions';
import { eventually } from '@knotenpunkt/api/core/testing';
import { runImport } from './support/catalogue-fixtures';
import { startTenancyStack, type TenancyStack } from './support/tenancy-stack';

const root = join(__dirname, '../../..');
const setDir = join(root, 'bench/relevance');

interface RelevanceTask {
  id: string;
  query: Record<string, string | number | boolean | string[]>;
  judgements: Record<string, number>;
}
interface RelevanceFile {
  slug: string;
  organisation: any;
  document: unknown;
  offerIds: string[];
}
interface Scores {
  tasks: { id: string; ndcg10: number; recall20: number; returned: number }[];
  means: { ndcg10: number; recall20: number; tasks: number };
}

/**
 * The judged relevance set (bench/relevance/README.md) with its dates shifted to today, and the
 * metrics, from the same ES modules bench/relevance.mjs uses (run as scripts: Jest here is CommonJS).
 */
const loadSet = (): { files: RelevanceFile[]; tasks: RelevanceTask[] } => JSON.parse(execFileSync(process.execPath, [join(setDir, 'set.mjs')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
const scoreRankings = (tasks: RelevanceTask[], rankings: Record<string, string[]>): Scores =>
  JSON.parse(execFileSync(process.execPath, [join(setDir, 'metrics.mjs'), '--score'], { input: JSON.stringify({ tasks, rankings }), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }));
const floors: { postgres: { ndcg10: number; recall20: number } } = JSON.parse(readFileSync(join(setDir, 'floor.json'), 'utf8'));

const queryString = (query: RelevanceTask['query']) =>
  new URLSearchParams({ ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)])), pageSize: '20' }).toString();

/**
 * Relevance floors of the offer search on the embedded engine: the whole set goes through the
 * real import (one tenant per organisation, profile with address and service areas, commit and
 * publish), the real relay and GET /api/v1/search/offers; the means of nDCG@10 and recall@20 must
 * stay at or above bench/relevance/floor.json (raised by whoever improves the engine).
 */
describe('search relevance: the judged test set stays above its floors (postgres)', () => {
  let stack: TenancyStack;
  const set = loadSet();
  let scores: Scores;

  beforeAll(async () => {
    stack = await startTenancyStack();
    await loadRegions(stack.db.ownerUrl, join(root, 'data/regions'));
    const user = await stack.seedUser('redaktion@relevanz.example');
    const editor = stack.client();
    for (const file of set.files) {
      const org = file.organisation;
      const tenant = await stack.seedTenant(file.slug, { name: org.name, type: org.additionalType });
      await stack.addMember(tenant.id, user.id, 'admin');
      if (!editor.cookies.size) await editor.login(user.email);
      const profile = await editor.put(`/tenants/${tenant.id}/profile`, {
        description: org.description ?? null,
        address: org.address?.postalCode ? { street: org.address.streetAddress ?? null, postalCode: org.address.postalCode, locality: org.address.addressLocality ?? null } : null,
        serviceAreas: (org.areaServed ?? []).map((a: { identifier: string }) => a.identifier),
        topics: org.knowsAbout ?? [],
        website: org.url ?? null,
        email: org.email ?? null,
        phone: org.telephone ?? null,
        reviewByParent: false,
        staleAfterDays: null,
      });
      if (profile.status !== 200) throw new Error(`${file.slug}: profile ${profile.status} ${JSON.stringify(profile.body)}`);
      const run = await runImport(editor, tenant.id, file.document, 'mode=commit&publish=true');
      if (run.status !== 'succeeded') throw new Error(`${file.slug}: import ${run.status} ${JSON.stringify(run.issues.slice(0, 5))}`);
    }
    // The worker's relay indexes every published offer (the outbox is empty then).
    await eventually(async () => ((await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM index_outbox WHERE processed_at IS NULL`))[0]?.n === 0 ? true : undefined), 30_000, 'search indexing');
    const offers = await stack.sql<{ id: string; external_id: string; status: string }>(`SELECT id::text, external_id, status FROM offer`);
    const published = offers.filter((o) => o.status === 'published').length;
    const expected = set.files.reduce((n, f) => n + f.offerIds.length, 0);
    if (published !== expected) throw new Error(`published ${published} of ${expected} offers`);
    const externalIdOf = new Map(offers.map((o) => [o.id, o.external_id]));

    const rankings: Record<string, string[]> = {};
    const anonymous = stack.client();
    for (const task of set.tasks) {
      const response = await anonymous.get(`/search/offers?${queryString(task.query)}`);
      if (response.status !== 200) throw new Error(`${task.id}: ${response.status} ${JSON.stringify(response.body)}`);
      rankings[task.id] = [...response.body.items, ...(response.body.fallback ?? [])].map((hit: { id: string }) => externalIdOf.get(hit.id) ?? hit.id);
    }
    scores = scoreRankings(set.tasks, rankings);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('judges at least 50 tasks over at least 80 offers, each task with a relevant offer of the set', () => {
    const offerIds = new Set(set.files.flatMap((f) => f.offerIds));
    expect(offerIds.size).toBeGreaterThanOrEqual(80);
    expect(set.tasks.length).toBeGreaterThanOrEqual(50);
    for (const task of set.tasks) {
      expect({ task: task.id, relevant: Object.values(task.judgements).some((g) => g >= 1) }).toEqual({ task: task.id, relevant: true });
      expect({ task: task.id, unknown: Object.keys(task.judgements).filter((id) => !offerIds.has(id)) }).toEqual({ task: task.id, unknown: [] });
    }
  });

  it(`mean nDCG@10 and recall@20 stay at or above bench/relevance/floor.json`, () => {
    const measured = { ndcg10: Number(scores.means.ndcg10.toFixed(3)), recall20: Number(scores.means.recall20.toFixed(3)) };
    // One line for the log, so a raised floor can be read off a CI run.
    process.stdout.write(`relevance (postgres, ${scores.means.tasks} tasks): nDCG@10 ${measured.ndcg10}, recall@20 ${measured.recall20}\n`);
    expect(scores.means.ndcg10).toBeGreaterThanOrEqual(floors.postgres.ndcg10);
    expect(scores.means.recall20).toBeGreaterThanOrEqual(floors.postgres.recall20);
  });
});
