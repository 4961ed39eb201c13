#!/usr/bin/env bash
# Creates Knotenpunkt's database and roles. The postgres image runs the scripts in
# /docker-entrypoint-initdb.d once, on the first start with an empty data directory, as the
# superuser (POSTGRES_USER) over the local socket. Safe to run again by hand: it creates what is
# missing and sets the passwords to the given ones.
#
#   KP_DB_NAME         database to create, owned by KP_OWNER_ROLE        (default knotenpunkt)
#   KP_OWNER_ROLE      login role that owns the database; runs migrations (default knotenpunkt_owner)
#   KP_OWNER_PASSWORD  its password (or KP_OWNER_PASSWORD_FILE: a file holding it, e.g. a secret)
#   KP_APP_ROLE        login role of the api and worker                   (default knotenpunkt_app)
#   KP_APP_PASSWORD    its password (or KP_APP_PASSWORD_FILE)
#
# Role model (the same as `migrate.js provision`, libs/api/core/database/src/provision.ts):
#   kp_app             NOLOGIN group role. Migrations grant table rights to it; default privileges
#                      below give it SELECT/INSERT/UPDATE/DELETE on every table and USAGE/SELECT on
#                      every sequence the owner creates in schema public.
#   KP_APP_ROLE        member of kp_app. Owns nothing, is no superuser and has no BYPASSRLS, so
#                      row-level security applies to it. Cannot create objects in schema public.
#   KP_OWNER_ROLE      owns the database and every table it creates (migrations).
#   extensions         unaccent, pg_trgm, btree_gist, cube, earthdistance, created here by the
#                      superuser (earthdistance is not a trusted extension).
#
# Tested against a real PostgreSQL by docker/test/postgres-init.spec.ts.

# A subshell, so that `set -e` and the variables stay here whether the entrypoint executes this
# file or sources it (it sources files that lost their executable bit).
(
  set -Eeo pipefail

  # VAR or VAR_FILE, like the postgres image's own POSTGRES_PASSWORD(_FILE).
  file_env() {
    local var="$1" file_var="${1}_FILE"
    if [ -n "${!var:-}" ] && [ -n "${!file_var:-}" ]; then
      echo >&2 "knotenpunkt init: set $var or $file_var, not both"
      exit 1
    fi
    if [ -n "${!file_var:-}" ]; then
      export "$var"="$(< "${!file_var}")"
    fi
  }

  file_env KP_OWNER_PASSWORD
  file_env KP_APP_PASSWORD
  export KP_DB_NAME="${KP_DB_NAME:-knotenpunkt}"
  export KP_OWNER_ROLE="${KP_OWNER_ROLE:-knotenpunkt_owner}"
  export KP_APP_ROLE="${KP_APP_ROLE:-knotenpunkt_app}"

  for name in KP_DB_NAME KP_OWNER_ROLE KP_APP_ROLE; do
    if ! [[ "${!name}" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
      echo >&2 "knotenpunkt init: $name=\"${!name}\" must be a lower-case SQL identifier"
      exit 1
    fi
  done
  if [ "$KP_OWNER_ROLE" = "$KP_APP_ROLE" ]; then
    echo >&2 "knotenpunkt init: KP_OWNER_ROLE and KP_APP_ROLE must differ (the app role must not own tables)"
    exit 1
  fi
  for name in KP_OWNER_PASSWORD KP_APP_PASSWORD; do
    value="${!name:-}"
    if [ "${#value}" -lt 12 ]; then
      echo >&2 "knotenpunkt init: $name is missing or shorter than 12 characters"
      exit 1
    fi
  done

  # Values reach SQL only through psql variables (:'literal', :"identifier"), never by string
  # pasting, so no quoting bug or injection is possible.
  psql --no-psqlrc --set=ON_ERROR_STOP=1 --quiet \
    --username="${POSTGRES_USER:-postgres}" --dbname=postgres <<'SQL'
\getenv db KP_DB_NAME
\getenv owner KP_OWNER_ROLE
\getenv owner_password KP_OWNER_PASSWORD
\getenv app KP_APP_ROLE
\getenv app_password KP_APP_PASSWORD
\set app_group kp_app

SELECT format('CREATE ROLE %I NOLOGIN', :'app_group')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_group') \gexec

SELECT format('CREATE ROLE %I LOGIN', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
ALTER ROLE :"owner" NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS LOGIN
  PASSWORD :'owner_password';

SELECT format('CREATE ROLE %I LOGIN', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"app" NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS LOGIN INHERIT
  PASSWORD :'app_password';
GRANT :"app_group" TO :"app";

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app_group";

\connect :"db"
-- The extensions the schema needs (REQUIRED_EXTENSIONS, libs/api/core/database/src/roles.ts).
-- earthdistance is not a trusted extension, so the superuser creates them all here, as
-- `migrate.js provision` does; the migrations only check that they are there.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
-- Since PostgreSQL 15 schema public belongs to pg_database_owner (here: the owner role) and
-- PUBLIC may not create in it; said again so the intent does not depend on the version.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app_group";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_group";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"app_group";
SQL

  echo "knotenpunkt init: database $KP_DB_NAME (owner $KP_OWNER_ROLE, application role $KP_APP_ROLE in kp_app) is ready"
)
