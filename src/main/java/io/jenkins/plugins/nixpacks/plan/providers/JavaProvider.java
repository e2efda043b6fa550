package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;

/**
 * Java with Maven or Gradle, after Nixpacks' {@code providers/java.rs} (one provider named {@code java}, as there).
 *
 * <p>Maven: Nixpacks caches {@code .m2/repository} but runs Maven with its default local repository
 * ({@code ~/.m2/repository}), so the cached folder stays empty. The command here adds
 * {@code -Dmaven.repo.local=.m2/repository} so Maven uses the folder that is cached.
 */
final class JavaProvider implements Provider {
    static final int DEFAULT_JDK = 17;
    static final String MAVEN_CACHE_DIR = ".m2/repository";
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
            build.cmd((wrapper ? "./gradlew" : "gradle") + " clean build -x check -x test")
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
            plan.phase(
                    "build",
                    Phase.builder()
                            .dependsOn("setup")
                            .cmd(mvn + " -Dmaven.repo.local=" + MAVEN_CACHE_DIR
                                    + " -DoutputFile=target/mvn-dependency-list.log -B -DskipTests clean"
                                    + " dependency:list install")
                            .cacheDirectory(MAVEN_CACHE_DIR)
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
