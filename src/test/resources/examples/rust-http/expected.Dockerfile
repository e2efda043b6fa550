# Generated from a Nixpacks build plan (providers: rust)
# note: build copies the whole app first (no dependency-first layer): cargo reads no manifest without its sources; the crate downloads and target/ come from the cache folders.
FROM rust:1.63-bookworm AS build
WORKDIR /app/
ARG ROCKET_ADDRESS="0.0.0.0"
ARG CARGO_HOME="/root/.cargo"
ENV ROCKET_ADDRESS="${ROCKET_ADDRESS}" CARGO_HOME="${CARGO_HOME}"

# setup phase

# build phase
COPY . /app/.
# cache restore for build: /root/.cargo/git /root/.cargo/registry /app/target
RUN mkdir -p bin
RUN cargo build --release
RUN cp target/release/rust-http bin

# after the last phase
# cache save: /root/.cargo/git /root/.cargo/registry /app/target

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/target

# run stage
FROM rust:1.63-bookworm
WORKDIR /app/
ARG ROCKET_ADDRESS="0.0.0.0"
ARG CARGO_HOME="/root/.cargo"
ENV ROCKET_ADDRESS="${ROCKET_ADDRESS}" CARGO_HOME="${CARGO_HOME}"
COPY --from=app /app /app
CMD ["/bin/sh", "-c", "./bin/rust-http"]
