# Generated from a Nixpacks build plan (providers: java)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /app/

# setup phase

# build phase
COPY . /app/.
# cache restore for build: /app/.m2/repository
RUN mvn -Dmaven.repo.local=.m2/repository -DoutputFile=target/mvn-dependency-list.log -B -DskipTests clean dependency:list install

# after the last phase
# cache save: /app/.m2/repository

# the app without its cache folders
FROM build AS app
RUN rm -rf /app/.m2/repository

# run stage
FROM maven:3.9-eclipse-temurin-17
WORKDIR /app/
COPY --from=app /app /app
CMD ["/bin/sh", "-c", "java $JAVA_OPTS -jar target/*jar"]
