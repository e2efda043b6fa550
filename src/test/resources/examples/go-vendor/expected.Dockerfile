# Generated from a Nixpacks build plan (providers: go)
# note: go.mod asks for Go 1.22 or newer; 1.22 has reached end of life, so the build uses Go 1.27
FROM golang:1.27-bookworm AS build
WORKDIR /app/
ARG CGO_ENABLED="0"
ARG GOCACHE="/root/.cache/go-build"
ARG GOFLAGS="-mod=vendor"
ENV CGO_ENABLED="${CGO_ENABLED}" GOCACHE="${GOCACHE}" GOFLAGS="${GOFLAGS}"

# setup phase

# build phase
COPY . /app/.
# cache restore for build: /root/.cache/go-build
RUN go build -mod=vendor -o out

# after the last phase
# cache save: /root/.cache/go-build

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
ARG CGO_ENABLED="0"
ARG GOCACHE="/root/.cache/go-build"
ARG GOFLAGS="-mod=vendor"
ENV CGO_ENABLED="${CGO_ENABLED}" GOCACHE="${GOCACHE}" GOFLAGS="${GOFLAGS}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./out"]
