# Generated from a Nixpacks build plan (providers: swift)
FROM swift:5.10 AS build
WORKDIR /app/

# setup phase

# install phase
COPY . /app/.
RUN swift package resolve

# build phase
RUN CC=clang++ swift build -c release --static-swift-stdlib
RUN cp ./.build/release/Hello ./Hello && rm -rf ./.build

# after the last phase

# run stage
FROM swift:5.10
WORKDIR /app/
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./Hello"]
