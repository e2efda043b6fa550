# Generated from a Nixpacks build plan (providers: scheme)
FROM debian:sid AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haunt guile-3.0 && apt-get clean && rm -rf /var/lib/apt/lists/*

# setup phase

# build phase
COPY . /app/.
RUN haunt build

# after the last phase

# run stage
FROM debian:sid
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haunt guile-3.0 && apt-get clean && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "guile init.scm --auto-compile"]
