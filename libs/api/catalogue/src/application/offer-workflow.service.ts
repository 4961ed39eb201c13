import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs, runInTenant } from '@knotenpunkt/api/core/database';
import { RequestValidationError, type Principal, type TenantAccess } from '@knotenpunkt/api/core/http';
import { offerInputSchema, publishProblems, translateValidationMessage, type Offer, type OfferInput, type OfferStatus } from '@knotenpunkt/shared/contracts';
import { nextStatus, searchRelevant, type WorkflowAction } from '../domain/offer-workflow';
import { recordAudit } from '../infra/catalogue-audit';
import { OfferReader } from '../infra/offer-reader';
import { OffersRepository } from '../infra/offers.repository';
import { ProfilesRepository } from '../infra/profiles.repository';
import { CatalogueErrors } from './errors';
import type { RequestContext } from './offers.service';

/** Rebuilds the input form of a stored offer, to check it against the publishing rules. */
export function inputOf(offer: Offer): OfferInput {
  return offerInputSchema.parse({
    ...offer,
    partners: offer.partners.map((p) => ({ partnerId: p.id, role: p.role })),
    modules: offer.modules.map((m) => ({ externalId: m.externalId, title: m.title, description: m.description, partnerId: m.partnerId })),
    sessions: offer.sessions.map((s) => ({ ...s, venue: s.venue ? { name: s.venue.name, street: s.venue.street, postalCode: s.venue.postalCode, locality: s.venue.locality, lat: s.venue.lat, lon: s.venue.lon } : null })),
  });
}

/**
 * Moves offers through draft → submitted → published → past/archived. Providers act in their
 * own tenant; reviewers act in the umbrella tenant on submissions of its members.
 */
@Injectable()
export class OfferWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersRepository,
    private readonly reader: OfferReader,
    private readonly profiles: ProfilesRepository,
  ) {}

  /** submit, withdraw, archive, reopen: the provider's own actions. */
  async providerAction(principal: Principal, access: TenantAccess, id: string, action: Exclude<WorkflowAction, 'approve' | 'return'>, context: RequestContext): Promise<Offer> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const meta = await this.offers.meta(tx, id, { lock: true });
      if (!meta) throw CatalogueErrors.offerNotFound();
      const profile = await this.profiles.byTenantId(tx.manager, tx.tenantId);
      const review = action === 'submit' && (profile?.reviewByParent ?? false);
      if (review && !profile?.parent) throw CatalogueErrors.noParent();
      const to = nextStatus(action, meta.status, review);
      if (!to) throw CatalogueErrors.transitionRefused(action, meta.status);
      if (action === 'submit') {
        const [offer] = await this.reader.full(tx.manager, [id]);
        const problems = publishProblems(inputOf(offer as Offer), Date.now());
        if (problems.length) {
          throw Object.assign(
            new RequestValidationError('body', problems.map((p) => ({ path: p.path, message: translateValidationMessage(p.message, context.language), code: 'offer-incomplete' }))),
            { code: 'offer-incomplete' },
          );
        }
      }
      await this.offers.setStatus(tx.manager, id, to, { submitted: to === 'submitted', reviewComment: action === 'submit' ? null : undefined });
      await this.offers.recordEvent(tx.manager, { offerIds: [id], tenantId: tx.tenantId, actorTenantId: tx.tenantId, actorUserId: principal.userId, action, from: meta.status, to });
      if (searchRelevant(meta.status, to)) await this.offers.announce(tx.manager, tx.tenantId, [id]);
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: `offer.${action}`, target: `offer:${id}`, details: { from: meta.status, to } });
      const [offer] = await this.reader.full(tx.manager, [id], { withReview: true });
      return offer as Offer;
    });
  }

  /** The review queue of an umbrella: submissions of its member organisations, oldest first. */
  queue(access: TenantAccess, page: { page: number; pageSize: number }) {
    return runAs(this.dataSource, { tenantId: access.tenantId }, async (manager) => {
      const result = await this.reader.summaries(manager, `o.status = 'submitted' AND t.parent_id = $3`, [access.tenantId], page, 'o.submitted_at, o.id');
      const submitted: { id: string; submitted_at: Date | null }[] = result.items.length
        ? await manager.query(`SELECT id, submitted_at FROM offer WHERE id = ANY($1::uuid[])`, [result.items.map((i) => i.id)])
        : [];
      const at = new Map(submitted.map((s) => [s.id, s.submitted_at?.toISOString() ?? null]));
      return { items: result.items.map((i) => ({ ...i, submittedAt: at.get(i.id) ?? null })), total: result.total };
    });
  }

  /** A submission as the reviewer sees it (full content). */
  reviewItem(access: TenantAccess, id: string): Promise<Offer> {
    return runAs(this.dataSource, { tenantId: access.tenantId }, async (manager) => {
      const meta = await this.offers.submittedOfMember(manager, id);
      if (!meta) throw CatalogueErrors.offerNotFound();
      const [offer] = await this.reader.full(manager, [id], { withReview: true });
      return offer as Offer;
    });
  }

  async review(principal: Principal, access: TenantAccess, id: string, decision: { action: 'approve' } | { action: 'return'; comment: string }, context: RequestContext): Promise<Offer> {
    return runAs(this.dataSource, { tenantId: access.tenantId, userId: principal.userId }, async (manager) => {
      const meta = await this.offers.submittedOfMember(manager, id);
      if (!meta) throw CatalogueErrors.offerNotFound();
      const to = nextStatus(decision.action, meta.status, true) as OfferStatus;
      const comment = decision.action === 'return' ? decision.comment : null;
      // Read first: a returned draft is no longer visible to the reviewer.
      const [before] = await this.reader.full(manager, [id]);
      if (!(await this.offers.decideReview(manager, id, to as 'published' | 'draft', comment))) throw CatalogueErrors.offerNotFound();
      await this.offers.recordEvent(manager, { offerIds: [id], tenantId: meta.tenantId, actorTenantId: access.tenantId, actorUserId: principal.userId, action: decision.action, from: meta.status, to, comment });
      if (searchRelevant(meta.status, to)) await this.offers.announce(manager, meta.tenantId, [id]);
      await recordAudit(manager, context, { tenantId: access.tenantId, actorUserId: principal.userId, action: `offer.review-${decision.action}`, target: `offer:${id}`, details: { memberTenantId: meta.tenantId, title: meta.title, comment } });
      return { ...(before as Offer), status: to, reviewComment: comment };
    });
  }
}
