# Generated from a Nixpacks build plan (providers: go)
# note: go.mod asks for Go 1.23 or newer; 1.23 has reached end of life, so the build uses Go 1.27
FROM golang:1.27-bookworm AS build
WORKDIR /app/
ARG CGO_ENABLED="0"
ARG GOCACHE="/root/.cache/go-build"
ENV CGO_ENABLED="${CGO_ENABLED}" GOCACHE="${GOCACHE}"

# setup phase

# install phase
COPY go.mod /app/go.mod
# cache restore for install: /go/pkg/mod /root/.cache/go-build
RUN go mod download

# build phase
COPY . /app/.
RUN go build -o out ./cmd/server

# after the last phase
# cache save: /go/pkg/mod /root/.cache/go-build

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
ARG CGO_ENABLED="0"
ARG GOCACHE="/root/.cache/go-build"
ENV CGO_ENABLED="${CGO_ENABLED}" GOCACHE="${GOCACHE}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./out"]
