import { createServer } from 'node:net';

import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ParsedMail } from 'mailparser';
import { Client } from 'pg';
import { createApiApp, createWorkerApp } from '@knotenpunkt/api/bootstrap';
import { hashPassword } from '@knotenpunkt/api/tenancy';
import { type SmtpSink, type TestDatabase, createTestDatabase, recipientOf, startSmtpSink, testConfig } from '@knotenpunkt/api/core/testing';

export { linkIn } from '@knotenpunkt/api/core/testing';
import type { BrowserContext, Page } from 'playwright-core';

import { startPortal, watchForErrors } from './support';

/**
 * The whole product in this test process, as real as in production: a fresh PostgreSQL database
 * (migrated), Redis, a real SMTP sink, the api and a worker (which relays and sends the mails),
 * and the portal server serving the production build and proxying `/api` to the api. The
 * portal's address is PUBLIC_BASE_URL, so the links in the mails lead straight to it.
 * Needs TEST_DATABASE_ADMIN_URL and TEST_REDIS_URL (docs/development.md).
 */
export interface PortalStack {
  db: TestDatabase;
  smtp: SmtpSink;
  api: NestFastifyApplication;
  worker: INestApplicationContext;
  portal: { url: string; close(): Promise<void> };
  /** As the database owner in platform context: arrange data the portal cannot create (platform legal pages). */
  sql(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** A verified account with the password `SEED_PASSWORD`, straight into the database. */
  seedUser(email: string, displayName?: string): Promise<{ id: string; email: string; password: string }>;
  seedTenant(slug: string, options?: { name?: string; type?: string }): Promise<{ id: string; slug: string; name: string }>;
  addMember(tenantId: string, userId: string, role: 'owner' | 'admin' | 'editor' | 'member' | 'viewer'): Promise<void>;
  /** The next mail to `address` whose subject matches (waits for the worker to send it). */
  mailTo(address: string, subject?: RegExp, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

export const SEED_PASSWORD = 'Richtig-langes-Passwort-2026';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export async function startPortalStack(): Promise<PortalStack> {
  const portalPort = await freePort();
  const publicBaseUrl = `http://127.0.0.1:${portalPort}`;
  const db = await createTestDatabase();
  const smtp = await startSmtpSink();
  const config = testConfig(db, { SMTP_URL: smtp.url, PUBLIC_BASE_URL: publicBaseUrl });
  const worker = await createWorkerApp(config, { mailRelay: { everyMs: 500, minAgeMs: 500 } });
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const portal = await startPortal(await api.getUrl(), portalPort);
  if (portal.url !== publicBaseUrl) throw new Error(`portal at ${portal.url}, expected ${publicBaseUrl}`);
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`SET app.platform = 'on'`);
  /** Mails already handed to a test, so a second `mailTo` finds the next one. */
  const taken = new Set<ParsedMail>();
  const sql = async (text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as Record<string, unknown>[];
  let seedHash: Promise<string> | undefined;
  return {
    db,
    smtp,
    api,
    worker,
    portal,
    sql,
    async seedUser(email, displayName = email.split('@')[0] ?? email) {
      seedHash ??= hashPassword(SEED_PASSWORD);
      const rows = await sql(`INSERT INTO app_user (email, password_hash, display_name, email_verified_at) VALUES ($1, $2, $3, now()) RETURNING id`, [
        email,
        await seedHash,
        displayName,
      ]);
      return { id: String(rows[0]?.['id']), email, password: SEED_PASSWORD };
    },
    async seedTenant(slug, options = {}) {
      const name = options.name ?? `Organisation ${slug}`;
      const rows = await sql(`INSERT INTO tenant (slug, name, type) VALUES ($1, $2, $3) RETURNING id`, [slug, name, options.type ?? 'initiative']);
      return { id: String(rows[0]?.['id']), slug, name };
    },
    async addMember(tenantId, userId, role) {
      await sql(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [tenantId, userId, role]);
    },
    async mailTo(address, subject = /./, timeoutMs = 15_000) {
      const mail = await smtp.waitFor((m) => !taken.has(m) && recipientOf(m) === address && subject.test(m.subject ?? ''), timeoutMs);
      taken.add(mail);
      return mail;
    },
    async stop() {
      await owner.end();
      await portal.close();
      await api.close();
      await worker.close();
      await smtp.stop();
      await db.drop();
    },
  };
}

/**
 * A static file (lazy chunk, favicon) still loading when the test navigates on is cancelled by
 * the browser; that is the test's doing, not a fault of the page.
 */
const ABORTED_BY_NAVIGATION = /^request failed: \S+\.(js|css|svg) net::ERR_ABORTED/;

/**
 * A page whose console errors, uncaught exceptions and failed requests are collected; `allowed`
 * lists the ones the test provokes on purpose (e.g. the 401 after "log out everywhere").
 */
export class WatchedPage {
  private readonly problems: () => string[];
  private allowed: RegExp[] = [];

  private constructor(readonly page: Page) {
    this.problems = watchForErrors(page);
  }

  static async open(context: BrowserContext): Promise<WatchedPage> {
    return new WatchedPage(await context.newPage());
  }

  allow(...patterns: RegExp[]): void {
    this.allowed.push(...patterns);
  }

  /** Unexpected problems so far; cleared (with the allowances) for the next test. */
  takeUnexpected(): string[] {
    const unexpected = this.problems().filter(
      (problem) => !this.allowed.some((pattern) => pattern.test(problem)) && !ABORTED_BY_NAVIGATION.test(problem),
    );
    this.problems().length = 0;
    this.allowed = [];
    return unexpected;
  }
}

/**
 * Chromium reports a 4xx answer of fetch twice: as the response and as a console error
 * ("Failed to load resource: … status of 409"). This allows both for one api path and status.
 */
export function apiAnswer(status: number, path: RegExp): RegExp[] {
  return [new RegExp(`HTTP ${status}: .*${path.source}`), new RegExp(`status of ${status}`)];
}
