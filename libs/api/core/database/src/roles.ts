/**
 * Database roles. Migrations run as the owner; the api and worker log in as an application role
 * that is a member of APP_GROUP_ROLE and owns nothing, so row-level security applies to it.
 * Migrations grant table rights to the group role, never to a login role.
 */
export const APP_GROUP_ROLE = 'kp_app';

/**
 * Extensions the schema relies on. earthdistance is not a trusted extension, so provisioning
 * (superuser) creates them all; migrations only check they are there.
 */
export const REQUIRED_EXTENSIONS = ['unaccent', 'pg_trgm', 'btree_gist', 'cube', 'earthdistance'] as const;

export interface RoleProvisioning {
  /** Superuser (or CREATEROLE + CREATEDB) connection to the cluster's maintenance database. */
  adminUrl: string;
  database: string;
  owner: { name: string; password: string };
  app: { name: string; password: string };
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertIdentifier(value: string, what: string): string {
  if (!identifier.test(value)) {
    throw new Error(`${what} "${value}" must match ${identifier} (lower-case SQL identifier)`);
  }
  return value;
}

export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
