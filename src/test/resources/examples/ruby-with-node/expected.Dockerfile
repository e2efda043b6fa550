# Generated from a Nixpacks build plan (providers: ruby)
FROM ruby:3.2-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends procps libpq5 nodejs && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpq-dev npm && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG BUNDLE_GEMFILE="/app/Gemfile"
ARG BUNDLE_PATH="/app/vendor/bundle"
ARG MALLOC_ARENA_MAX="2"
ENV BUNDLE_GEMFILE="${BUNDLE_GEMFILE}" BUNDLE_PATH="${BUNDLE_PATH}" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX}"

# setup phase

# install phase
COPY Gemfile /app/Gemfile
COPY Gemfile.lock /app/Gemfile.lock
# cache restore for install: /root/.bundle/cache
RUN bundle install

# node:install phase
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY package.json /app/package.json
COPY package-lock.json /app/package-lock.json
# cache restore for node:install: /root/.npm
RUN npm ci

# build phase

# after the last phase
COPY . /app/.
# cache save: /root/.bundle/cache /root/.npm

# run stage
FROM ruby:3.2-bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends procps libpq5 nodejs && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG BUNDLE_GEMFILE="/app/Gemfile"
ARG BUNDLE_PATH="/app/vendor/bundle"
ARG MALLOC_ARENA_MAX="2"
ENV BUNDLE_GEMFILE="${BUNDLE_GEMFILE}" BUNDLE_PATH="${BUNDLE_PATH}" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX}"
ENV PATH="/app/node_modules/.bin:${PATH}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "bundle exec rackup config.ru -p ${PORT:-3000}"]
