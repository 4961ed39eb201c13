import SwaggerParser from '@apidevtools/swagger-parser';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiErrorSchema } from '@knotenpunkt/shared/contracts';
import { createApiApp } from '@knotenpunkt/api/bootstrap';
import { createTestDatabase, testConfig, type TestDatabase } from '@knotenpunkt/api/core/testing';

describe('HTTP surface of the api', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createApiApp(testConfig(db, { API_BODY_LIMIT_BYTES: String(64 * 1024) }));
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const validReport = { 'csp-report': { 'document-uri': 'https://example.org/', 'violated-directive': 'script-src' } };
  const postReport = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/api/v1/csp-reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report', ...headers },
      body,
    });

  it('sends security headers', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('echoes a well-formed request id and makes one up otherwise', async () => {
    const given = await fetch(`${baseUrl}/api/health`, { headers: { 'x-request-id': 'proxy-id-0001' } });
    expect(given.headers.get('x-request-id')).toBe('proxy-id-0001');
    const made = await fetch(`${baseUrl}/api/health`, { headers: { 'x-request-id': 'bad id\twith tab' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts a valid CSP report', async () => {
    expect((await postReport(JSON.stringify(validReport))).status).toBe(204);
  });

  it('rejects an invalid body with 400 naming the field, in German by default', async () => {
    const response = await postReport(JSON.stringify({ 'csp-report': { 'blocked-uri': 'x' } }));
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.message).toBe('Die Anfrage enthält ungültige Angaben.');
    expect(body.issues).toEqual([expect.objectContaining({ path: 'csp-report.document-uri', code: 'invalid_type' })]);
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers in English when the client prefers it', async () => {
    const response = await postReport('{}', { 'accept-language': 'en-GB,en;q=0.9,de;q=0.5' });
    const body = apiErrorSchema.parse(await response.json());
    expect(body.message).toBe('The request contains invalid data.');
    expect(body.issues?.[0]?.message).toMatch(/expected object/i);
  });

  it('refuses bodies over the configured limit with 413', async () => {
    const response = await postReport(JSON.stringify({ ...validReport, padding: 'x'.repeat(70 * 1024) }));
    expect(response.status).toBe(413);
    expect(apiErrorSchema.parse(await response.json()).message).toBe('Die Anfrage ist zu groß.');
  });

  it('answers malformed JSON and unknown routes with the same error shape', async () => {
    const malformed = await postReport('{not json');
    expect(malformed.status).toBe(400);
    expect(apiErrorSchema.safeParse(await malformed.json()).success).toBe(true);
    const missing = await fetch(`${baseUrl}/api/v1/does-not-exist`);
    expect(missing.status).toBe(404);
    expect(apiErrorSchema.parse(await missing.json()).message).toBe('Nicht gefunden.');
  });

  it('publishes a valid OpenAPI document and its browsable UI', async () => {
    const response = await fetch(`${baseUrl}/api/docs-json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/csp-reports']));
    const ui = await fetch(`${baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });
});
