# Generated from a Nixpacks build plan (providers: java)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /app/

# setup phase

# install phase
COPY pom.xml /app/pom.xml
COPY core/pom.xml /app/core/pom.xml
COPY web/pom.xml /app/web/pom.xml
COPY .mvn /app/.mvn
# cache restore for install: /root/.m2/repository
RUN mvn -B -ntp de.qaware.maven:go-offline-maven-plugin:1.2.8:resolve-dependencies

# build phase
COPY . /app/.
RUN mvn -B -ntp -DskipTests package

# after the last phase
# cache save: /root/.m2/repository

# run stage
FROM maven:3.9-eclipse-temurin-17
WORKDIR /app/
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "java $JAVA_OPTS -jar target/*jar"]
