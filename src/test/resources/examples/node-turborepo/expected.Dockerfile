# Generated from a Nixpacks build plan (providers: node)
FROM node:24-bookworm AS build
WORKDIR /app/
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PRODUCTION="false"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PRODUCTION="${NPM_CONFIG_PRODUCTION}"

# setup phase

# install phase
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY . /app/.
# cache restore for install: /root/.npm
RUN npm i

# build phase
# cache restore for build: /app/node_modules/.cache
RUN npx turbo run build

# after the last phase
# cache save: /root/.npm /app/node_modules/.cache
RUN rm -rf /app/node_modules/.cache

# run stage
FROM node:24-bookworm
WORKDIR /app/
ARG CI="true"
ARG NODE_ENV="production"
ARG NPM_CONFIG_PRODUCTION="false"
ENV CI="${CI}" NODE_ENV="${NODE_ENV}" NPM_CONFIG_PRODUCTION="${NPM_CONFIG_PRODUCTION}"
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "npx turbo run start"]
