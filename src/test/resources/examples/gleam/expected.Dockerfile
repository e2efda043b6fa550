# Generated from a Nixpacks build plan (providers: gleam)
FROM ghcr.io/gleam-lang/gleam:v1.5.1-erlang AS build
WORKDIR /app/

# setup phase

# install phase
COPY . /app/.
RUN gleam deps download

# build phase
RUN gleam export erlang-shipment

# after the last phase

# run stage
FROM ghcr.io/gleam-lang/gleam:v1.5.1-erlang
WORKDIR /app/
COPY --from=build /app/build/erlang-shipment /app/build/erlang-shipment
CMD ["/bin/sh", "-c", "./build/erlang-shipment/entrypoint.sh run"]
