# Generated from a Nixpacks build plan (providers: node)
FROM node:22-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PREFER_OFFLINE="true"
ARG NPM_CONFIG_LOGS_MAX="0"
ARG NPM_CONFIG_INCLUDE="dev"
ARG APP_GREETING="hello from nixpacks.toml"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PREFER_OFFLINE="${NPM_CONFIG_PREFER_OFFLINE}" NPM_CONFIG_LOGS_MAX="${NPM_CONFIG_LOGS_MAX}" NPM_CONFIG_INCLUDE="${NPM_CONFIG_INCLUDE}" APP_GREETING="${APP_GREETING}"

# setup phase

# install phase
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY package.json /app/package.json
COPY package-lock.json /app/package-lock.json
# cache restore for install: /root/.npm /root/.cache/extra
RUN npm ci

# build phase
COPY . /app/.
# cache restore for build: /app/node_modules/.cache
RUN echo before
RUN npm run build
RUN echo after

# test phase
RUN npm test

# after the last phase
# cache save: /root/.npm /root/.cache/extra /app/node_modules/.cache

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/node_modules/.cache

# run stage
FROM node:22-bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PREFER_OFFLINE="true"
ARG NPM_CONFIG_LOGS_MAX="0"
ARG NPM_CONFIG_INCLUDE="dev"
ARG APP_GREETING="hello from nixpacks.toml"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PREFER_OFFLINE="${NPM_CONFIG_PREFER_OFFLINE}" NPM_CONFIG_LOGS_MAX="${NPM_CONFIG_LOGS_MAX}" NPM_CONFIG_INCLUDE="${NPM_CONFIG_INCLUDE}" APP_GREETING="${APP_GREETING}"
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY --from=app /app /app
CMD ["/bin/sh", "-c", "node index.js --port ${PORT:-3000}"]
