# Generated from a Nixpacks build plan (providers: dart)
FROM dart:3.5 AS build
WORKDIR /app/

# setup phase

# install phase
COPY . /app/.
RUN dart pub get

# build phase
RUN dart compile exe bin/greeter.dart

# after the last phase

# run stage
FROM dart:3.5
WORKDIR /app/
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./bin/greeter.exe"]
