# Generated from a Nixpacks build plan
FROM debian:bookworm-slim AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg && apt-get clean && rm -rf /var/lib/apt/lists/*

# setup phase

# after the last phase
COPY . /app/.

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ffmpeg && apt-get clean && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "ffmpeg -version"]
