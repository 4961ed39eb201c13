import Ajv, { type ErrorObject } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envSchema } from '@knotenpunkt/api/core/config';
import {
  ComposeFile,
  Env,
  InterpolationError,
  dependsOn,
  dockerDir,
  environmentOf,
  interpolate,
  networksOf,
  parseCompose,
  parseEnvFile,
  readDockerFile,
  unbracedVariables,
  variablesUsed,
} from './support/compose';

/** The variables the api and worker read (libs/api/core/config/src/env.schema.ts). */
const APP_ENV_NAMES = [
  'NODE_ENV',
  'LOG_LEVEL',
  'LOG_PRETTY',
  'API_HOST',
  'API_PORT',
  'API_BODY_LIMIT_BYTES',
  'IMPORT_BODY_LIMIT_BYTES',
  'API_TRUST_PROXY',
  'PUBLIC_BASE_URL',
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'DATABASE_POOL_SIZE',
  'REDIS_URL',
  'QUEUE_PREFIX',
  'MEILI_URL',
  'MEILI_MASTER_KEY',
  'SEARCH_RESULT_CACHE',
  'WORKER_CONCURRENCY',
  'SMTP_URL',
  'MAIL_FROM',
].sort();
/** The owner role's URL is for the migrate service only. */
const RUNTIME_ENV_NAMES = APP_ENV_NAMES.filter((name) => name !== 'DATABASE_MIGRATION_URL');
/** Config variables the api image sets itself (ENV in docker/api.Dockerfile). */
const IMAGE_ENV_NAMES = ['APP_VERSION'];

const COMPOSE_FILES = ['compose.yml', 'compose.meili-test.yml', 'compose.dev.yml'];
const LONG_RUNNING = ['postgres', 'redis', 'meilisearch', 'api', 'worker', 'portal-ssr', 'portal', 'mailpit'];

const schema = JSON.parse(readFileSync(join(dockerDir, 'schema', 'compose-spec.json'), 'utf8'));
// The schema names its meta-schema as https://json-schema.org/draft-07/schema, which ajv knows
// under its http:// id only; draft-07 is ajv's default, so the reference can go.
delete schema.$schema;
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validateSchema = ajv.compile(schema);

function schemaErrors(document: unknown): string[] {
  if (validateSchema(document)) return [];
  return (validateSchema.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

const envExampleText = readDockerFile('.env.example');
const envExample = parseEnvFile(envExampleText);
/** .env.example with the secrets it leaves empty filled in, as an operator would. */
const filledEnv: Env = Object.fromEntries(
  Object.entries(envExample).map(([key, value]) => [key, value === '' ? `${key.toLowerCase().replace(/_/g, '')}0123456789abcdef` : value]),
);

const composeText = readDockerFile('compose.yml');
const raw = parseCompose(composeText);
const compose: ComposeFile = interpolate(raw, filledEnv);

describe('compose files against the Compose Specification schema', () => {
  it.each(COMPOSE_FILES)('%s is valid before and after interpolation', (file) => {
    const text = readDockerFile(file);
    const document = parseCompose(text);
    expect(schemaErrors(document)).toEqual([]);
    expect(schemaErrors(interpolate(document, filledEnv))).toEqual([]);
  });

  it('the schema really rejects mistakes (guards against a vacuous check)', () => {
    const broken = structuredClone(raw) as ComposeFile;
    (broken.services['api'] as Record<string, unknown>)['helthcheck'] = { test: ['CMD', 'true'] };
    broken.services['redis'].depends_on = { postgres: { condition: 'service_ready' } };
    const errors = schemaErrors(broken);
    expect(errors.join('\n')).toMatch(/helthcheck/);
    expect(errors.join('\n')).toMatch(/condition/);
  });

  it('uses the Compose Specification form: no top-level version, a fixed project name', () => {
    expect(raw).not.toHaveProperty('version');
    expect(raw.name).toBe('knotenpunkt');
  });
});

describe('variables', () => {
  it.each(COMPOSE_FILES)('every ${VAR} in %s is described in .env.example', (file) => {
    const undocumented = [...variablesUsed(readDockerFile(file))].filter((name) => !(name in envExample));
    expect(undocumented).toEqual([]);
  });

  it('every variable in .env.example is used by a compose file', () => {
    const used = new Set(COMPOSE_FILES.flatMap((file) => [...variablesUsed(readDockerFile(file))]));
    expect(Object.keys(envExample).filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(COMPOSE_FILES)('%s writes variables only as ${VAR}', (file) => {
    expect(unbracedVariables(readDockerFile(file))).toEqual([]);
  });

  it('holds no secret: every password and key comes from .env and is required there', () => {
    const secretNames = ['POSTGRES_SUPERUSER_PASSWORD', 'POSTGRES_OWNER_PASSWORD', 'POSTGRES_APP_PASSWORD', 'REDIS_PASSWORD', 'MEILI_MASTER_KEY'];
    for (const name of secretNames) {
      expect(envExample[name]).toBe('');
      // Only the required form ${NAME:?message} is used, never a default.
      const uses = [...composeText.matchAll(new RegExp(`\\$\\{${name}([^}]*)\\}`, 'g'))].map((m) => m[1]);
      expect(uses.length).toBeGreaterThan(0);
      for (const use of uses) expect(use).toMatch(/^:\?/);
    }
    // Nothing that looks like a literal credential in a URL.
    expect(composeText).not.toMatch(/:\/\/[^$\s/:@]*:[^$\s/@]+@/);
  });

  it('stops with a message naming the variable when a secret is missing', () => {
    const { POSTGRES_APP_PASSWORD: _dropped, ...withoutAppPassword } = filledEnv;
    expect(() => interpolate(raw, withoutAppPassword)).toThrow(InterpolationError);
    expect(() => interpolate(raw, withoutAppPassword)).toThrow(/POSTGRES_APP_PASSWORD/);
    expect(() => interpolate(raw, { ...filledEnv, MEILI_MASTER_KEY: '' })).toThrow(/MEILI_MASTER_KEY/);
  });
});

describe('services', () => {
  const services = compose.services;

  it('has the stack of docs/architecture.md', () => {
    expect(Object.keys(services).sort()).toEqual([...LONG_RUNNING, 'migrate'].sort());
  });

  it.each(LONG_RUNNING)('%s is long-running: health check, restart policy, memory limit, log rotation', (name) => {
    const service = services[name];
    expect(service.healthcheck?.disable).not.toBe(true);
    expect(service.healthcheck?.test).toBeDefined();
    expect(service.healthcheck?.test).not.toEqual(['NONE']);
    expect(service.restart).toBe('unless-stopped');
    expect(service.deploy?.resources?.limits?.memory).toMatch(/^\d+[mg]$/);
    expect(service.logging).toBeDefined();
  });

  it('migrate is a one-shot: no restart, runs `migrate.js up` and the regions loader with the owner role', () => {
    const migrate = services['migrate'];
    expect(migrate.restart).toBe('no');
    expect(migrate.command).toEqual(['sh', '-c', 'node dist/apps/api/migrate.js up && node dist/apps/api/load-regions.js']);
    const env = environmentOf(migrate);
    expect(env['DATABASE_MIGRATION_URL']).toMatch(/^postgres:\/\/knotenpunkt_owner:[^@]+@postgres:5432\/knotenpunkt$/);
    expect(env['DATABASE_URL']).toMatch(/^postgres:\/\/knotenpunkt_app:[^@]+@postgres:5432\/knotenpunkt$/);
    expect(dependsOn(migrate)).toEqual({ postgres: 'service_healthy' });
  });

  it.each(['api', 'worker'])('%s starts after migrate succeeded and the data stores are healthy', (name) => {
    expect(dependsOn(services[name])).toEqual({
      migrate: 'service_completed_successfully',
      postgres: 'service_healthy',
      redis: 'service_healthy',
      meilisearch: 'service_healthy',
    });
  });

  it('the portal waits for a healthy api and portal server', () => {
    expect(dependsOn(services['portal'])).toEqual({ api: 'service_healthy', 'portal-ssr': 'service_healthy' });
    expect(dependsOn(services['portal-ssr'])).toEqual({ api: 'service_healthy' });
  });

  it('every depends_on names a service, and waits for health wherever there is a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(dependsOn(service))) {
        expect(services[dependency]).toBeDefined();
        const expected = dependency === 'migrate' ? 'service_completed_successfully' : 'service_healthy';
        expect(`${name} → ${dependency}: ${condition}`).toBe(`${name} → ${dependency}: ${expected}`);
      }
    }
  });

  it('api, worker and migrate run one image built from docker/api.Dockerfile, with different commands', () => {
    const images = new Set(['api', 'worker', 'migrate'].map((name) => services[name].image));
    expect(images).toEqual(new Set(['knotenpunkt/api:local']));
    for (const name of ['api', 'worker', 'migrate']) {
      expect(services[name].build).toEqual({ context: '..', dockerfile: 'docker/api.Dockerfile', args: { APP_VERSION: 'dev' } });
    }
    expect(services['api'].command).toEqual(['node', 'dist/apps/api/main.js']);
    expect(services['worker'].command).toEqual(['node', 'dist/apps/worker/main.js']);
    expect(services['portal'].build).toEqual({ context: '..', dockerfile: 'docker/portal.Dockerfile' });
  });

  it('builds from files that exist, each with its Dockerfile-specific ignore file', () => {
    for (const dockerfile of ['api.Dockerfile', 'portal.Dockerfile']) {
      expect(existsSync(join(dockerDir, dockerfile))).toBe(true);
      const ignore = readDockerFile(`${dockerfile}.dockerignore`);
      for (const pattern of ['**/node_modules', 'dist', '.git', '**/.env']) {
        expect(ignore.split('\n')).toContain(pattern);
      }
    }
  });

  it('pins every third-party image to a version', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.build) continue;
      expect(`${name}: ${service.image}`).toMatch(/:[^:]*\b\d+(\.\d+)*[^:]*$/);
      expect(service.image).not.toMatch(/:(latest|stable|edge)$/);
    }
  });

  it('mailpit runs only with the dev profile; everything else always', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(`${name}: ${JSON.stringify(service.profiles ?? [])}`).toBe(`${name}: ${name === 'mailpit' ? '["dev"]' : '[]'}`);
    }
  });

  it('the app containers run with a read-only root file system, no capabilities and a /tmp tmpfs', () => {
    for (const name of ['api', 'worker', 'migrate', 'portal-ssr', 'portal']) {
      const service = services[name];
      expect(service['read_only']).toBe(true);
      expect(service['cap_drop']).toEqual(['ALL']);
      expect(service['tmpfs']).toEqual(expect.arrayContaining(['/tmp']));
    }
  });
});

describe('network exposure', () => {
  const services = compose.services;

  it('only the portal publishes a port', () => {
    const publishing = Object.entries(services)
      .filter(([, service]) => (service.ports ?? []).length > 0)
      .map(([name]) => name);
    expect(publishing).toEqual(['portal']);
    expect(services['portal'].ports).toEqual(['0.0.0.0:8080:8080']);
    for (const service of Object.values(services)) expect(service['expose']).toBeUndefined();
  });

  it('the override files publish only on 127.0.0.1', () => {
    for (const file of ['compose.meili-test.yml', 'compose.dev.yml']) {
      const override = interpolate(parseCompose(readDockerFile(file)), filledEnv);
      for (const service of Object.values(override.services)) {
        for (const port of service.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
      }
    }
    const meili = interpolate(parseCompose(readDockerFile('compose.meili-test.yml')), filledEnv);
    expect(meili.services['meilisearch'].ports).toEqual(['127.0.0.1:7700:7700']);
  });

  it('data stores live on the internal network only; the portal cannot reach them', () => {
    expect(compose.networks?.['data']?.internal).toBe(true);
    for (const name of ['postgres', 'redis', 'meilisearch', 'mailpit', 'migrate']) {
      expect(`${name}: ${networksOf(services[name]).join(',')}`).toBe(`${name}: data`);
    }
    expect(networksOf(services['portal'])).toEqual(['edge']);
    expect(networksOf(services['api']).sort()).toEqual(['data', 'edge']);
    expect(networksOf(services['worker']).sort()).toEqual(['data', 'edge']);
  });

  it('keeps data in named volumes; the only bind mount is the read-only PostgreSQL init folder', () => {
    const declared = Object.keys(compose.volumes ?? {});
    const used: string[] = [];
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        expect(typeof volume).toBe('string');
        const [source, target, mode] = String(volume).split(':');
        if (source.startsWith('.') || source.startsWith('/')) {
          expect(`${name}: ${volume}`).toBe('postgres: ./postgres/init:/docker-entrypoint-initdb.d:ro');
          expect(existsSync(join(dockerDir, source))).toBe(true);
        } else {
          used.push(source);
          expect(target).toMatch(/^\//);
          expect(mode).toBeUndefined();
        }
      }
    }
    expect(used.sort()).toEqual(declared.sort());
    // PostgreSQL 18 images keep the data in /var/lib/postgresql/18/docker: mount the parent.
    expect(services['postgres'].volumes).toContain('postgres-data:/var/lib/postgresql');
  });
});

describe('application environment', () => {
  const services = compose.services;

  it('compose and the image together provide exactly what the config schema parses', () => {
    // A failure here means the config schema gained or lost a variable: wire it in
    // docker/compose.yml (and .env.example), or in docker/api.Dockerfile, and in the lists above.
    expect(Object.keys(envSchema.shape).sort()).toEqual([...APP_ENV_NAMES, ...IMAGE_ENV_NAMES].sort());
  });

  it('the image sets APP_VERSION from a build argument compose passes', () => {
    const dockerfile = readDockerFile('api.Dockerfile');
    expect(dockerfile).toMatch(/^ARG APP_VERSION=dev$/m);
    expect(dockerfile).toMatch(/^\s+APP_VERSION=\$\{APP_VERSION\} \\$/m);
    for (const name of ['api', 'worker', 'migrate']) {
      expect(services[name].build).toMatchObject({ args: { APP_VERSION: 'dev' } });
    }
  });

  it.each(['api', 'worker'])('%s gets exactly the config variables except DATABASE_MIGRATION_URL', (name) => {
    expect(Object.keys(environmentOf(services[name])).sort()).toEqual(RUNTIME_ENV_NAMES);
  });

  it.each(['api', 'worker'])('%s environment passes the config schema', (name) => {
    const result = envSchema.safeParse({ ...environmentOf(services[name]), APP_VERSION: filledEnv['APP_VERSION'] });
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('fits the stack: bound to all interfaces on 3000 behind nginx, JSON logs, production', () => {
    const env = environmentOf(services['api']);
    expect(env).toMatchObject({
      NODE_ENV: 'production',
      API_HOST: '0.0.0.0',
      API_PORT: '3000',
      API_TRUST_PROXY: 'true',
      LOG_PRETTY: 'false',
      MEILI_URL: 'http://meilisearch:7700',
    });
    expect(env['REDIS_URL']).toMatch(/^redis:\/\/:[^@]+@redis:6379\/0$/);
    expect(environmentOf(services['worker'])).toEqual(env);
  });

  it('uses the same role names and database as the PostgreSQL init script', () => {
    const pg = environmentOf(services['postgres']);
    const appUrl = new URL(environmentOf(services['api'])['DATABASE_URL']);
    const ownerUrl = new URL(environmentOf(services['migrate'])['DATABASE_MIGRATION_URL']);
    expect(appUrl.username).toBe(pg['KP_APP_ROLE']);
    expect(ownerUrl.username).toBe(pg['KP_OWNER_ROLE']);
    expect(decodeURIComponent(appUrl.password)).toBe(pg['KP_APP_PASSWORD']);
    expect(decodeURIComponent(ownerUrl.password)).toBe(pg['KP_OWNER_PASSWORD']);
    expect(appUrl.pathname).toBe(`/${pg['KP_DB_NAME']}`);
    expect(ownerUrl.pathname).toBe(`/${pg['KP_DB_NAME']}`);
    expect(pg['KP_APP_ROLE']).toBe('knotenpunkt_app');
  });

  it('sends mail to mailpit with the example settings, which the worker reaches on the data network', () => {
    const env = environmentOf(services['worker']);
    expect(env['SMTP_URL']).toBe('smtp://mailpit:1025');
    expect(env['MAIL_FROM']).toBe('Knotenpunkt <no-reply@example.org>');
    expect(networksOf(services['worker'])).toEqual(expect.arrayContaining(networksOf(services['mailpit'])));
    const { SMTP_URL: _smtp, ...withoutSmtp } = filledEnv;
    expect(() => interpolate(raw, withoutSmtp)).toThrow(/SMTP_URL: set SMTP_URL in docker\/\.env/);
  });

  it('gives nginx the api body limit, so both reject the same bodies', () => {
    expect(environmentOf(services['portal'])['IMPORT_BODY_LIMIT_BYTES']).toBe(environmentOf(services['api'])['IMPORT_BODY_LIMIT_BYTES']);
    expect(environmentOf(services['portal'])['API_BODY_LIMIT_BYTES']).toBe(environmentOf(services['api'])['API_BODY_LIMIT_BYTES']);
  });

  it('health checks match the apps: GET /api/health for the api, the liveness file for the worker', () => {
    expect(services['api'].healthcheck?.test).toEqual([
      'CMD',
      'node',
      '/usr/local/lib/knotenpunkt/healthcheck.cjs',
      'http',
      'http://127.0.0.1:3000/api/health',
    ]);
    expect(services['worker'].healthcheck?.test).toEqual([
      'CMD',
      'node',
      '/usr/local/lib/knotenpunkt/healthcheck.cjs',
      'file',
      '/tmp/worker.alive',
      '60',
    ]);
    expect(readDockerFile('api.Dockerfile')).toContain('COPY docker/node/healthcheck.cjs /usr/local/lib/knotenpunkt/healthcheck.cjs');
  });

  it('Redis is configured for BullMQ (noeviction) and password-protected', () => {
    const command = services['redis'].command as string[];
    expect(command[command.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
    expect(command[command.indexOf('--requirepass') + 1]).toBe(filledEnv['REDIS_PASSWORD']);
    expect(new URL(environmentOf(services['api'])['REDIS_URL']).password).toBe(filledEnv['REDIS_PASSWORD']);
  });

  it('Meilisearch runs in production mode with the same master key the apps use', () => {
    const meili = environmentOf(services['meilisearch']);
    expect(meili['MEILI_ENV']).toBe('production');
    expect(meili['MEILI_MASTER_KEY']).toBe(environmentOf(services['api'])['MEILI_MASTER_KEY']);
  });
});
