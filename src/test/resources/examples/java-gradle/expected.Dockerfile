# Generated from a Nixpacks build plan (providers: java)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /app/

# setup phase

# build phase
COPY . /app/.
# cache restore for build: /root/.gradle
RUN ./gradlew clean build --build-cache -x check -x test

# after the last phase
# cache save: /root/.gradle

# run stage
FROM eclipse-temurin:17-jdk
WORKDIR /app/
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "java $JAVA_OPTS -jar -Dserver.port=$PORT $(ls -1 build/libs/*jar | grep -v plain)"]
