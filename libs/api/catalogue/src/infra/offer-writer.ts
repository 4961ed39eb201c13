import { Injectable } from '@nestjs/common';
import type { TenantTx } from '@knotenpunkt/api/core/database';
import { endInstantOf, instantOf, isDateOnly, type OfferStatus } from '@knotenpunkt/shared/contracts';
import { hashOf, sessionBounds, type CanonicalOffer, type CanonicalSession } from '../domain/canonical-offer';

/** One offer to write: new (insert) or existing (replace its content). */
export interface OfferWrite {
  id: string;
  isNew: boolean;
  externalId: string;
  slug: string;
  status: OfferStatus;
  input: CanonicalOffer;
  hash: string;
}

export interface SessionCounts {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

const CHUNK = 1000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function sessionHash(s: CanonicalSession): string {
  return hashOf(s);
}

/**
 * Writes offers with their modules, partners and sessions in set-based statements (a thousand
 * rows per statement), inside the caller's tenant transaction. Sessions keep their ids across
 * edits by external id, so later registrations stay attached.
 */
@Injectable()
export class OfferWriter {
  async write(tx: TenantTx, offers: readonly OfferWrite[], now = Date.now()): Promise<SessionCounts> {
    const counts: SessionCounts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    if (offers.length === 0) return counts;
    const existingSessions = await this.existingSessions(tx, offers.filter((o) => !o.isNew).map((o) => o.id));

    const offerRows = offers.map((o) => {
      const bounds = sessionBounds(o.input.sessions, now);
      const i = o.input;
      return {
        id: o.id, external_id: o.externalId, slug: o.slug, kind: i.kind, status: o.status, title: i.title, abstract: i.abstract,
        plain_language_summary: i.plainLanguageSummary, description: i.description, topics: i.topics, audiences: i.audiences, languages: i.languages,
        prerequisites: i.prerequisites, admission_rules: i.admissionRules, price_amount: i.price.amount, price_currency: i.price.currency,
        is_free: i.price.isFree, free_for: i.price.freeFor, certificate: i.certificate, funders: i.funders, contact: i.contact, url: i.url, links: i.links,
        content_hash: o.hash, next_session_at: bounds.nextStartsAt?.toISOString() ?? null, last_session_end: bounds.lastEndsAt?.toISOString() ?? null,
      };
    });
    const recordset = `jsonb_to_recordset($1::jsonb) AS r(id uuid, external_id text, slug text, kind text, status text, title text, abstract text,
      plain_language_summary text, description text, topics text[], audiences text[], languages text[], prerequisites text, admission_rules text,
      price_amount numeric, price_currency text, is_free boolean, free_for text[], certificate jsonb, funders text[], contact jsonb, url text, links jsonb,
      content_hash text, next_session_at timestamptz, last_session_end timestamptz)`;
    const isNew = new Set(offers.filter((o) => o.isNew).map((o) => o.id));
    for (const batch of chunks(offerRows.filter((r) => isNew.has(r.id)))) {
      await tx.manager.query(
        `INSERT INTO offer (id, tenant_id, external_id, slug, kind, status, title, abstract, plain_language_summary, description, topics, audiences, languages,
                            prerequisites, admission_rules, price_amount, price_currency, is_free, free_for, certificate, funders, contact, url, links,
                            content_hash, next_session_at, last_session_end, published_at, created_by, updated_by)
         SELECT r.id, $2, r.external_id, r.slug, r.kind, r.status, r.title, r.abstract, r.plain_language_summary, r.description, r.topics, r.audiences, r.languages,
                r.prerequisites, r.admission_rules, r.price_amount, r.price_currency, r.is_free, r.free_for, r.certificate, r.funders, r.contact, r.url, r.links,
                r.content_hash, r.next_session_at, r.last_session_end, CASE WHEN r.status = 'published' THEN now() END, $3, $3
           FROM ${recordset}`,
        [JSON.stringify(batch), tx.tenantId, tx.userId],
      );
    }
    for (const batch of chunks(offerRows.filter((r) => !isNew.has(r.id)))) {
      await tx.manager.query(
        `UPDATE offer o SET kind = r.kind, status = r.status, title = r.title, abstract = r.abstract, plain_language_summary = r.plain_language_summary,
                description = r.description, topics = r.topics, audiences = r.audiences, languages = r.languages, prerequisites = r.prerequisites,
                admission_rules = r.admission_rules, price_amount = r.price_amount, price_currency = r.price_currency, is_free = r.is_free, free_for = r.free_for,
                certificate = r.certificate, funders = r.funders, contact = r.contact, url = r.url, links = r.links, content_hash = r.content_hash,
                next_session_at = r.next_session_at, last_session_end = r.last_session_end,
                published_at = CASE WHEN r.status = 'published' AND o.status <> 'published' THEN now() ELSE o.published_at END,
                updated_by = $2, updated_at = now()
           FROM ${recordset} WHERE o.id = r.id AND o.tenant_id = $3`,
        [JSON.stringify(batch), tx.userId, tx.tenantId],
      );
    }

    const changed = offers.filter((o) => !o.isNew).map((o) => o.id);
    // Modules: upsert by position, drop the ones past the new end.
    const moduleRows = offers.flatMap((o) => o.input.modules.map((m, i) => ({ offer_id: o.id, position: i + 1, external_id: m.externalId, title: m.title, description: m.description, partner_id: m.partnerId })));
    if (changed.length) {
      await tx.manager.query(
        `DELETE FROM offer_module m USING jsonb_to_recordset($1::jsonb) AS r(id uuid, n int) WHERE m.offer_id = r.id AND m.position > r.n`,
        [JSON.stringify(offers.filter((o) => !o.isNew).map((o) => ({ id: o.id, n: o.input.modules.length })))],
      );
      await tx.manager.query(`DELETE FROM offer_partner WHERE offer_id = ANY($1::uuid[])`, [changed]);
    }
    for (const batch of chunks(moduleRows)) {
      await tx.manager.query(
        `INSERT INTO offer_module (offer_id, tenant_id, position, external_id, title, description, partner_id)
         SELECT r.offer_id, $2, r.position, r.external_id, r.title, r.description, r.partner_id
           FROM jsonb_to_recordset($1::jsonb) AS r(offer_id uuid, position int, external_id text, title text, description text, partner_id uuid)
         ON CONFLICT (offer_id, position) DO UPDATE SET external_id = EXCLUDED.external_id, title = EXCLUDED.title,
            description = EXCLUDED.description, partner_id = EXCLUDED.partner_id`,
        [JSON.stringify(batch), tx.tenantId],
      );
    }
    const partnerRows = offers.flatMap((o) => o.input.partners.map((p, i) => ({ offer_id: o.id, partner_id: p.partnerId, role: p.role, position: i + 1 })));
    for (const batch of chunks(partnerRows)) {
      await tx.manager.query(
        `INSERT INTO offer_partner (offer_id, partner_id, tenant_id, role, position)
         SELECT r.offer_id, r.partner_id, $2, r.role, r.position FROM jsonb_to_recordset($1::jsonb) AS r(offer_id uuid, partner_id uuid, role text, position int)`,
        [JSON.stringify(batch), tx.tenantId],
      );
    }

    // Sessions: keep, update, add or remove by external id.
    const sessionRows: Record<string, unknown>[] = [];
    const keep: { offer_id: string; external_id: string }[] = [];
    for (const o of offers) {
      const before = existingSessions.get(o.id) ?? new Map<string, string>();
      o.input.sessions.forEach((s, position) => {
        const hash = sessionHash(s);
        keep.push({ offer_id: o.id, external_id: s.externalId });
        const previous = before.get(s.externalId);
        if (previous === hash) {
          counts.unchanged++;
          return;
        }
        if (previous === undefined) counts.created++;
        else counts.updated++;
        sessionRows.push({
          offer_id: o.id, external_id: s.externalId, module_position: s.modulePosition, position: position + 1,
          starts_at_text: s.startsAt, ends_at_text: s.endsAt,
          starts_at: new Date(instantOf(s.startsAt)).toISOString(),
          ends_at: new Date(isDateOnly(s.endsAt) ? endInstantOf(s.endsAt) : instantOf(s.endsAt)).toISOString(),
          mode: s.mode, venue_name: s.venue?.name ?? null, street: s.venue?.street ?? null, postal_code: s.venue?.postalCode ?? null,
          locality: s.venue?.locality ?? null, lat: s.venue?.lat ?? null, lon: s.venue?.lon ?? null, online_url: s.onlineUrl,
          capacity: s.capacity, free_places: s.freePlaces, registration_deadline: s.registrationDeadline, schedule: s.schedule,
          instructors: s.instructors, content_hash: hash,
        });
      });
      counts.deleted += [...before.keys()].filter((id) => !o.input.sessions.some((s) => s.externalId === id)).length;
    }
    if (changed.length) {
      await tx.manager.query(
        `DELETE FROM offer_session s WHERE s.offer_id = ANY($2::uuid[])
            AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS k(offer_id uuid, external_id text) WHERE k.offer_id = s.offer_id AND k.external_id = s.external_id)`,
        [JSON.stringify(keep.filter((k) => !isNew.has(k.offer_id))), changed],
      );
    }
    for (const batch of chunks(sessionRows)) {
      await tx.manager.query(
        `INSERT INTO offer_session (offer_id, tenant_id, external_id, module_position, position, starts_at_text, ends_at_text, starts_at, ends_at, mode,
                                    venue_name, street, postal_code, locality, region_key, lat, lon, exact_point, online_url, capacity, free_places,
                                    registration_deadline, schedule, instructors, content_hash)
         SELECT r.offer_id, $2, r.external_id, r.module_position, r.position, r.starts_at_text, r.ends_at_text, r.starts_at, r.ends_at, r.mode,
                r.venue_name, r.street, r.postal_code, r.locality,
                (SELECT pr.region_key FROM postal_code_region pr WHERE pr.plz = r.postal_code ORDER BY pr.region_key LIMIT 1),
                coalesce(r.lat, pc.lat), coalesce(r.lon, pc.lon), r.lat IS NOT NULL, r.online_url, r.capacity, r.free_places,
                r.registration_deadline, r.schedule, r.instructors, r.content_hash
           FROM jsonb_to_recordset($1::jsonb) AS r(offer_id uuid, external_id text, module_position int, position int, starts_at_text text, ends_at_text text,
                starts_at timestamptz, ends_at timestamptz, mode text, venue_name text, street text, postal_code text, locality text, lat float8, lon float8,
                online_url text, capacity int, free_places int, registration_deadline date, schedule jsonb, instructors text[], content_hash text)
           LEFT JOIN postal_code pc ON pc.plz = r.postal_code
         ON CONFLICT (offer_id, external_id) DO UPDATE SET module_position = EXCLUDED.module_position, position = EXCLUDED.position,
            starts_at_text = EXCLUDED.starts_at_text, ends_at_text = EXCLUDED.ends_at_text, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
            mode = EXCLUDED.mode, venue_name = EXCLUDED.venue_name, street = EXCLUDED.street, postal_code = EXCLUDED.postal_code, locality = EXCLUDED.locality,
            region_key = EXCLUDED.region_key, lat = EXCLUDED.lat, lon = EXCLUDED.lon, exact_point = EXCLUDED.exact_point, online_url = EXCLUDED.online_url,
            capacity = EXCLUDED.capacity, free_places = EXCLUDED.free_places, registration_deadline = EXCLUDED.registration_deadline,
            schedule = EXCLUDED.schedule, instructors = EXCLUDED.instructors, content_hash = EXCLUDED.content_hash`,
        [JSON.stringify(batch), tx.tenantId],
      );
    }
    return counts;
  }

  /** offer id → (session external id → content hash). */
  private async existingSessions(tx: TenantTx, offerIds: string[]): Promise<Map<string, Map<string, string>>> {
    const map = new Map<string, Map<string, string>>();
    for (const batch of chunks(offerIds, 5000)) {
      const rows: { offer_id: string; external_id: string; content_hash: string }[] = await tx.manager.query(
        `SELECT offer_id, external_id, content_hash FROM offer_session WHERE offer_id = ANY($1::uuid[])`,
        [batch],
      );
      for (const row of rows) {
        const inner = map.get(row.offer_id) ?? new Map<string, string>();
        inner.set(row.external_id, row.content_hash);
        map.set(row.offer_id, inner);
      }
    }
    return map;
  }
}
