package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.StartPhase;
import java.util.List;

/**
 * Scala with sbt, after Nixpacks' {@code providers/scala.rs}: {@code sbt stage} (sbt-native-packager) with sbt's,
 * Ivy's and Coursier's caches, the staged {@code bin/main} on a JRE image.
 */
final class ScalaProvider implements Provider {
    /** The sbt project's image: Temurin 21 (current LTS; Nixpacks defaults to 17), sbt 1.10, Scala 3.5. */
    static final String IMAGE = "sbtscala/scala-sbt:eclipse-temurin-21.0.5_11_1.10.7_3.5.2";

    static final String RUN_IMAGE = "eclipse-temurin:21-jre";

    @Override
    public String name() {
        return "scala";
    }

    @Override
    public String lookedFor() {
        return "build.sbt";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("build.sbt");
    }

    @Override
    public BuildPlan plan(App app, Environment env) {
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase("setup", Phase.builder().build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("setup")
                                .cmd("sbt stage")
                                .cacheDirectory("/root/.sbt")
                                .cacheDirectory("/root/.ivy2/cache")
                                .cacheDirectory("/root/.cache/coursier")
                                .build())
                .start(new StartPhase(
                        "./target/universal/stage/bin/main", RUN_IMAGE, List.of("./target/universal"), null))
                .build();
    }
}
