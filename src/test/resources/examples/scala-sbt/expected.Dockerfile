# Generated from a Nixpacks build plan (providers: scala)
FROM sbtscala/scala-sbt:eclipse-temurin-21.0.5_11_1.10.7_3.5.2 AS build
WORKDIR /app/

# setup phase

# build phase
COPY . /app/.
# cache restore for build: /root/.cache/coursier /root/.ivy2/cache /root/.sbt
RUN sbt stage

# after the last phase
# cache save: /root/.cache/coursier /root/.ivy2/cache /root/.sbt

# run stage
FROM eclipse-temurin:21-jre
WORKDIR /app/
COPY --from=build /app/target/universal /app/target/universal
CMD ["/bin/sh", "-c", "./target/universal/stage/bin/main"]
