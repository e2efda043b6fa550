# Generated from a Nixpacks build plan (providers: go)
# note: go.mod asks for Go 1.22 or newer; 1.22 has reached end of life, so the build uses Go 1.27
# note: install copies the whole app first: its commands were replaced, and the provider's input files describe only its own commands (set onlyIncludeFiles with the commands to keep a dependency-first layer).
FROM golang:1.27-bookworm AS build
WORKDIR /app/
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates tzdata && apt-get clean && rm -rf /var/lib/apt/lists/*
ARG CGO_ENABLED="0"
ARG GOCACHE="/root/.cache/go-build"
ENV CGO_ENABLED="${CGO_ENABLED}" GOCACHE="${GOCACHE}"

# setup phase

# install phase
COPY . /app/.
# cache restore for install: /root/.cache/go-build /root/go/pkg/mod
RUN go mod download -x

# build phase
# cache restore for build: /go/pkg/mod
RUN go build -o out

# after the last phase
# cache save: /root/.cache/go-build /root/go/pkg/mod /go/pkg/mod

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
ARG CGO_ENABLED="0"
ARG GOCACHE="/root/.cache/go-build"
ENV CGO_ENABLED="${CGO_ENABLED}" GOCACHE="${GOCACHE}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./out --verbose"]
