# Generated from a Nixpacks build plan (providers: cobol)
FROM debian:bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libcob4 && apt-get clean && rm -rf /var/lib/apt/lists/*
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends gnucobol gcc && apt-get clean && rm -rf /var/lib/apt/lists/*

# setup phase

# build phase
COPY . /app/.
RUN cobc -x -o index index.cbl

# after the last phase

# run stage
FROM debian:bookworm
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libcob4 && apt-get clean && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./index"]
