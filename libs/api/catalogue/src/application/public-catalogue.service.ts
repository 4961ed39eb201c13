import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs } from '@knotenpunkt/api/core/database';
import type { Offer } from '@knotenpunkt/shared/contracts';
import { courseNode, exchangeDocument, type ExportedOrganisation } from '../domain/jsonld-export';
import { OfferReader } from '../infra/offer-reader';
import { OffersRepository } from '../infra/offers.repository';
import { ProfilesRepository, type ProfileRecord } from '../infra/profiles.repository';
import { CatalogueErrors } from './errors';

const EXPORT_BATCH = 1000;

export function exportedOrganisation(profile: ProfileRecord, parentExternalId: string | null): ExportedOrganisation {
  return {
    externalId: profile.externalId ?? `urn:knotenpunkt:org:${profile.tenant.slug}`,
    name: profile.tenant.name,
    type: profile.tenant.type,
    description: profile.description,
    url: profile.website,
    email: profile.email,
    phone: profile.phone,
    address: profile.address ? { street: profile.address.street, postalCode: profile.address.postalCode, locality: profile.address.locality } : null,
    serviceAreas: profile.serviceAreas.map((a) => a.key),
    topics: profile.topics,
    parentExternalId,
    logoUrl: profile.logoUrl,
  };
}

/** What anyone may read: published (and past) offers, and the exchange file of an organisation. */
@Injectable()
export class PublicCatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersRepository,
    private readonly reader: OfferReader,
    private readonly profiles: ProfilesRepository,
  ) {}

  offer(idOrSlug: string): Promise<Offer> {
    return runAs(this.dataSource, {}, async (manager) => {
      const id = await this.offers.publicIdOf(manager, idOrSlug);
      const [offer] = id ? await this.reader.full(manager, [id]) : [];
      if (!offer) throw CatalogueErrors.offerNotFound();
      return offer;
    });
  }

  /** The offer as schema.org JSON-LD, as embedded in its public page. */
  async offerJsonLd(idOrSlug: string): Promise<Record<string, unknown>> {
    const offer = await this.offer(idOrSlug);
    const org = await this.organisationOf(offer.provider.slug);
    const node = courseNode(offer, org.externalId);
    return { '@context': 'https://schema.org', ...node, provider: { '@type': 'Organization', '@id': org.externalId, name: org.name, url: org.url ?? undefined } };
  }

  list(query: { organisation?: string; topic?: string; audience?: string; includePast: boolean; page: number; pageSize: number }) {
    return runAs(this.dataSource, {}, async (manager) => {
      const where = [query.includePast ? `o.status IN ('published', 'past')` : `o.status = 'published'`, `t.status = 'active'`];
      const params: unknown[] = [];
      if (query.organisation) where.push(`t.slug = $${params.push(query.organisation) + 2}`);
      if (query.topic) where.push(`$${params.push(query.topic) + 2} = ANY(o.topics)`);
      if (query.audience) where.push(`$${params.push(query.audience) + 2} = ANY(o.audiences)`);
      const result = await this.reader.summaries(manager, where.join(' AND '), params, query, 'o.next_session_at NULLS LAST, o.title, o.id');
      return { ...result, page: query.page, pageSize: query.pageSize };
    });
  }

  /** Every published offer of an organisation as one exchange document (shared/spec/offer-exchange.md). */
  exportOf(slug: string, options: { tenantId?: string } = {}): Promise<Record<string, unknown>> {
    return runAs(this.dataSource, { tenantId: options.tenantId ?? null }, async (manager) => {
      const org = await this.organisationOf(slug);
      const ids: { id: string }[] = await manager.query(
        `SELECT o.id FROM offer o JOIN tenant t ON t.id = o.tenant_id WHERE t.slug = $1 AND o.status = 'published' ORDER BY o.created_at, o.id`,
        [slug],
      );
      const offers: Offer[] = [];
      for (let i = 0; i < ids.length; i += EXPORT_BATCH) offers.push(...(await this.reader.full(manager, ids.slice(i, i + EXPORT_BATCH).map((r) => r.id))));
      return exchangeDocument(org, offers);
    });
  }

  async slugOfTenant(tenantId: string): Promise<string> {
    const rows: { slug: string }[] = await this.dataSource.query(`SELECT slug FROM tenant WHERE id = $1`, [tenantId]);
    if (!rows[0]) throw CatalogueErrors.organisationNotFound();
    return rows[0].slug;
  }

  private async organisationOf(slug: string): Promise<ExportedOrganisation> {
    return runAs(this.dataSource, {}, async (manager) => {
      const profile = await this.profiles.bySlug(manager, slug);
      if (!profile || profile.status !== 'active') throw CatalogueErrors.organisationNotFound();
      const parent = profile.parent ? await this.profiles.bySlug(manager, profile.parent.slug) : null;
      return exportedOrganisation(profile, parent ? exportedOrganisation(parent, null).externalId : null);
    });
  }
}
