# Generated from a Nixpacks build plan (providers: deno)
# note: build copies the whole app first (no dependency-first layer): deno cache reads index.ts and everything it imports.
FROM denoland/deno:debian AS build
WORKDIR /app/
ARG DENO_DIR="/app/.deno"
ENV DENO_DIR="${DENO_DIR}"

# setup phase

# build phase
COPY . /app/.
RUN deno cache index.ts

# after the last phase

# run stage
FROM denoland/deno:debian
WORKDIR /app/
ARG DENO_DIR="/app/.deno"
ENV DENO_DIR="${DENO_DIR}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "deno run --allow-net index.ts"]
