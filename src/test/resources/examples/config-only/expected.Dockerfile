# Generated from a Nixpacks build plan
FROM debian:bookworm-slim AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 && apt-get clean && rm -rf /var/lib/apt/lists/*

# setup phase

# build phase
COPY . /app/.
# cache restore for build: /root/.cache/custom
RUN python3 -m compileall -q .

# after the last phase
# cache save: /root/.cache/custom

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 && apt-get clean && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN id -u app >/dev/null 2>&1 || useradd -m app
USER app
CMD ["/bin/sh", "-c", "python3 serve.py"]
