import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';

export const dockerDir = join(__dirname, '..', '..');
export const repoRoot = join(dockerDir, '..');

export type Env = Record<string, string>;

/** The service keys the tests read; everything else stays `unknown`. */
export interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition: string; required?: boolean }>;
  ports?: (string | Record<string, unknown>)[];
  volumes?: (string | Record<string, unknown>)[];
  networks?: string[] | Record<string, unknown>;
  healthcheck?: { test?: string | string[]; disable?: boolean; interval?: string; timeout?: string; retries?: number; start_period?: string };
  restart?: string;
  profiles?: string[];
  deploy?: { resources?: { limits?: { memory?: string; cpus?: string } } };
  logging?: unknown;
  [key: string]: unknown;
}

export interface ComposeFile {
  name?: string;
  services: Record<string, Service>;
  networks?: Record<string, { internal?: boolean } | null>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

export function readDockerFile(name: string): string {
  return readFileSync(join(dockerDir, name), 'utf8');
}

/** YAML → plain object, anchors and aliases resolved (as Compose does). */
export function parseCompose(text: string): ComposeFile {
  return parse(text, { merge: true, maxAliasCount: -1 }) as ComposeFile;
}

/** KEY=VALUE lines of an env file (docker/.env.example); comments and blank lines skipped. */
export function parseEnvFile(text: string): Env {
  const env: Env = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`not a KEY=VALUE line: ${raw}`);
    env[match[1]] = match[2];
  }
  return env;
}

/** Names of all variables a compose file interpolates (`${NAME…}`); `$$` is an escaped dollar. */
export function variablesUsed(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of withoutComments(text).replace(/\$\$/g, '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1]);
  return names;
}

/** Unbraced `$NAME` references (allowed by Compose, but not in this project: less ambiguous). */
export function unbracedVariables(text: string): string[] {
  return [...withoutComments(text).replace(/\$\$/g, '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}

/** Drops whole-line YAML comments (Compose does not interpolate comments). */
function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
}

export class InterpolationError extends Error {}

const reference = /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Compose Specification interpolation of one string: $$, $VAR, ${VAR}, ${VAR:-default},
 * ${VAR-default}, ${VAR:?error}, ${VAR?error}, ${VAR:+replacement}, ${VAR+replacement}.
 */
export function interpolateString(value: string, env: Env): string {
  return value.replace(reference, (_all, dollar?: string, braced?: string, op?: string, arg?: string, bare?: string) => {
    if (dollar) return '$';
    const name = (braced ?? bare) as string;
    const isSet = Object.prototype.hasOwnProperty.call(env, name);
    const current = isSet ? env[name] : undefined;
    const nonEmpty = current !== undefined && current !== '';
    const rest = arg ?? '';
    switch (op) {
      case undefined:
        return current ?? '';
      case ':-':
        return nonEmpty ? (current as string) : interpolateString(rest, env);
      case '-':
        return isSet ? (current as string) : interpolateString(rest, env);
      case ':?':
        if (!nonEmpty) throw new InterpolationError(`${name}: ${rest || 'required variable is missing or empty'}`);
        return current as string;
      case '?':
        if (!isSet) throw new InterpolationError(`${name}: ${rest || 'required variable is missing'}`);
        return current as string;
      case ':+':
        return nonEmpty ? interpolateString(rest, env) : '';
      case '+':
        return isSet ? interpolateString(rest, env) : '';
      default:
        throw new InterpolationError(`unsupported modifier ${op} for ${name}`);
    }
  });
}

/** Interpolates every string value (not keys), as Compose does after parsing. */
export function interpolate<T>(value: T, env: Env): T {
  if (typeof value === 'string') return interpolateString(value, env) as T;
  if (Array.isArray(value)) return value.map((item) => interpolate(item, env)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item, env)])) as T;
  }
  return value;
}

/** A service's environment as a map (Compose accepts a map or a list of KEY=VALUE). */
export function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]));
}

export function networksOf(service: Service): string[] {
  const networks = service.networks ?? [];
  return Array.isArray(networks) ? networks : Object.keys(networks);
}

export function dependsOn(service: Service): Record<string, string> {
  const deps = service.depends_on ?? [];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep.condition]));
}

/** A free TCP port on 127.0.0.1 (tests only ever bind and connect to loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
