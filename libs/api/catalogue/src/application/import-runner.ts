import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { runInTenant, type TenantTx } from '@knotenpunkt/api/core/database';
import {
  offerInputSchema,
  partnerInputSchema,
  publishProblems,
  translateValidationMessage,
  type ImportIssue,
  type ImportSummary,
  type Language,
  type OfferInput,
  type PartnerInput,
} from '@knotenpunkt/shared/contracts';
import { canonicalOffer, derivedSessionId, hashOf, offerSlug } from '../domain/canonical-offer';
import { exchangePropertyOf, readExchangeDocument, type ImportedOffer } from '../domain/jsonld-import';
import { editable, nextStatus } from '../domain/offer-workflow';
import { recordAudit } from '../infra/catalogue-audit';
import { ImportsRepository } from '../infra/imports.repository';
import { OffersRepository } from '../infra/offers.repository';
import { OfferWriter, type OfferWrite } from '../infra/offer-writer';
import { PartnersRepository } from '../infra/partners.repository';
import { ProfilesRepository } from '../infra/profiles.repository';
import { referenceProblems } from './offer-checks';

export const MAX_IMPORT_OFFERS = 20_000;
const LISTED_ISSUES = 500;
const WRITE_BATCH = 1000;

const errorMaps: Record<Language, z.core.$ZodErrorMap> = { de: z.locales.de().localeError, en: z.locales.en().localeError };

/** Thrown inside the import transaction to roll it back (dry run, or errors found). */
class Rollback extends Error {}

interface Outcome {
  summary: ImportSummary;
  issues: ImportIssue[];
  errors: number;
}

function emptySummary(): ImportSummary {
  const counts = () => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });
  return { offers: counts(), partners: counts(), sessions: { created: 0, updated: 0, deleted: 0, unchanged: 0 }, items: [] };
}

/**
 * Runs one import file in ONE transaction: partners, offers, sessions. Any error rolls all of
 * it back; a dry run rolls back even without errors, so its report is exactly what a commit
 * would do. Identity is the `@id`: the same node again updates (or is unchanged), never duplicates.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger(ImportRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportsRepository,
    private readonly offers: OffersRepository,
    private readonly writer: OfferWriter,
    private readonly partners: PartnersRepository,
    private readonly profiles: ProfilesRepository,
  ) {}

  async run(tenantId: string, runId: string): Promise<{ status: 'succeeded' | 'failed' | 'skipped'; summary?: ImportSummary }> {
    const claimed = await runInTenant(this.dataSource, tenantId, null, (tx) => this.imports.claim(tx, runId));
    if (!claimed) return { status: 'skipped' };
    const progress = (percent: number) => runInTenant(this.dataSource, tenantId, null, (tx) => this.imports.progress(tx.manager, runId, percent)).catch(() => undefined);
    let outcome: Outcome;
    let applied = false;
    try {
      const result = await this.execute(tenantId, claimed, progress);
      outcome = result.outcome;
      applied = result.applied;
    } catch (error) {
      this.logger.error({ err: error, runId }, 'import failed');
      outcome = { summary: emptySummary(), errors: 1, issues: [{ severity: 'error', node: '(document)', property: null, message: claimed.language === 'de' ? 'Der Import ist an einem internen Fehler gescheitert; es wurde nichts geändert.' : 'The import failed with an internal error; nothing was changed.' }] };
    }
    const ok = outcome.errors === 0;
    await runInTenant(this.dataSource, tenantId, null, (tx) =>
      this.imports.finish(tx.manager, runId, { ok, applied, summary: outcome.summary, issues: outcome.issues.slice(0, LISTED_ISSUES), issueCount: outcome.issues.length, clearSource: claimed.mode === 'commit' }),
    );
    return { status: ok ? 'succeeded' : 'failed', summary: outcome.summary };
  }

  private async execute(
    tenantId: string,
    run: { mode: 'dry-run' | 'commit'; source: string; language: Language; publish: boolean },
    progress: (percent: number) => Promise<unknown>,
  ): Promise<{ outcome: Outcome; applied: boolean }> {
    const language = run.language;
    const say = (message: string) => translateValidationMessage(message, language);
    const summary = emptySummary();
    const issues: ImportIssue[] = [];
    const error = (node: string, property: string | null, message: string) => issues.push({ severity: 'error', node, property, message: say(message) });

    let doc: unknown;
    try {
      doc = JSON.parse(run.source);
    } catch (e) {
      error('(document)', null, `${say('catalogue.import.json')}: ${(e as Error).message}`);
      return { outcome: { summary, issues, errors: 1 }, applied: false };
    }
    let outcome: Outcome = { summary, issues, errors: 0 };
    let applied = false;
    try {
      await runInTenant(this.dataSource, tenantId, null, async (tx) => {
        const profile = await this.profiles.byTenantId(tx.manager, tenantId);
        const graph = readExchangeDocument(doc, profile?.externalId ?? null);
        for (const i of graph.issues) issues.push({ ...i, message: say(i.message) });
        if (graph.offers.length > MAX_IMPORT_OFFERS) error('(document)', '@graph', 'catalogue.import.tooLarge');
        await progress(10);

        const partnerIds = await this.importPartners(tx, graph.partners, summary, (node, property, message) => error(node, property, message), language);
        const prepared = await this.prepareOffers(tx, graph.offers, partnerIds, issues, language, summary);
        await progress(40);
        // Planned even when the file has errors: the report then says what the rest would do.
        const reviewRequired = profile?.reviewByParent === true && profile.parent !== null;
        const writes = this.plan(prepared, run.publish, reviewRequired, summary, issues, language);
        outcome = { summary, issues, errors: issues.filter((i) => i.severity === 'error').length };
        if (outcome.errors > 0) throw new Rollback();

        for (let i = 0; i < writes.length; i += WRITE_BATCH) {
          const counts = await this.writer.write(tx, writes.slice(i, i + WRITE_BATCH));
          summary.sessions.created += counts.created;
          summary.sessions.updated += counts.updated;
          summary.sessions.deleted += counts.deleted;
          summary.sessions.unchanged += counts.unchanged;
          await progress(40 + (55 * (i + WRITE_BATCH)) / Math.max(writes.length, 1));
        }
        summary.sessions.unchanged += prepared.filter((p) => p.action === 'unchanged').reduce((n, p) => n + p.input.sessions.length, 0);
        await this.recordChanges(tx, writes, prepared);
        if (graph.ownNode && !profile?.externalId) await this.profiles.setExternalId(tx, graph.ownNode);
        await recordAudit(tx.manager, null, { tenantId, actorUserId: null, action: run.mode === 'commit' ? 'import.applied' : 'import.dry-run-done', target: `tenant:${tenantId}`, details: { offers: summary.offers, partners: summary.partners } });
        outcome = { summary, issues, errors: 0 };
        if (run.mode === 'dry-run') throw new Rollback();
        applied = true;
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
    return { outcome, applied };
  }

  /** Upserts the partner organisations of the file; returns `@id` → partner id. */
  private async importPartners(
    tx: TenantTx,
    partners: { node: string; input: PartnerInput }[],
    summary: ImportSummary,
    error: (node: string, property: string | null, message: string) => void,
    language: Language,
  ): Promise<Map<string, string>> {
    const existing = await this.partners.byExternalIds(tx, partners.map((p) => p.node));
    const ids = new Map<string, string>();
    for (const { node, input } of partners) {
      const parsed = partnerInputSchema.safeParse(input, { error: errorMaps[language] });
      if (!parsed.success) {
        for (const i of parsed.error.issues) error(node, ({ name: 'name', url: 'url', email: 'email', phone: 'telephone', type: 'additionalType' } as Record<string, string>)[String(i.path[0])] ?? String(i.path[0]), i.message);
        summary.partners.rejected++;
        continue;
      }
      const before = existing.get(node);
      if (!before) {
        const id = randomUUID();
        await this.partners.insert(tx, id, node, parsed.data);
        ids.set(node, id);
        summary.partners.created++;
        continue;
      }
      ids.set(node, before.id);
      const same = before.name === parsed.data.name && before.type === parsed.data.type && before.url === parsed.data.url && before.email === parsed.data.email && before.phone === parsed.data.phone;
      if (same) summary.partners.unchanged++;
      else {
        await this.partners.update(tx, before.id, parsed.data);
        summary.partners.updated++;
      }
    }
    return ids;
  }

  private async prepareOffers(tx: TenantTx, offers: ImportedOffer[], partnerIds: Map<string, string>, issues: ImportIssue[], language: Language, summary: ImportSummary) {
    const say = (message: string) => translateValidationMessage(message, language);
    const parsed: { offer: ImportedOffer; input: OfferInput }[] = [];
    const rejected = new Set<string>();
    for (const offer of offers) {
      const raw = {
        ...offer.input,
        // Unknown references are reported already; a placeholder keeps the rest checkable.
        partners: (offer.input.partners ?? []).map((p) => ({ ...p, partnerId: partnerIds.get(p.partnerId) ?? '00000000-0000-4000-8000-000000000000' })),
        modules: (offer.input.modules ?? []).map((m) => ({ ...m, partnerId: m.partnerId ? (partnerIds.get(m.partnerId) ?? '00000000-0000-4000-8000-000000000000') : null })),
      };
      const result = offerInputSchema.safeParse(raw, { error: errorMaps[language] });
      if (!result.success) {
        for (const i of result.error.issues) issues.push({ severity: 'error', node: offer.node, property: exchangePropertyOf(offer, i.path), message: say(i.message) });
        rejected.add(offer.node);
        continue;
      }
      parsed.push({ offer, input: result.data });
    }
    const problems = await referenceProblems(tx, parsed.map((p) => p.input), { partners: this.partners, profiles: this.profiles });
    parsed.forEach((p, index) => {
      for (const problem of problems[index] ?? []) {
        if (problem.message === 'catalogue.partner.unknown') continue; // reported as a reference already
        issues.push({ severity: 'error', node: p.offer.node, property: exchangePropertyOf(p.offer, problem.path), message: say(problem.message) });
        rejected.add(p.offer.node);
      }
    });
    for (const node of rejected) {
      summary.offers.rejected++;
      summary.items.push({ node, title: offers.find((o) => o.node === node)?.title ?? '', action: 'reject' });
    }
    const existing = await this.offers.byExternalIds(tx, parsed.map((p) => p.offer.node));
    return parsed
      .filter((p) => !rejected.has(p.offer.node))
      .map((p) => {
        const canonical = canonicalOffer(p.input, (s) => derivedSessionId(p.offer.node, s));
        const hash = hashOf(canonical);
        const before = existing.get(p.offer.node) ?? null;
        const action: 'create' | 'update' | 'unchanged' | 'locked' = !before ? 'create' : !editable(before.status) ? 'locked' : before.contentHash === hash ? 'unchanged' : 'update';
        return { node: p.offer.node, title: p.input.title, input: canonical, hash, before, action };
      });
  }

  private plan(prepared: Awaited<ReturnType<ImportRunner['prepareOffers']>>, publish: boolean, reviewRequired: boolean, summary: ImportSummary, issues: ImportIssue[], language: Language): OfferWrite[] {
    const say = (message: string) => translateValidationMessage(message, language);
    const now = Date.now();
    const writes: OfferWrite[] = [];
    for (const p of prepared) {
      if (p.action === 'locked') {
        issues.push({ severity: 'warning', node: p.node, property: null, message: language === 'de' ? `Nicht aktualisiert: das Angebot ist ${p.before?.status === 'submitted' ? 'zur Prüfung eingereicht' : 'archiviert'}.` : `Not updated: the offer is ${p.before?.status}.` });
        summary.offers.rejected++;
        summary.items.push({ node: p.node, title: p.title, action: 'reject' });
        continue;
      }
      let status = p.before?.status ?? 'draft';
      if (publish && (status === 'draft' || status === 'past')) {
        const problems = publishProblems(p.input, now);
        if (problems.length === 0) status = nextStatus('submit', status, reviewRequired) ?? status;
        else for (const problem of problems) issues.push({ severity: 'warning', node: p.node, property: exchangePropertyOf({ paths: new Map() }, [problem.path]), message: say(problem.message) });
      }
      if (p.action === 'unchanged' && status === p.before?.status) {
        summary.offers.unchanged++;
        summary.items.push({ node: p.node, title: p.title, action: 'unchanged' });
        continue;
      }
      const id = p.before?.id ?? randomUUID();
      writes.push({ id, isNew: !p.before, externalId: p.node, slug: p.before?.slug ?? offerSlug(p.title, id), status, input: p.input, hash: p.hash });
      if (p.before) summary.offers.updated++;
      else summary.offers.created++;
      summary.items.push({ node: p.node, title: p.title, action: p.before ? 'update' : 'create' });
    }
    return writes;
  }

  private async recordChanges(tx: TenantTx, writes: OfferWrite[], prepared: Awaited<ReturnType<ImportRunner['prepareOffers']>>): Promise<void> {
    const before = new Map(prepared.map((p) => [p.node, p.before?.status ?? null]));
    const byTransition = new Map<string, string[]>();
    for (const w of writes) {
      const key = `${before.get(w.externalId) ?? ''}>${w.status}`;
      const list = byTransition.get(key) ?? [];
      list.push(w.id);
      byTransition.set(key, list);
    }
    for (const [key, ids] of byTransition) {
      const [from, to] = key.split('>') as [string, string];
      await this.offers.recordEvent(tx.manager, { offerIds: ids, tenantId: tx.tenantId, actorTenantId: tx.tenantId, actorUserId: tx.userId, action: 'imported', from: (from || null) as never, to: to as never });
    }
    // Everything published now or before may look different in search.
    await this.offers.announce(tx.manager, tx.tenantId, writes.filter((w) => w.status === 'published' || before.get(w.externalId) === 'published').map((w) => w.id));
  }
}
