/* eslint-disable @typescript-eslint/no-explicit-any -- test client: response bodies are checked field by field by the assertions */
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import type { AppConfig } from '@knotenpunkt/api/core/config';
import { createApiApp, createWorkerApp } from '@knotenpunkt/api/bootstrap';
import { hashPassword } from '@knotenpunkt/api/tenancy';
import { createTestDatabase, startSmtpSink, testConfig, type SmtpSink, type TestDatabase } from '@knotenpunkt/api/core/testing';

export { linkIn, recipientOf } from '@knotenpunkt/api/core/testing';
import type { TenantRole } from '@knotenpunkt/shared/contracts';

/** A real api + worker + PostgreSQL + Redis + SMTP sink, as one test file's world. */
export interface TenancyStack {
  db: TestDatabase;
  config: AppConfig;
  api: NestFastifyApplication;
  worker: INestApplicationContext;
  smtp: SmtpSink;
  baseUrl: string;
  client(language?: 'de' | 'en'): ApiClient;
  /** Owner connection with platform context: arranges data without going through the api. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A verified account, created directly (fast); log in with `client().login(email, password)`. */
  seedUser(email: string, options?: { displayName?: string; platformRole?: 'operator' }): Promise<{ id: string; email: string; password: string }>;
  seedTenant(slug: string, options?: { name?: string; type?: string; parentId?: string | null }): Promise<{ id: string; slug: string }>;
  addMember(tenantId: string, userId: string, role: TenantRole): Promise<void>;
  stop(): Promise<void>;
}

export const SEED_PASSWORD = 'Richtig-langes-Passwort-2026';
let seedHash: Promise<string> | undefined;

export async function startTenancyStack(overrides: Record<string, string> = {}): Promise<TenancyStack> {
  const db = await createTestDatabase();
  const smtp = await startSmtpSink();
  const config = testConfig(db, { SMTP_URL: smtp.url, PUBLIC_BASE_URL: 'http://portal.test', ...overrides });
  const worker = await createWorkerApp(config, { mailRelay: { everyMs: 500, minAgeMs: 500 } });
  const api = await createApiApp(config);
  await api.listen(0, '127.0.0.1');
  const baseUrl = await api.getUrl();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`SET app.platform = 'on'`);

  const sql = async <T>(text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as T[];
  return {
    db,
    config,
    api,
    worker,
    smtp,
    baseUrl,
    sql,
    client: (language = 'de') => new ApiClient(baseUrl, language),
    async seedUser(email, options = {}) {
      seedHash ??= hashPassword(SEED_PASSWORD);
      const rows = await sql<{ id: string }>(
        `INSERT INTO app_user (email, password_hash, display_name, email_verified_at, platform_role) VALUES ($1, $2, $3, now(), $4) RETURNING id`,
        [email, await seedHash, options.displayName ?? email.split('@')[0], options.platformRole ?? null],
      );
      return { id: (rows[0] as { id: string }).id, email, password: SEED_PASSWORD };
    },
    async seedTenant(slug, options = {}) {
      const rows = await sql<{ id: string }>(`INSERT INTO tenant (slug, name, type, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
        slug,
        options.name ?? `Organisation ${slug}`,
        options.type ?? 'initiative',
        options.parentId ?? null,
      ]);
      return { id: (rows[0] as { id: string }).id, slug };
    },
    async addMember(tenantId, userId, role) {
      await sql(`INSERT INTO membership (tenant_id, user_id, role) VALUES ($1, $2, $3)`, [tenantId, userId, role]);
    },
    async stop() {
      await owner.end();
      await api.close();
      await worker.close();
      await smtp.stop();
      await db.drop();
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** fetch with a cookie jar and the portal's CSRF behaviour (X-XSRF-TOKEN from the cookie). */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  /** false: behave like a forged cross-site request (cookies sent, no CSRF header). */
  sendCsrfHeader = true;

  constructor(
    private readonly baseUrl: string,
    private readonly language: 'de' | 'en',
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, raw?: { body: string; contentType: string }): Promise<ApiResponse<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('XSRF-TOKEN');
    const response = await fetch(`${this.baseUrl}${path.startsWith('/api') ? path : `/api/v1${path}`}`, {
      method,
      headers: {
        'accept-language': this.language,
        ...(body !== undefined ? { 'content-type': 'application/json' } : raw ? { 'content-type': raw.contentType } : {}),
        ...(cookie ? { cookie } : {}),
        ...(csrf && this.sendCsrfHeader && method !== 'GET' ? { 'x-xsrf-token': csrf } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : raw?.body,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  /** A body sent as it is, e.g. an exchange file as application/ld+json. */
  postRaw<T = any>(path: string, body: string, contentType: string) {
    return this.request<T>('POST', path, undefined, {}, { body, contentType });
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async login(email: string, password: string = SEED_PASSWORD): Promise<ApiResponse> {
    const response = await this.post('/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }
}

export function tokenOf(link: string): string {
  const url = new URL(link);
  return url.searchParams.get('token') ?? url.pathname.split('/').pop() ?? '';
}
