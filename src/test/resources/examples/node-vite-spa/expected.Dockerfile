# Generated from a Nixpacks build plan (providers: node)
# note: the run stage copies only build/, which Caddy serves (not node_modules)
FROM node:24-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends caddy && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /assets && echo 'ewoJYWRtaW4gb2ZmCglwZXJzaXN0X2NvbmZpZyBvZmYKCWF1dG9faHR0cHMgb2ZmCglsb2cgewoJCWZvcm1hdCBqc29uCgl9CglzZXJ2ZXJzIHsKCQl0cnVzdGVkX3Byb3hpZXMgc3RhdGljIHByaXZhdGVfcmFuZ2VzCgl9Cn0KCjp7JFBPUlQ6MzAwMH0gewoJbG9nIHsKCQlmb3JtYXQganNvbgoJfQoJcmV3cml0ZSAvaGVhbHRoIC8qCglyb290ICogL2FwcC97JE5JWFBBQ0tTX1NQQV9PVVRQVVRfRElSfQoJZW5jb2RlIGd6aXAKCWZpbGVfc2VydmVyCgl0cnlfZmlsZXMge3BhdGh9IC9pbmRleC5odG1sCn0K' | base64 -d > /assets/Caddyfile
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PREFER_OFFLINE="true"
ARG NPM_CONFIG_LOGS_MAX="0"
ARG NPM_CONFIG_INCLUDE="dev"
ARG NIXPACKS_SPA_OUTPUT_DIR="build"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PREFER_OFFLINE="${NPM_CONFIG_PREFER_OFFLINE}" NPM_CONFIG_LOGS_MAX="${NPM_CONFIG_LOGS_MAX}" NPM_CONFIG_INCLUDE="${NPM_CONFIG_INCLUDE}" NIXPACKS_SPA_OUTPUT_DIR="${NIXPACKS_SPA_OUTPUT_DIR}"

# setup phase

# install phase
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY package.json /app/package.json
# cache restore for install: /root/.npm
RUN npm i

# build phase
COPY . /app/.
# cache restore for build: /app/node_modules/.cache
RUN npm run build

# caddy phase
RUN caddy fmt --overwrite /assets/Caddyfile

# after the last phase
# cache save: /root/.npm /app/node_modules/.cache

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/node_modules/.cache

# run stage
FROM node:24-bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends caddy && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN mkdir -p /assets && echo 'ewoJYWRtaW4gb2ZmCglwZXJzaXN0X2NvbmZpZyBvZmYKCWF1dG9faHR0cHMgb2ZmCglsb2cgewoJCWZvcm1hdCBqc29uCgl9CglzZXJ2ZXJzIHsKCQl0cnVzdGVkX3Byb3hpZXMgc3RhdGljIHByaXZhdGVfcmFuZ2VzCgl9Cn0KCjp7JFBPUlQ6MzAwMH0gewoJbG9nIHsKCQlmb3JtYXQganNvbgoJfQoJcmV3cml0ZSAvaGVhbHRoIC8qCglyb290ICogL2FwcC97JE5JWFBBQ0tTX1NQQV9PVVRQVVRfRElSfQoJZW5jb2RlIGd6aXAKCWZpbGVfc2VydmVyCgl0cnlfZmlsZXMge3BhdGh9IC9pbmRleC5odG1sCn0K' | base64 -d > /assets/Caddyfile
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PREFER_OFFLINE="true"
ARG NPM_CONFIG_LOGS_MAX="0"
ARG NPM_CONFIG_INCLUDE="dev"
ARG NIXPACKS_SPA_OUTPUT_DIR="build"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PREFER_OFFLINE="${NPM_CONFIG_PREFER_OFFLINE}" NPM_CONFIG_LOGS_MAX="${NPM_CONFIG_LOGS_MAX}" NPM_CONFIG_INCLUDE="${NPM_CONFIG_INCLUDE}" NIXPACKS_SPA_OUTPUT_DIR="${NIXPACKS_SPA_OUTPUT_DIR}"
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY --from=app /app/build /app/build
CMD ["/bin/sh", "-c", "exec caddy run --config /assets/Caddyfile --adapter caddyfile 2>&1"]
