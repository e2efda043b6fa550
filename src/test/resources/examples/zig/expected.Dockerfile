# Generated from a Nixpacks build plan (providers: zig)
FROM debian:trixie AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends zig git && apt-get clean && rm -rf /var/lib/apt/lists/*

# setup phase

# install phase

# build phase
COPY . /app/.
RUN zig build -Doptimize=ReleaseSafe

# after the last phase

# run stage
FROM debian:trixie
WORKDIR /app/
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./zig-out/bin/zig"]
