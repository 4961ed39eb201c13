import { Client } from 'pg';
import { z } from 'zod';
import { hashPassword } from '@knotenpunkt/api/tenancy';
import {
  displayNameSchema,
  emailSchema,
  legalContentSchemas,
  legalPageIdSchema,
  tenantNameSchema,
  tenantSlugSchema,
  type LegalPageId,
} from '@knotenpunkt/shared/contracts';
import { DEMO_PASSWORD, demoAccounts, demoPlatformLegalPages, demoTenants, type DemoAccount, type DemoTenant } from './demo-data';

export interface DemoSeedReport {
  accounts: { created: number; present: number };
  tenants: { created: number; present: number };
  memberships: { created: number; present: number };
  legalPages: { created: number; present: number };
  /** true when nothing was written. */
  unchanged: boolean;
}

interface PreparedLegalPage {
  tenantSlug: string | null;
  page: LegalPageId;
  content: unknown;
}

/**
 * Checks the demo data with the same schemas the api uses, so the seed never writes what the
 * api would refuse (or could not read back). Returns the legal pages in their parsed form.
 */
export function prepareDemoData(): PreparedLegalPage[] {
  const problems: string[] = [];
  const check = (what: string, schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (!result.success) problems.push(`${what}: ${result.error.issues.map((i) => `${i.path.join('.') || '(value)'} ${i.message}`).join('; ')}`);
    return result.success ? result.data : undefined;
  };
  const emails = new Set<string>();
  for (const account of demoAccounts) {
    if (check(`account ${account.email}`, emailSchema, account.email) !== account.email) problems.push(`account ${account.email}: not in normalised (lower-case) form`);
    check(`account ${account.email} display name`, displayNameSchema, account.displayName);
    if (!/\.(example|localhost)$/.test(account.email)) problems.push(`account ${account.email}: demo addresses must use .example or .localhost`);
    emails.add(account.email);
  }
  const slugs = new Set<string>();
  for (const tenant of demoTenants) {
    check(`tenant ${tenant.slug} slug`, tenantSlugSchema, tenant.slug);
    check(`tenant ${tenant.slug} name`, tenantNameSchema, tenant.name);
    if (tenant.parentSlug && !slugs.has(tenant.parentSlug)) problems.push(`tenant ${tenant.slug}: parent ${tenant.parentSlug} must be listed before it`);
    if (!Object.values(tenant.members).includes('owner')) problems.push(`tenant ${tenant.slug}: needs an owner`);
    for (const email of Object.keys(tenant.members)) if (!emails.has(email)) problems.push(`tenant ${tenant.slug}: member ${email} is not a demo account`);
    slugs.add(tenant.slug);
  }
  const pages: PreparedLegalPage[] = [];
  const collect = (tenantSlug: string | null, legalPages: DemoTenant['legalPages']) => {
    for (const [page, content] of Object.entries(legalPages)) {
      const id = legalPageIdSchema.parse(page);
      const parsed = check(`legal page ${id} of ${tenantSlug ?? 'the platform'}`, legalContentSchemas[id], content);
      if (parsed !== undefined) pages.push({ tenantSlug, page: id, content: parsed });
    }
  };
  collect(null, demoPlatformLegalPages);
  for (const tenant of demoTenants) collect(tenant.slug, tenant.legalPages);
  if (problems.length) throw new Error(`The demo data is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return pages;
}

/**
 * Creates the demo accounts, organisations, memberships and legal pages in one transaction as
 * the owner role with app.platform = 'on' (the tenancy tables force row-level security on the
 * owner too). What exists already is left exactly as it is, so a second run writes nothing.
 */
export async function seedDemoData(ownerUrl: string): Promise<DemoSeedReport> {
  const legalPages = prepareDemoData();
  const report: DemoSeedReport = {
    accounts: { created: 0, present: 0 },
    tenants: { created: 0, present: 0 },
    memberships: { created: 0, present: 0 },
    legalPages: { created: 0, present: 0 },
    unchanged: true,
  };
  const count = (bucket: { created: number; present: number }, created: boolean) => {
    if (created) bucket.created++;
    else bucket.present++;
  };

  const client = new Client({ connectionString: ownerUrl, application_name: 'knotenpunkt-seed-demo' });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT set_config('app.platform', 'on', true)`);

      const userIds = new Map<string, string>();
      for (const account of demoAccounts) {
        const existing = await idOf(client, `SELECT id FROM app_user WHERE email = $1`, [account.email]);
        if (existing) {
          userIds.set(account.email, existing);
          count(report.accounts, false);
          continue;
        }
        // One hash per account (own salt), made only for accounts that are really created.
        const id = await insertAccount(client, account, await hashPassword(DEMO_PASSWORD));
        userIds.set(account.email, id);
        count(report.accounts, true);
      }
      const operatorId = userIds.get(demoAccounts.find((a) => a.platformRole === 'operator')?.email ?? '') ?? null;

      const tenantIds = new Map<string, string>();
      for (const tenant of demoTenants) {
        const ownerEmail = ownerOf(tenant);
        const parentId = tenant.parentSlug ? (tenantIds.get(tenant.parentSlug) ?? null) : null;
        const created = await idOf(
          client,
          `INSERT INTO tenant (slug, name, type, parent_id) VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING RETURNING id`,
          [tenant.slug, tenant.name, tenant.type, parentId],
        );
        const id = created ?? (await idOf(client, `SELECT id FROM tenant WHERE slug = $1`, [tenant.slug]));
        if (!id) throw new Error(`tenant ${tenant.slug} neither created nor found`);
        tenantIds.set(tenant.slug, id);
        count(report.tenants, created !== undefined);
        if (created) {
          await client.query(
            `INSERT INTO audit_log (tenant_id, actor_user_id, action, target, details) VALUES ($1, $2, 'tenant.created', $3, $4)`,
            [id, userIds.get(ownerEmail) ?? null, `tenant:${id}`, JSON.stringify({ slug: tenant.slug, type: tenant.type, parentId, source: 'seed-demo' })],
          );
          await client.query(`INSERT INTO index_outbox (tenant_id, entity, entity_id) VALUES ($1, 'organisation', $1)`, [id]);
        }

        for (const [email, role] of Object.entries(tenant.members)) {
          const inserted = await client.query(
            `INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, user_id) DO NOTHING RETURNING user_id`,
            [id, userIds.get(email), role],
          );
          count(report.memberships, (inserted.rowCount ?? 0) > 0);
        }
      }

      for (const page of legalPages) {
        const tenantId = page.tenantSlug ? (tenantIds.get(page.tenantSlug) ?? null) : null;
        const tenant = demoTenants.find((t) => t.slug === page.tenantSlug);
        const author = tenant ? userIds.get(ownerOf(tenant)) : operatorId;
        // The legal_page policies admit a tenant's page only in that tenant's context (platform
        // context covers the platform's own pages), so act as the tenant for this statement.
        await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId ?? '']);
        const inserted = await client.query(
          `INSERT INTO legal_page (tenant_id, page, content, updated_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), page) DO NOTHING RETURNING id`,
          [tenantId, page.page, JSON.stringify(page.content), author ?? null],
        );
        count(report.legalPages, (inserted.rowCount ?? 0) > 0);
      }
      await client.query(`SELECT set_config('app.tenant_id', '', true)`);

      report.unchanged = [report.accounts, report.tenants, report.memberships, report.legalPages].every((b) => b.created === 0);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
  return report;
}

function ownerOf(tenant: DemoTenant): string {
  return Object.keys(tenant.members).find((email) => tenant.members[email] === 'owner') as string;
}

async function insertAccount(client: Client, account: DemoAccount, passwordHash: string): Promise<string> {
  const id = await idOf(
    client,
    `INSERT INTO app_user (email, password_hash, display_name, language, email_verified_at, platform_role)
     VALUES ($1, $2, $3, $4, now(), $5) ON CONFLICT (email) DO NOTHING RETURNING id`,
    [account.email, passwordHash, account.displayName, account.language, account.platformRole ?? null],
  );
  if (!id) throw new Error(`account ${account.email} was created concurrently; run the seed again`);
  return id;
}

async function idOf(client: Client, text: string, params: unknown[]): Promise<string | undefined> {
  const result = await client.query<{ id: string }>(text, params);
  return result.rows[0]?.id;
}
