package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.Locale;

/**
 * Clojure, after Nixpacks' {@code providers/clojure.rs}: Leiningen ({@code project.clj}) or tools.build
 * ({@code build.clj}), an uberjar moved to {@code target/}, started with {@code java -jar}. The official
 * {@code clojure} image carries both tools on Temurin.
 */
final class ClojureProvider implements Provider {
    /** Nixpacks defaults to JDK 8; 21 is the current LTS every Clojure release supports. */
    static final int DEFAULT_JDK = 21;

    static final String MOVE_UBERJAR = "if [ -d /app/target/default+uberjar ]; then find /app/target/default+uberjar"
            + " -name \"*.jar\" -exec mv -t /app/target/ {} +; fi";
    static final String START = "JAR_FILE=$(find /app/target -name \"*-standalone.jar\" -o -name \"*.jar\" ! -name"
            + " \"*-SNAPSHOT.jar\" | head -n 1) && bash -c \"java $JAVA_OPTS -jar $JAR_FILE\"";

    @Override
    public String name() {
        return "clojure";
    }

    @Override
    public String lookedFor() {
        return "project.clj or build.clj";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("project.clj") || app.isFile("build.clj");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        boolean tools = app.isFile("build.clj");
        String build;
        if (tools) {
            build = "clojure -T:build uber";
        } else if (app.readTextOrEmpty("project.clj").toLowerCase(Locale.ROOT).contains("[lein-ring ")) {
            build = "lein ring uberjar";
        } else {
            build = "lein uberjar";
        }
        return BuildPlan.builder()
                .buildImage("clojure:temurin-" + jdk(app, env) + (tools ? "-tools-deps" : "-lein") + "-bookworm")
                .phase("setup", Phase.builder().build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("setup")
                                .cmd(build + "; " + MOVE_UBERJAR)
                                .build())
                .startCmd(START)
                .build();
    }

    /** NIXPACKS_JDK_VERSION or .jdk-version: a major, or {@code latest}. */
    private static int jdk(App app, Environment env) {
        String spec = env.config("JDK_VERSION");
        if (spec == null && app.isFile(".jdk-version")) {
            spec = app.readTextOrEmpty(".jdk-version").trim();
        }
        if (spec == null || spec.equals("latest")) {
            return DEFAULT_JDK;
        }
        Integer major = Versions.major(spec);
        return major == null || major < 8 ? DEFAULT_JDK : major;
    }
}
