import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import type { OrganisationProfileInput, OwnOrganisationProfile, TenantType } from '@knotenpunkt/shared/contracts';

interface ProfileRow {
  tenant_id: string;
  slug: string;
  name: string;
  type: TenantType;
  status: 'active' | 'suspended';
  parent_id: string | null;
  parent_slug: string | null;
  parent_name: string | null;
  external_id: string | null;
  description: string | null;
  street: string | null;
  postal_code: string | null;
  locality: string | null;
  region_key: string | null;
  region_name: string | null;
  region_level: string | null;
  service_areas: { key: string; name: string; level: string }[] | null;
  topics: OwnOrganisationProfile['topics'] | null;
  audiences: OwnOrganisationProfile['audiences'] | null;
  contact_points: OwnOrganisationProfile['contactPoints'] | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  logo_url: string | null;
  review_by_parent: boolean | null;
  stale_after_days: number | null;
  updated_at: Date | null;
}

/** A tenant always has a profile: without a row, its fields are empty. */
const SELECT = `SELECT t.id AS tenant_id, t.slug, t.name, t.type, t.status, p.id AS parent_id, p.slug AS parent_slug, p.name AS parent_name,
         op.external_id, op.description, op.street, op.postal_code, op.locality, op.region_key, r.name AS region_name, r.level AS region_level,
         (SELECT json_agg(json_build_object('key', a.key, 'name', a.label, 'level', a.level) ORDER BY array_position(op.service_areas, a.key))
            FROM region a WHERE a.key = ANY(op.service_areas)) AS service_areas,
         op.topics, op.audiences, op.contact_points, op.website, op.email, op.phone, op.logo_url, op.review_by_parent, op.stale_after_days, op.updated_at
    FROM tenant t
    LEFT JOIN tenant p ON p.id = t.parent_id
    LEFT JOIN organisation_profile op ON op.tenant_id = t.id
    LEFT JOIN region r ON r.key = op.region_key`;

export type ProfileRecord = OwnOrganisationProfile & { status: 'active' | 'suspended'; externalId: string | null };

function toProfile(row: ProfileRow): ProfileRecord {
  return {
    tenant: { id: row.tenant_id, slug: row.slug, name: row.name, type: row.type },
    parent: row.parent_id ? { id: row.parent_id, slug: row.parent_slug as string, name: row.parent_name as string } : null,
    status: row.status,
    externalId: row.external_id,
    description: row.description,
    address: row.postal_code
      ? { street: row.street, postalCode: row.postal_code, locality: row.locality, region: row.region_key ? { key: row.region_key, name: row.region_name as string, level: row.region_level as string } : null }
      : null,
    serviceAreas: row.service_areas ?? [],
    topics: row.topics ?? [],
    audiences: row.audiences ?? [],
    contactPoints: row.contact_points ?? [],
    website: row.website,
    email: row.email,
    phone: row.phone,
    logoUrl: row.logo_url,
    reviewByParent: row.review_by_parent ?? false,
    staleAfterDays: row.review_by_parent === null ? 90 : row.stale_after_days,
    updatedAt: row.updated_at ? row.updated_at.toISOString() : null,
  };
}

@Injectable()
export class ProfilesRepository {
  async byTenantId(manager: EntityManager, tenantId: string): Promise<ProfileRecord | null> {
    const rows: ProfileRow[] = await manager.query(`${SELECT} WHERE t.id = $1`, [tenantId]);
    return rows[0] ? toProfile(rows[0]) : null;
  }

  async bySlug(manager: EntityManager, slug: string): Promise<ProfileRecord | null> {
    const rows: ProfileRow[] = await manager.query(`${SELECT} WHERE t.slug = $1`, [slug]);
    return rows[0] ? toProfile(rows[0]) : null;
  }

  /**
   * What partner search indexes: the public profile of each active tenant asked for, its
   * address point and how many published offers it has with a session still to come. Ids of
   * unknown or suspended tenants are left out (the indexer removes them).
   */
  async forSearch(manager: EntityManager, tenantIds: string[]): Promise<{ record: ProfileRecord; lat: number | null; lon: number | null; currentOffers: number }[]> {
    if (tenantIds.length === 0) return [];
    const rows: (ProfileRow & { lat: number | null; lon: number | null; current_offers: number })[] = await manager.query(
      `${SELECT.replace('SELECT t.id AS tenant_id', `SELECT op.lat, op.lon,
          (SELECT count(*)::int FROM offer o WHERE o.tenant_id = t.id AND o.status = 'published' AND (o.last_session_end IS NULL OR o.last_session_end >= now())) AS current_offers,
          t.id AS tenant_id`)} WHERE t.id = ANY($1::uuid[]) AND t.status = 'active'`,
      [tenantIds],
    );
    return rows.map((row) => ({ record: toProfile(row), lat: row.lat, lon: row.lon, currentOffers: row.current_offers }));
  }

  /** Active tenant ids after `after`, in id order (for a full partner reindex). */
  async activeTenantIds(manager: EntityManager, after: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM tenant WHERE status = 'active' AND id > $1 ORDER BY id LIMIT $2`, [after, limit]);
    return rows.map((r) => r.id);
  }

  async list(manager: EntityManager, query: { type?: string; topic?: string; regionKeys?: string[]; page: number; pageSize: number }): Promise<{ items: ProfileRecord[]; total: number }> {
    const where = [`t.status = 'active'`];
    const params: unknown[] = [query.pageSize, (query.page - 1) * query.pageSize];
    if (query.type) where.push(`t.type = $${params.push(query.type)}`);
    if (query.topic) where.push(`$${params.push(query.topic)} = ANY(op.topics)`);
    if (query.regionKeys) where.push(`op.service_areas && $${params.push(query.regionKeys)}::varchar[]`);
    const rows: (ProfileRow & { total: string })[] = await manager.query(
      `${SELECT.replace('SELECT t.id AS tenant_id', 'SELECT count(*) OVER () AS total, t.id AS tenant_id')} WHERE ${where.join(' AND ')} ORDER BY t.name, t.id LIMIT $1 OFFSET $2`,
      params,
    );
    return { items: rows.map(toProfile), total: Number(rows[0]?.total ?? 0) };
  }

  async upsert(tx: TenantTx, input: OrganisationProfileInput): Promise<void> {
    await tx.manager.query(
      `INSERT INTO organisation_profile AS op (tenant_id, description, street, postal_code, locality, region_key, lat, lon, service_areas, topics, audiences,
                                               contact_points, website, email, phone, logo_url, review_by_parent, stale_after_days, updated_by, updated_at)
       SELECT $1, $2, $3, $4::varchar, $5, (SELECT pr.region_key FROM postal_code_region pr WHERE pr.plz = $4 ORDER BY pr.region_key LIMIT 1),
              pc.lat, pc.lon, $6::varchar[], $7::text[], $8::text[], $9::jsonb, $10, $11, $12, $13, $14, $15, $16, now()
         FROM (SELECT 1) one LEFT JOIN postal_code pc ON pc.plz = $4
       ON CONFLICT (tenant_id) DO UPDATE SET description = EXCLUDED.description, street = EXCLUDED.street, postal_code = EXCLUDED.postal_code,
          locality = EXCLUDED.locality, region_key = EXCLUDED.region_key, lat = EXCLUDED.lat, lon = EXCLUDED.lon, service_areas = EXCLUDED.service_areas,
          topics = EXCLUDED.topics, audiences = EXCLUDED.audiences, contact_points = EXCLUDED.contact_points, website = EXCLUDED.website, email = EXCLUDED.email,
          phone = EXCLUDED.phone, logo_url = EXCLUDED.logo_url, review_by_parent = EXCLUDED.review_by_parent, stale_after_days = EXCLUDED.stale_after_days,
          updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        tx.tenantId, input.description, input.address?.street ?? null, input.address?.postalCode ?? null, input.address?.locality ?? null,
        input.serviceAreas, input.topics, input.audiences, JSON.stringify(input.contactPoints), input.website, input.email, input.phone, input.logoUrl,
        input.reviewByParent, input.staleAfterDays, tx.userId,
      ],
    );    // Partner search learns of the change in the same transaction (outbox, architecture rule 3).
    await tx.manager.query(`INSERT INTO index_outbox (tenant_id, entity, entity_id) VALUES ($1, 'organisation', $1)`, [tx.tenantId]);
  }

  /** Remembers the organisation's own `@id` from its first import. */
  async setExternalId(tx: TenantTx, externalId: string): Promise<void> {
    await tx.manager.query(
      `INSERT INTO organisation_profile (tenant_id, external_id) VALUES ($1, $2) ON CONFLICT (tenant_id) DO UPDATE SET external_id = EXCLUDED.external_id`,
      [tx.tenantId, externalId],
    );
  }

  /** Which of these region keys and postal codes exist. */
  async unknownRegionKeys(manager: EntityManager, keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows: { key: string }[] = await manager.query(`SELECT key FROM region WHERE key = ANY($1::varchar[])`, [keys]);
    const known = new Set(rows.map((r) => r.key));
    return keys.filter((k) => !known.has(k));
  }

  async unknownPostalCodes(manager: EntityManager, codes: readonly string[]): Promise<Set<string>> {
    const distinct = [...new Set(codes)];
    if (distinct.length === 0) return new Set();
    const rows: { plz: string }[] = await manager.query(`SELECT plz FROM postal_code WHERE plz = ANY($1::varchar[])`, [distinct]);
    const known = new Set(rows.map((r) => r.plz));
    return new Set(distinct.filter((c) => !known.has(c)));
  }
}
