# Generated from a Nixpacks build plan (providers: clojure)
FROM clojure:temurin-11-lein-bookworm AS build
WORKDIR /app/

# setup phase

# build phase
COPY . /app/.
RUN lein uberjar; if [ -d /app/target/default+uberjar ]; then find /app/target/default+uberjar -name "*.jar" -exec mv -t /app/target/ {} +; fi

# after the last phase

# run stage
FROM clojure:temurin-11-lein-bookworm
WORKDIR /app/
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "JAR_FILE=$(find /app/target -name \"*-standalone.jar\" -o -name \"*.jar\" ! -name \"*-SNAPSHOT.jar\" | head -n 1) && bash -c \"java $JAVA_OPTS -jar $JAR_FILE\""]
