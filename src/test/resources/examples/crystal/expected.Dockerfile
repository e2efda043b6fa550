# Generated from a Nixpacks build plan (providers: crystal)
FROM crystallang/crystal:1.14 AS build
WORKDIR /app/

# setup phase

# install phase
COPY . /app/.
RUN shards install

# build phase
RUN shards build

# after the last phase

# run stage
FROM crystallang/crystal:1.14
WORKDIR /app/
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./bin/hello"]
