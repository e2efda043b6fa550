# Generated from a Nixpacks build plan (providers: ruby)
FROM ruby:3.2-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends procps libpq5 && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpq-dev && apt-get clean && rm -rf /var/lib/apt/lists/*
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

# build phase

# after the last phase
COPY . /app/.
# cache save: /root/.bundle/cache

# run stage
FROM ruby:3.2-bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends procps libpq5 && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG BUNDLE_GEMFILE="/app/Gemfile"
ARG BUNDLE_PATH="/app/vendor/bundle"
ARG MALLOC_ARENA_MAX="2"
ENV BUNDLE_GEMFILE="${BUNDLE_GEMFILE}" BUNDLE_PATH="${BUNDLE_PATH}" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "bundle exec rackup config.ru -p ${PORT:-3000}"]
