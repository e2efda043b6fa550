# Generated from a Nixpacks build plan (providers: ruby)
FROM ruby:3.1-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends procps && apt-get clean && rm -rf /var/lib/apt/lists/*
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
FROM ruby:3.1-bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends procps && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG BUNDLE_GEMFILE="/app/Gemfile"
ARG BUNDLE_PATH="/app/vendor/bundle"
ARG MALLOC_ARENA_MAX="2"
ENV BUNDLE_GEMFILE="${BUNDLE_GEMFILE}" BUNDLE_PATH="${BUNDLE_PATH}" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "bundle exec ruby script/server -p ${PORT:-3000}"]
