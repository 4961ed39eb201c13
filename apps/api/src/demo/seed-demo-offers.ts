import { DataSource } from 'typeorm';
import { standaloneImports } from '@knotenpunkt/api/catalogue';
import { demoOfferDocuments } from './demo-offers';

export interface DemoOfferReport {
  offers: { created: number; updated: number; unchanged: number };
  sessions: number;
  published: number;
}

/** Public profiles of the demo organisations (invented; real postal codes so regions resolve). */
const demoProfiles: Record<string, { description: string; street: string; postalCode: string; locality: string; serviceAreas: string[]; topics: string[]; audiences: string[] }> = {
  'demo-landesorganisation': {
    description: 'Dachverband der freien Träger der Erwachsenenbildung (Demo). Koordiniert landesweite Qualifizierungen, die Mitglieder gemeinsam durchführen.',
    street: 'Bahnhofstraße 27', postalCode: '99084', locality: 'Erfurt', serviceAreas: ['16', '15'],
    topics: ['migration-counselling', 'volunteer-management', 'networking'], audiences: ['professionals', 'multipliers'],
  },
  'demo-vhs': {
    description: 'Volkshochschule mit einem Schwerpunkt auf Fortbildungen für Ehrenamtliche in der Arbeit mit Geflüchteten (Demo).',
    street: 'Parkstraße 12', postalCode: '99867', locality: 'Gotha', serviceAreas: ['16067', '16051'],
    topics: ['intercultural-competence', 'asylum-law', 'language-support'], audiences: ['volunteers', 'general-public'],
  },
  'demo-wohlfahrt': {
    description: 'Bildungswerk eines Wohlfahrtsverbands: Migrationsberatung, traumasensible Arbeit und Qualifizierung von Integrationsbegleiter*innen (Demo).',
    street: 'Erfurter Straße 30', postalCode: '99867', locality: 'Gotha', serviceAreas: ['16', '13'],
    topics: ['migration-counselling', 'trauma', 'counselling-methods'], audiences: ['professionals', 'volunteers', 'migrants'],
  },
  'demo-migrantenverein': {
    description: 'Verein von Migrant*innen: Empowerment, digitale Vereinsarbeit und Antirassismus-Workshops auf Anfrage (Demo).',
    street: 'Eisenbahnstraße 70', postalCode: '04315', locality: 'Leipzig', serviceAreas: ['14713', '14'],
    topics: ['empowerment-self-organisation', 'anti-discrimination', 'digital-skills'], audiences: ['migrant-organisations', 'migrants'],
  },
  'demo-kommune': {
    description: 'Integrationskoordination des Landkreises: Vernetzungstreffen und Ehrenamtsforum (Demo).',
    street: 'Kreishausstraße 2', postalCode: '99867', locality: 'Gotha', serviceAreas: ['16067'],
    topics: ['networking', 'volunteer-management'], audiences: ['administration', 'volunteers'],
  },
};

/**
 * Loads the demo offers through the regular import pipeline (validation, all-or-nothing,
 * identity by @id), so a second run changes nothing. Complete drafts are submitted, which for
 * the demo organisations (no review configured) publishes them.
 */
export async function seedDemoOffers(ownerUrl: string): Promise<DemoOfferReport> {
  const dataSource = new DataSource({ type: 'postgres', url: ownerUrl, applicationName: 'knotenpunkt-seed-demo' });
  await dataSource.initialize();
  // Counting across tenants needs platform context (the catalogue tables force row-level security).
  const platformCount = async (sql: string, params: unknown[]) =>
    dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('app.platform', 'on', true)`);
      return (await m.query(sql, params)) as { n: number }[];
    });
  const report: DemoOfferReport = { offers: { created: 0, updated: 0, unchanged: 0 }, sessions: 0, published: 0 };
  try {
    const imports = standaloneImports(dataSource);
    for (const { tenantSlug, document } of demoOfferDocuments) {
      const rows: { id: string; name: string }[] = await dataSource.query(`SELECT id, name FROM tenant WHERE slug = $1`, [tenantSlug]);
      const tenant = rows[0];
      if (!tenant) throw new Error(`demo offers: tenant ${tenantSlug} is missing (run the tenancy demo seed first)`);
      const present = await platformCount(
        `SELECT count(*)::int AS n FROM offer WHERE tenant_id = $1 AND external_id LIKE 'urn:demo:%'`,
        [tenant.id],
      );
      // Like the rest of the demo seed: what exists is left exactly as it is (no new import run either).
      if ((present[0]?.n ?? 0) > 0) {
        report.offers.unchanged += present[0]?.n ?? 0;
        continue;
      }
      await seedProfile(dataSource, tenant.id, tenantSlug);
      const result = await imports.run(tenant.id, document, { mode: 'commit', publish: true, fileName: `demo-${tenantSlug}.jsonld` });
      if (result.status !== 'succeeded' && result.status !== 'skipped') {
        const errors = result.issues.filter((i) => i.severity === 'error').map((i) => `${i.node} ${i.property ?? ''}: ${i.message}`);
        throw new Error(`demo offers of ${tenantSlug} were refused:\n  ${errors.join('\n  ')}`);
      }
      report.offers.created += result.summary.offers.created;
      report.offers.updated += result.summary.offers.updated;
      report.offers.unchanged += result.summary.offers.unchanged;
      report.sessions += result.summary.sessions.created;
    }
    const published = await platformCount(`SELECT count(*)::int AS n FROM offer WHERE status = 'published'`, []);
    report.published = published[0]?.n ?? 0;
  } finally {
    await dataSource.destroy();
  }
  return report;
}

async function seedProfile(dataSource: DataSource, tenantId: string, slug: string): Promise<void> {
  const profile = demoProfiles[slug];
  if (!profile) return;
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    // Only where there is no profile yet: an edited demo profile stays as it is.
    await manager.query(
      `INSERT INTO organisation_profile (tenant_id, description, street, postal_code, locality, region_key, lat, lon, service_areas, topics, audiences)
       SELECT $1, $2, $3, $4::varchar, $5, (SELECT region_key FROM postal_code_region WHERE plz = $4 ORDER BY region_key LIMIT 1), pc.lat, pc.lon, $6::varchar[], $7::text[], $8::text[]
         FROM (SELECT 1) one LEFT JOIN postal_code pc ON pc.plz = $4
       ON CONFLICT (tenant_id) DO NOTHING`,
      [tenantId, profile.description, profile.street, profile.postalCode, profile.locality, profile.serviceAreas, profile.topics, profile.audiences],
    );
    await manager.query(`INSERT INTO index_outbox (tenant_id, entity, entity_id) VALUES ($1, 'organisation', $1)`, [tenantId]);
  });
}
