package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;

/**
 * Java with Maven or Gradle, after Nixpacks' {@code providers/java.rs} (one provider named {@code java}, as there).
 *
 * <p>Maven: the install phase copies only the POMs, {@code .mvn} and {@code mvnw} and resolves the project's
 * dependencies and plugins into Maven's default local repository, {@code /root/.m2/repository}, which is cached
 * (Nixpacks caches {@code .m2/repository} under the app, which Maven never uses). It does not run {@code install}:
 * that would copy the app's own artifacts into the cache. The build phase packages the full copy and finds what it
 * needs already resolved ({@code mvn -o package} passes after it, measured on a Spring Boot app and a two-module
 * reactor). Not {@code dependency:go-offline}: it misses artifacts the build needs (jboss-logging, classmate on
 * Spring Boot); not {@code dependency:resolve}: it fails on a module that depends on another module of the
 * reactor, which the POMs alone cannot provide.
 */
final class JavaProvider implements Provider {
    static final int DEFAULT_JDK = 17;
    static final String MAVEN_CACHE_DIR = "/root/.m2/repository";
    /** Batch mode, no transfer progress: a readable log. */
    static final String MAVEN_FLAGS = "-B -ntp";
    /**
     * The dependencies and plugins (with their own dependencies) of every module, from the POMs alone, leaving out
     * the reactor's own modules; the plugin pinned for repeatability.
     */
    static final String MAVEN_RESOLVE = "de.qaware.maven:go-offline-maven-plugin:1.2.8:resolve-dependencies";

    static final String GRADLE_CACHE_DIR = "/root/.gradle";

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String lookedFor() {
        return "pom.xml or gradlew";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("pom.xml")
                || app.isDirectory("pom.atom")
                || app.isDirectory("pom.clj")
                || app.isDirectory("pom.groovy")
                || app.isFile("pom.rb")
                || app.isFile("pom.scala")
                || app.isFile("pom.yaml")
                || app.isFile("pom.yml")
                || app.isFile("gradlew");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        int jdk = jdkVersion(app, env);
        BuildPlan.Builder plan =
                BuildPlan.builder().phase("setup", Phase.builder().build());
        if (app.isFile("gradlew")) {
            boolean wrapper = app.isFile("gradle/wrapper/gradle-wrapper.properties");
            // The wrapper brings its own Gradle, so a plain JDK image is enough. The gradle image links
            // /root/.gradle to a VOLUME, whose contents a classic build drops after each step.
            plan.buildImage(wrapper ? "eclipse-temurin:" + jdk + "-jdk" : "gradle:8-jdk" + jdk);
            Phase.Builder build = Phase.builder().dependsOn("setup");
            if (!app.isExecutable("gradlew")) {
                build.cmd("chmod +x gradlew");
            }
            // The local build cache (in the cached ~/.gradle) reuses task outputs whose inputs are unchanged, such
            // as the compile of a module nobody touched. Not --offline: a new dependency must still download.
            build.cmd((wrapper ? "./gradlew" : "gradle") + " clean build --build-cache -x check -x test")
                    .cacheDirectory(GRADLE_CACHE_DIR);
            plan.phase("build", build.build());
            String gradle = app.readTextOrEmpty("build.gradle") + app.readTextOrEmpty("build.gradle.kts");
            // Nixpacks' order; the launcher reads options after -jar up to the jar file.
            plan.startCmd("java $JAVA_OPTS -jar " + (springBootGradle(gradle) ? "-Dserver.port=$PORT " : "")
                    + "$(ls -1 build/libs/*jar | grep -v plain)");
        } else {
            plan.buildImage("maven:3.9-eclipse-temurin-" + jdk);
            String mvn = app.isFile("mvnw") && app.isFile(".mvn/wrapper/maven-wrapper.properties")
                    ? "chmod +x ./mvnw && ./mvnw"
                    : "mvn";
            Phase.Builder install = Phase.builder()
                    .dependsOn("setup")
                    .cmd(mvn + " " + MAVEN_FLAGS + " " + MAVEN_RESOLVE)
                    .cacheDirectory(MAVEN_CACHE_DIR);
            JavaInstallInputs.maven(app).applyTo("install", install, plan);
            plan.phase("install", install.build());
            plan.phase(
                    "build",
                    Phase.builder()
                            .dependsOn("install")
                            .cmd(mvn + " " + MAVEN_FLAGS + " -DskipTests package")
                            .build());
            String port = app.isFile("pom.xml") ? portOption(app.readTextOrEmpty("pom.xml")) : "";
            plan.startCmd("java " + port + "$JAVA_OPTS -jar target/*jar");
        }
        return plan.build();
    }

    private static int jdkVersion(App app, Environment env) {
        Integer v = Versions.major(env.config("JDK_VERSION"));
        if (v == null) {
            v = Versions.major(Versions.toolVersion(app, "java"));
        }
        if (v != null) {
            return v;
        }
        // An old Gradle wrapper cannot run on a newer JDK: Gradle 6 runs on at most JDK 15 (so 11, the LTS), Gradle
        // 7.0-7.2 on at most 16, 7.3-7.5 on 17.
        Integer gradle = gradleWrapperMajor(app);
        if (gradle != null && gradle <= 6) {
            return 11;
        }
        return DEFAULT_JDK;
    }

    private static Integer gradleWrapperMajor(App app) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("gradle-(\\d+)\\.")
                .matcher(app.readTextOrEmpty("gradle/wrapper/gradle-wrapper.properties"));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static boolean springBootGradle(String buildGradle) {
        return buildGradle.contains("org.springframework.boot")
                || buildGradle.contains("spring-boot-gradle-plugin")
                || buildGradle.contains("org.grails:grails-");
    }

    private static String portOption(String pom) {
        if (pom.contains("<groupId>org.wildfly.swarm")) {
            return "-Dswarm.http.port=$PORT ";
        }
        if (pom.contains("<groupId>org.springframework.boot") && pom.contains("<artifactId>spring-boot")) {
            return "-Dserver.port=$PORT ";
        }
        return "";
    }
}
