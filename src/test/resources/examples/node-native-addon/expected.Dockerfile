# Generated from a Nixpacks build plan (providers: node)
FROM node:24-bookworm-slim AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends g++ make python3 && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PREFER_OFFLINE="true"
ARG NPM_CONFIG_LOGS_MAX="0"
ARG NPM_CONFIG_INCLUDE="dev"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PREFER_OFFLINE="${NPM_CONFIG_PREFER_OFFLINE}" NPM_CONFIG_LOGS_MAX="${NPM_CONFIG_LOGS_MAX}" NPM_CONFIG_INCLUDE="${NPM_CONFIG_INCLUDE}"

# setup phase

# install phase
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY package.json /app/package.json
COPY package-lock.json /app/package-lock.json
# cache restore for install: /root/.npm
RUN npm ci

# build phase
COPY . /app/.
# cache restore for build: /app/node_modules/.cache
RUN npm run build

# after the last phase
# cache save: /root/.npm /app/node_modules/.cache

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/node_modules/.cache

# run stage
FROM node:24-bookworm-slim
WORKDIR /app/
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PREFER_OFFLINE="true"
ARG NPM_CONFIG_LOGS_MAX="0"
ARG NPM_CONFIG_INCLUDE="dev"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PREFER_OFFLINE="${NPM_CONFIG_PREFER_OFFLINE}" NPM_CONFIG_LOGS_MAX="${NPM_CONFIG_LOGS_MAX}" NPM_CONFIG_INCLUDE="${NPM_CONFIG_INCLUDE}"
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY --from=app /app /app
CMD ["/bin/sh", "-c", "npm run start"]
