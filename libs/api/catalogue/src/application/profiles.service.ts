import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { runAs, runInTenant } from '@knotenpunkt/api/core/database';
import { RequestValidationError, type Principal, type TenantAccess } from '@knotenpunkt/api/core/http';
import { ancestorKeys } from '@knotenpunkt/shared/geo';
import {
  translateValidationMessage,
  type OrganisationProfile,
  type OrganisationProfileInput,
  type OwnOrganisationProfile,
  type PartnerInput,
  type PartnerOrganisation,
} from '@knotenpunkt/shared/contracts';
import { newPartnerExternalId } from '../domain/canonical-offer';
import { recordAudit } from '../infra/catalogue-audit';
import { OfferReader } from '../infra/offer-reader';
import { OffersRepository } from '../infra/offers.repository';
import { PartnersRepository } from '../infra/partners.repository';
import { ProfilesRepository, type ProfileRecord } from '../infra/profiles.repository';
import { CatalogueErrors } from './errors';
import type { RequestContext } from './offers.service';

export function publicProfile(record: ProfileRecord): OrganisationProfile {
  const { status: _s, externalId: _e, reviewByParent: _r, staleAfterDays: _d, ...rest } = record;
  return rest;
}

/** Organisation profiles (public face of a tenant) and the partners a tenant names on offers. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfilesRepository,
    private readonly partners: PartnersRepository,
    private readonly reader: OfferReader,
    private readonly offers: OffersRepository,
  ) {}

  async own(access: TenantAccess): Promise<OwnOrganisationProfile> {
    const record = await runInTenant(this.dataSource, access.tenantId, null, (tx) => this.profiles.byTenantId(tx.manager, tx.tenantId));
    if (!record) throw CatalogueErrors.organisationNotFound();
    const { status: _s, externalId: _e, ...own } = record;
    return own;
  }

  async update(principal: Principal, access: TenantAccess, input: OrganisationProfileInput, context: RequestContext): Promise<OwnOrganisationProfile> {
    await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const problems: { path: string; message: Parameters<typeof translateValidationMessage>[0] }[] = [];
      const unknownAreas = await this.profiles.unknownRegionKeys(tx.manager, input.serviceAreas);
      input.serviceAreas.forEach((key, i) => {
        if (unknownAreas.includes(key)) problems.push({ path: `serviceAreas.${i}`, message: 'catalogue.region.unknown' });
      });
      if (input.address && (await this.profiles.unknownPostalCodes(tx.manager, [input.address.postalCode])).size) problems.push({ path: 'address.postalCode', message: 'catalogue.postalCode.unknown' });
      if (problems.length) throw new RequestValidationError('body', problems.map((p) => ({ ...p, message: translateValidationMessage(p.message, context.language), code: 'custom' })));
      const record = await this.profiles.byTenantId(tx.manager, tx.tenantId);
      if (input.reviewByParent && !record?.parent) throw CatalogueErrors.noParent();
      await this.profiles.upsert(tx, input);
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'organisation.profile-updated', target: `tenant:${tx.tenantId}`, details: { reviewByParent: input.reviewByParent, staleAfterDays: input.staleAfterDays } });
    });
    return this.own(access);
  }

  /** Public profile with the first page of its current offers. */
  async publicBySlug(slug: string, page: { page: number; pageSize: number }) {
    return runAs(this.dataSource, {}, async (manager) => {
      const record = await this.profiles.bySlug(manager, slug);
      if (!record || record.status !== 'active') throw CatalogueErrors.organisationNotFound();
      const offers = await this.reader.summaries(manager, `o.tenant_id = $3 AND o.status = 'published'`, [record.tenant.id], page, 'o.next_session_at NULLS LAST, o.title, o.id');
      return { ...publicProfile(record), offers: { ...offers, ...page } };
    });
  }

  async list(query: { type?: string; topic?: string; region?: string; page: number; pageSize: number }) {
    return runAs(this.dataSource, {}, async (manager) => {
      // An organisation serving the Land serves every Kreis in it, and one serving a Kreis is relevant for the Land.
      const regionKeys = query.region ? await this.relatedRegionKeys(manager, query.region) : undefined;
      const result = await this.profiles.list(manager, { ...query, regionKeys });
      return { items: result.items.map(publicProfile), total: result.total, page: query.page, pageSize: query.pageSize };
    });
  }

  listPartners(access: TenantAccess, query: { q?: string; page: number; pageSize: number }) {
    return runInTenant(this.dataSource, access.tenantId, null, (tx) => this.partners.list(tx, query));
  }

  async createPartner(principal: Principal, access: TenantAccess, input: PartnerInput, context: RequestContext): Promise<PartnerOrganisation> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const id = randomUUID();
      const externalId = input.externalId ?? newPartnerExternalId(id);
      if ((await this.partners.byExternalIds(tx, [externalId])).size) throw CatalogueErrors.partnerExists();
      await this.partners.insert(tx, id, externalId, input);
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'partner.created', target: `partner:${id}`, details: { name: input.name } });
      return (await this.partners.byId(tx, id)) as PartnerOrganisation;
    });
  }

  async updatePartner(principal: Principal, access: TenantAccess, id: string, input: PartnerInput, context: RequestContext): Promise<PartnerOrganisation> {
    return runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      if (!(await this.partners.update(tx, id, input))) throw CatalogueErrors.partnerNotFound();
      // Published offers show the partner's name: search must pick up the change.
      const offers: { id: string }[] = await tx.manager.query(
        `SELECT DISTINCT o.id FROM offer o LEFT JOIN offer_partner op ON op.offer_id = o.id LEFT JOIN offer_module m ON m.offer_id = o.id
          WHERE o.tenant_id = $1 AND o.status = 'published' AND (op.partner_id = $2 OR m.partner_id = $2)`,
        [tx.tenantId, id],
      );
      await this.offers.announce(tx.manager, tx.tenantId, offers.map((o) => o.id));
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'partner.updated', target: `partner:${id}`, details: { name: input.name } });
      return (await this.partners.byId(tx, id)) as PartnerOrganisation;
    });
  }

  async deletePartner(principal: Principal, access: TenantAccess, id: string, context: RequestContext): Promise<void> {
    await runInTenant(this.dataSource, access.tenantId, principal.userId, async (tx) => {
      const outcome = await this.partners.delete(tx, id);
      if (outcome === 'missing') throw CatalogueErrors.partnerNotFound();
      if (outcome === 'in-use') throw CatalogueErrors.partnerInUse();
      await recordAudit(tx.manager, context, { tenantId: tx.tenantId, actorUserId: principal.userId, action: 'partner.deleted', target: `partner:${id}` });
    });
  }

  private async relatedRegionKeys(manager: Parameters<ProfilesRepository['unknownRegionKeys']>[0], key: string): Promise<string[]> {
    const below: { key: string }[] = await manager.query(
      `WITH RECURSIVE down(key) AS (SELECT key FROM region WHERE key = $1 UNION SELECT r.key FROM region r JOIN down ON r.parent_key = down.key) SELECT key FROM down`,
      [key],
    );
    return [...new Set([...ancestorKeys(key), ...below.map((r) => r.key)])];
  }
}
