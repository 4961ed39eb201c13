import { Controller, Get, Module, SetMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_METADATA, AccessModule, AccessRegistry, Public, UndeclaredAccessError, configureHttp } from '@knotenpunkt/api/core/http';
import { createApiApp } from '@knotenpunkt/api/bootstrap';
import { createTestDatabase, testConfig, type TestDatabase } from '@knotenpunkt/api/core/testing';

@Controller('probe')
class ProbeController {
  @Get('open')
  @Public()
  open() {
    return { ok: true };
  }

  @Get('members')
  @SetMetadata(ACCESS_METADATA, { kind: 'authenticated' })
  members() {
    return { secret: true };
  }
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  leak() {
    return { leaked: true };
  }
}

describe('every endpoint declares its access', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await createApiApp(testConfig(db));
    await api.init();
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('the api has only declared endpoints (the list grows with every new controller)', () => {
    const routes = api.get(AccessRegistry).routes();
    expect(routes.length).toBeGreaterThanOrEqual(6);
    expect(routes.filter((r) => !r.access)).toEqual([]);
    expect(routes.map((r) => `${r.controller}.${r.handler}`)).toEqual(
      expect.arrayContaining(['HealthController.get', 'CspReportController.receive', 'RegionsController.suggest', 'RegionsController.postalCode']),
    );
  });

  it('an undeclared endpoint stops the api at boot, naming it', async () => {
    @Module({ imports: [AccessModule], controllers: [ProbeController, ForgottenController] })
    class Leaky {}
    const app = await NestFactory.create(Leaky, new FastifyAdapter(), { logger: false, abortOnError: false });
    const boot = app.init();
    await expect(boot).rejects.toThrow(UndeclaredAccessError);
    await expect(boot).rejects.toThrow(/ForgottenController\.leak/);
    await app.close();
  });

  it('public endpoints answer; without a session resolver, endpoints that need an account answer 401', async () => {
    @Module({ imports: [AccessModule], controllers: [ProbeController] })
    class Probe {}
    const app = await NestFactory.create<NestFastifyApplication>(Probe, new FastifyAdapter(), { logger: false });
    await configureHttp(app);
    await app.listen(0, '127.0.0.1');
    try {
      const base = await app.getUrl();
      expect((await fetch(`${base}/api/v1/probe/open`)).status).toBe(200);
      const denied = await fetch(`${base}/api/v1/probe/members`);
      expect(denied.status).toBe(401);
      expect(await denied.json()).toMatchObject({ statusCode: 401, message: 'Bitte melden Sie sich an.' });
    } finally {
      await app.close();
    }
  });
});
