# Generated from a Nixpacks build plan (providers: rust)
FROM rust:1.80-bookworm AS build
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
RUN cp target/release/hello-rust bin

# after the last phase
# cache save: /root/.cargo/git /root/.cargo/registry /app/target

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/target

# run stage
FROM rust:1.80-bookworm
WORKDIR /app/
ARG ROCKET_ADDRESS="0.0.0.0"
ARG CARGO_HOME="/root/.cargo"
ENV ROCKET_ADDRESS="${ROCKET_ADDRESS}" CARGO_HOME="${CARGO_HOME}"
COPY --from=app /app /app
CMD ["/bin/sh", "-c", "./bin/hello-rust"]
