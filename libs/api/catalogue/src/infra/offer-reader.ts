import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Offer, OfferStatus, OfferSummary, PartnerOrganisation, Session, TenantType } from '@knotenpunkt/shared/contracts';

interface OfferRow {
  id: string;
  slug: string;
  external_id: string;
  status: OfferStatus;
  kind: Offer['kind'];
  title: string;
  abstract: string | null;
  plain_language_summary: string | null;
  description: string | null;
  topics: Offer['topics'];
  audiences: Offer['audiences'];
  languages: string[];
  prerequisites: string | null;
  admission_rules: string | null;
  price_amount: string | null;
  price_currency: string;
  is_free: boolean;
  free_for: Offer['audiences'];
  certificate: Offer['certificate'];
  funders: string[];
  contact: Offer['contact'];
  url: string | null;
  links: Offer['links'];
  next_session_at: Date | null;
  last_session_end: Date | null;
  published_at: Date | null;
  updated_at: Date;
  review_comment: string | null;
  tenant_id: string;
  tenant_slug: string;
  tenant_name: string;
  tenant_type: TenantType;
}

interface PartnerRow {
  id: string;
  external_id: string;
  name: string;
  type: TenantType;
  url: string | null;
  email: string | null;
  phone: string | null;
  linked_slug: string | null;
  linked_name: string | null;
}

const OFFER_COLUMNS = `o.id, o.slug, o.external_id, o.status, o.kind, o.title, o.abstract, o.plain_language_summary, o.description, o.topics, o.audiences,
  o.languages, o.prerequisites, o.admission_rules, o.price_amount, o.price_currency, o.is_free, o.free_for, o.certificate, o.funders, o.contact, o.url,
  o.links, o.next_session_at, o.last_session_end, o.published_at, o.updated_at, o.review_comment,
  t.id AS tenant_id, t.slug AS tenant_slug, t.name AS tenant_name, t.type AS tenant_type`;

export function toPartner(row: PartnerRow): PartnerOrganisation {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    type: row.type,
    url: row.url,
    email: row.email,
    phone: row.phone,
    tenant: row.linked_slug ? { slug: row.linked_slug, name: row.linked_name as string } : null,
  };
}

export const PARTNER_COLUMNS = `p.id, p.external_id, p.name, p.type, p.url, p.email, p.phone, lt.slug AS linked_slug, lt.name AS linked_name`;
export const PARTNER_JOIN = `LEFT JOIN tenant lt ON lt.id = p.linked_tenant_id`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function summaryOf(row: OfferRow): Omit<OfferSummary, 'sessionCount' | 'modes'> {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    kind: row.kind,
    title: row.title,
    abstract: row.abstract,
    topics: row.topics,
    audiences: row.audiences,
    price: { amount: row.price_amount === null ? null : Number(row.price_amount), currency: row.price_currency, isFree: row.is_free, freeFor: row.free_for },
    provider: { id: row.tenant_id, slug: row.tenant_slug, name: row.tenant_name, type: row.tenant_type },
    nextSessionStartsAt: iso(row.next_session_at),
    lastSessionEndsAt: iso(row.last_session_end),
    publishedAt: iso(row.published_at),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * Reads offers with their parts. Row-level security decides what the caller's context may see;
 * these queries add no visibility rules of their own.
 */
@Injectable()
export class OfferReader {
  async full(manager: EntityManager, ids: readonly string[], options: { withReview?: boolean } = {}): Promise<Offer[]> {
    if (ids.length === 0) return [];
    const rows: OfferRow[] = await manager.query(`SELECT ${OFFER_COLUMNS} FROM offer o JOIN tenant t ON t.id = o.tenant_id WHERE o.id = ANY($1::uuid[])`, [ids]);
    const found = rows.map((r) => r.id);
    // One connection per transaction: the three reads run one after another.
    const partners = (await       manager.query(
        `SELECT op.offer_id, op.role, ${PARTNER_COLUMNS} FROM offer_partner op JOIN partner_organisation p ON p.id = op.partner_id ${PARTNER_JOIN}
          WHERE op.offer_id = ANY($1::uuid[]) ORDER BY op.offer_id, op.position`,
        [found],
      )) as (PartnerRow & { offer_id: string; role: string })[];
    const modules = (await manager.query(
        `SELECT m.offer_id, m.id AS module_id, m.position, m.external_id AS module_external_id, m.title, m.description, m.partner_id, ${PARTNER_COLUMNS}
           FROM offer_module m LEFT JOIN partner_organisation p ON p.id = m.partner_id ${PARTNER_JOIN}
          WHERE m.offer_id = ANY($1::uuid[]) ORDER BY m.offer_id, m.position`,
        [found],
      )) as (PartnerRow & { offer_id: string; module_id: string; position: number; module_external_id: string | null; title: string; description: string | null; partner_id: string | null })[];
    const sessions = (await manager.query(
        `SELECT s.*, to_char(s.registration_deadline, 'YYYY-MM-DD') AS registration_deadline, r.name AS region_name FROM offer_session s LEFT JOIN region r ON r.key = s.region_key
          WHERE s.offer_id = ANY($1::uuid[]) ORDER BY s.offer_id, s.position`,
        [found],
      )) as SessionRow[];
    const now = Date.now();
    const byOffer = <T extends { offer_id: string }>(list: T[]) => {
      const map = new Map<string, T[]>();
      for (const item of list) map.set(item.offer_id, [...(map.get(item.offer_id) ?? []), item]);
      return map;
    };
    const partnersOf = byOffer(partners);
    const modulesOf = byOffer(modules);
    const sessionsOf = byOffer(sessions);
    const offers = rows.map((row): Offer => ({
      ...summaryOf(row),
      externalId: row.external_id,
      plainLanguageSummary: row.plain_language_summary,
      description: row.description,
      languages: row.languages,
      prerequisites: row.prerequisites,
      admissionRules: row.admission_rules,
      certificate: row.certificate,
      funders: row.funders,
      contact: row.contact,
      url: row.url,
      links: row.links,
      partners: (partnersOf.get(row.id) ?? []).map((p) => ({ ...toPartner(p), role: p.role })),
      modules: (modulesOf.get(row.id) ?? []).map((m) => ({
        id: m.module_id,
        position: m.position,
        externalId: m.module_external_id,
        title: m.title,
        description: m.description,
        partnerId: m.partner_id,
        partner: m.partner_id ? toPartner(m) : null,
      })),
      sessions: (sessionsOf.get(row.id) ?? []).map((s) => toSession(s, now)),
      ...(options.withReview ? { reviewComment: row.review_comment } : {}),
    }));
    const order = new Map(ids.map((id, i) => [id, i]));
    return offers.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }

  /** Summaries with session counts and modes; `where` is SQL over o (offer) with $n params after the paging ones. */
  async summaries(manager: EntityManager, where: string, params: unknown[], page: { page: number; pageSize: number }, orderBy = 'o.updated_at DESC, o.id'): Promise<{ items: OfferSummary[]; total: number }> {
    const rows: (OfferRow & { session_count: number; modes: OfferSummary['modes'] | null; total: string })[] = await manager.query(
      `SELECT ${OFFER_COLUMNS}, count(*) OVER () AS total,
              (SELECT count(*)::int FROM offer_session s WHERE s.offer_id = o.id) AS session_count,
              (SELECT array_agg(DISTINCT s.mode ORDER BY s.mode) FROM offer_session s WHERE s.offer_id = o.id) AS modes
         FROM offer o JOIN tenant t ON t.id = o.tenant_id
        WHERE ${where}
        ORDER BY ${orderBy} LIMIT $1 OFFSET $2`,
      [page.pageSize, (page.page - 1) * page.pageSize, ...params],
    );
    let total = Number(rows[0]?.total ?? 0);
    if (rows.length === 0 && page.page > 1) {
      const counted: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM offer o JOIN tenant t ON t.id = o.tenant_id WHERE ${where.replace(/\$(\d+)/g, (_m, n) => `$${Number(n) - 2}`)}`, params);
      total = counted[0]?.n ?? 0;
    }
    return { items: rows.map((r) => ({ ...summaryOf(r), sessionCount: r.session_count, modes: r.modes ?? [] })), total };
  }
}

interface SessionRow {
  offer_id: string;
  id: string;
  external_id: string;
  module_position: number | null;
  starts_at_text: string;
  ends_at_text: string;
  ends_at: Date;
  mode: Session['mode'];
  venue_name: string | null;
  street: string | null;
  postal_code: string | null;
  locality: string | null;
  region_key: string | null;
  region_name: string | null;
  lat: number | null;
  lon: number | null;
  exact_point: boolean;
  online_url: string | null;
  capacity: number | null;
  free_places: number | null;
  registration_deadline: string | null;
  schedule: Session['schedule'];
  instructors: string[];
}

function toSession(s: SessionRow, now: number): Session {
  return {
    id: s.id,
    externalId: s.external_id,
    modulePosition: s.module_position,
    startsAt: s.starts_at_text,
    endsAt: s.ends_at_text,
    mode: s.mode,
    venue:
      s.postal_code || s.venue_name
        ? {
            name: s.venue_name,
            street: s.street,
            postalCode: s.postal_code,
            locality: s.locality,
            // Only a point given by the provider is part of the offer; the PLZ centre is ours.
            lat: s.exact_point ? s.lat : null,
            lon: s.exact_point ? s.lon : null,
            regionKey: s.region_key,
            regionName: s.region_name,
            point: s.lat !== null && s.lon !== null ? { lat: s.lat, lon: s.lon } : null,
          }
        : null,
    onlineUrl: s.online_url,
    capacity: s.capacity,
    freePlaces: s.free_places,
    registrationDeadline: s.registration_deadline,
    schedule: s.schedule,
    instructors: s.instructors,
    past: s.ends_at.getTime() < now,
  };
}
