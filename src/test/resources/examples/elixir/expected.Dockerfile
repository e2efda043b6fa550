# Generated from a Nixpacks build plan (providers: elixir)
FROM elixir:1.15 AS build
WORKDIR /app/
ARG MIX_ENV="prod"
ARG ELIXIR_ERL_OPTIONS="+fnu"
ARG MIX_HOME="/app/.mix"
ARG HEX_HOME="/app/.hex"
ENV MIX_ENV="${MIX_ENV}" ELIXIR_ERL_OPTIONS="${ELIXIR_ERL_OPTIONS}" MIX_HOME="${MIX_HOME}" HEX_HOME="${HEX_HOME}"

# setup phase

# install phase
COPY mix.exs /app/mix.exs
RUN mix local.hex --force
RUN mix local.rebar --force
RUN mix deps.get --only prod

# build phase
COPY . /app/.
RUN mix compile
RUN mix assets.deploy

# after the last phase

# run stage
FROM elixir:1.15
WORKDIR /app/
ARG MIX_ENV="prod"
ARG ELIXIR_ERL_OPTIONS="+fnu"
ARG MIX_HOME="/app/.mix"
ARG HEX_HOME="/app/.hex"
ENV MIX_ENV="${MIX_ENV}" ELIXIR_ERL_OPTIONS="${ELIXIR_ERL_OPTIONS}" MIX_HOME="${MIX_HOME}" HEX_HOME="${HEX_HOME}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "mix phx.server"]
