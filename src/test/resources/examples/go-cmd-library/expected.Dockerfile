# Generated from a Nixpacks build plan (providers: go)
FROM golang:1.23-bookworm AS build
WORKDIR /app/
ARG CGO_ENABLED="0"
ENV CGO_ENABLED="${CGO_ENABLED}"

# setup phase

# install phase
COPY . /app/.
# cache restore for install: /root/.cache/go-build /root/go/pkg/mod
RUN go mod download

# build phase
RUN go build -o out ./cmd/server

# after the last phase
# cache save: /root/.cache/go-build /root/go/pkg/mod

# run stage
FROM debian:bookworm-slim
WORKDIR /app/
ARG CGO_ENABLED="0"
ENV CGO_ENABLED="${CGO_ENABLED}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./out"]
