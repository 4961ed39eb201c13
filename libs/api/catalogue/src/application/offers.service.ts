import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { runInTenant, type TenantTx } from '@knotenpunkt/api/core/database';
import { RequestValidationError, type Principal, type TenantAccess } from '@knotenpunkt/api/core/http';
import { translateValidationMessage, type Language, type Offer, type OfferInput, type OfferSummary } from '@knotenpunkt/shared/contracts';
import { canonicalOffer, hashOf, newOfferExternalId, newSessionExternalId, offerSlug } from '../domain/canonical-offer';
import { deletable, editable } from '../domain/offer-workflow';
import { recordAudit, type AuditContext } from '../infra/catalogue-audit';
import { OfferReader } from '../infra/offer-reader';
import { OffersRepository } from '../infra/offers.repository';
import { OfferWriter } from '../infra/offer-writer';
import { PartnersRepository } from '../infra/partners.repository';
import { ProfilesRepository } from '../infra/profiles.repository';
import { CatalogueErrors } from './errors';
import { referenceProblems } from './offer-checks';

export interface RequestContext extends AuditContext {
  language: Language;
}

/** An editor's offers: create, read, replace, delete, list (workflow: OfferWorkflowService). */
@Injectable()
export class OffersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersRepository,
    private readonly reader: OfferReader,
    private readonly writer: OfferWriter,
    private readonly partners: PartnersRepository,
    private readonly profiles: ProfilesRepository,
  ) {}

  list(access: TenantAccess, query: { status?: string; q?: string; page: number; pageSize: number }): Promise<{ items: OfferSummary[]; total: number }> {
    return runInTenant(this.dataSource, access.tenantId, null, (tx) => {
      const where = ['o.tenant_id = $3'];
      const params: unknown[] = [tx.tenantId];
      if (query.status) where.push(`o.status = $${params.push(query.status) + 2}`);
      if (query.q) where.push(`lower(o.title) LIKE '%' || lower($${params.push(query.q) + 2}) || '%'`);
      return this.reader.summaries(tx.manager, where.join(' AND '), params, query);
    });
  }

  async get(access: TenantAccess, id: string): Promise<Offer & { history: Awaited<ReturnType<OffersRepository['history']>> }> {
    return runInTenant(this.dataSource, access.tenantId, null, async (tx) => {
      const meta = await this.offers.meta(tx, id);
      if (!meta) throw CatalogueErrors.offerNotFound();
      const [offer] = await this.reader.full(tx.manager, [id], { withReview: true });
      return { ...(offer as Offer), history: await this.offers.history(tx, id) };
    });
  }

  async create(principal: Principal, access: TenantAccess, input: OfferInput, context: RequestContext): Promise<Offer> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      await this.check(tx, input, context.language);
      const id = randomUUID();
      const externalId = newOfferExternalId(id);
      const canonical = canonicalOffer(input, () => newSessionExternalId());
      await this.writer.write(tx, [{ id, isNew: true, externalId, slug: offerSlug(input.title, id), status: 'draft', input: canonical, hash: hashOf(canonical) }]);
      await this.offers.recordEvent(tx.manager, { offerIds: [id], tenantId: tx.tenantId, actorTenantId: tx.tenantId, actorUserId: principal.userId, action: 'created', from: null, to: 'draft' });
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'offer.created', target: `offer:${id}`, details: { title: input.title, kind: input.kind } });
      return this.readOne(tx, id);
    });
  }

  async replace(principal: Principal, access: TenantAccess, id: string, input: OfferInput, context: RequestContext): Promise<Offer> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const meta = await this.offers.meta(tx, id, { lock: true });
      if (!meta) throw CatalogueErrors.offerNotFound();
      if (!editable(meta.status)) throw CatalogueErrors.offerLocked(meta.status);
      await this.check(tx, input, context.language);
      const canonical = canonicalOffer(input, () => newSessionExternalId());
      const hash = hashOf(canonical);
      if (hash !== meta.contentHash) {
        await this.writer.write(tx, [{ id, isNew: false, externalId: meta.externalId, slug: meta.slug, status: meta.status, input: canonical, hash }]);
        // A published offer changed: search must show the new content.
        if (meta.status === 'published') await this.offers.announce(tx.manager, tx.tenantId, [id]);
        await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'offer.updated', target: `offer:${id}`, details: { title: input.title, status: meta.status } });
      }
      return this.readOne(tx, id);
    });
  }

  async delete(principal: Principal, access: TenantAccess, id: string, context: RequestContext): Promise<void> {
    await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const meta = await this.offers.meta(tx, id, { lock: true });
      if (!meta) throw CatalogueErrors.offerNotFound();
      if (!deletable(meta.status, meta.everPublished)) throw CatalogueErrors.notDeletable();
      await this.offers.delete(tx, id);
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'offer.deleted', target: `offer:${id}`, details: { title: meta.title } });
    });
  }

  private async readOne(tx: TenantTx, id: string): Promise<Offer> {
    const [offer] = await this.reader.full(tx.manager, [id], { withReview: true });
    if (!offer) throw CatalogueErrors.offerNotFound();
    return offer;
  }

  private async check(tx: TenantTx, input: OfferInput, language: Language): Promise<void> {
    const [problems = []] = await referenceProblems(tx, [input], { partners: this.partners, profiles: this.profiles });
    if (problems.length) {
      throw new RequestValidationError(
        'body',
        problems.map((p) => ({ path: p.path.join('.'), message: translateValidationMessage(p.message, language), code: 'custom' })),
      );
    }
  }
}
