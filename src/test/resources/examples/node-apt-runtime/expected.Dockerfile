# Generated from a Nixpacks build plan (providers: node)
FROM node:24-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg && apt-get clean && rm -rf /var/lib/apt/lists/*
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

# after the last phase
COPY . /app/.
# cache save: /root/.npm

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/node_modules/.cache

# run stage
FROM node:24-bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PREFER_OFFLINE="true"
ARG NPM_CONFIG_LOGS_MAX="0"
ARG NPM_CONFIG_INCLUDE="dev"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PREFER_OFFLINE="${NPM_CONFIG_PREFER_OFFLINE}" NPM_CONFIG_LOGS_MAX="${NPM_CONFIG_LOGS_MAX}" NPM_CONFIG_INCLUDE="${NPM_CONFIG_INCLUDE}"
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY --from=app /app /app
CMD ["/bin/sh", "-c", "npm run start"]
