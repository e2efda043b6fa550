package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import io.jenkins.plugins.nixpacks.plan.StartPhase;
import java.util.List;

/**
 * Gleam, after Nixpacks' {@code providers/gleam}: {@code gleam deps download}, {@code gleam export
 * erlang-shipment}, its entrypoint. Nixpacks downloads the Gleam binary at build time (get-gleam.sh); the Gleam
 * team's image has it, so nothing is fetched outside the package registry.
 */
final class GleamProvider implements Provider {
    static final String IMAGE = "ghcr.io/gleam-lang/gleam:v1.5.1-erlang";

    @Override
    public String name() {
        return "gleam";
    }

    @Override
    public String lookedFor() {
        return "gleam.toml and manifest.toml";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("gleam.toml") && app.isFile("manifest.toml");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase("setup", Phase.builder().build())
                .phase(
                        "install",
                        Phase.builder()
                                .dependsOn("setup")
                                .cmd("gleam deps download")
                                .build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("install")
                                .cmd("gleam export erlang-shipment")
                                .build())
                .start(new StartPhase(
                        "./build/erlang-shipment/entrypoint.sh run", null, List.of("build/erlang-shipment"), null))
                .build();
    }
}
