# Generated from a Nixpacks build plan (providers: haskell)
FROM haskell:9.10-slim-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libgmp-dev gcc binutils make zlib1g-dev && apt-get clean && rm -rf /var/lib/apt/lists/*

# setup phase

# install phase
COPY . /app/.
# cache restore for install: /root/.stack
RUN stack setup

# build phase
# cache restore for build: /app/.stack-work
RUN stack install --local-bin-path /app/.local/bin

# after the last phase
# cache save: /root/.stack /app/.stack-work

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/.stack-work

# run stage
FROM haskell:9.10-slim-bookworm
WORKDIR /app/
COPY --from=app /app /app
CMD ["/bin/sh", "-c", "/app/.local/bin/hello-exe"]
