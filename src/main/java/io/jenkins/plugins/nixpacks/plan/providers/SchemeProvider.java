package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import java.util.List;

/**
 * Scheme sites built with Haunt, after Nixpacks' {@code providers/scheme.rs}. Debian packages Haunt only in sid
 * (0.4; neither bookworm nor trixie has it), so the build image is {@code debian:sid}: on bookworm the setup phase
 * failed with "Unable to locate package haunt".
 */
final class SchemeProvider implements Provider {
    static final String IMAGE = "debian:sid";

    @Override
    public String name() {
        return "scheme";
    }

    @Override
    public String lookedFor() {
        return "haunt.scm";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("haunt.scm");
    }

    @Override
    public BuildPlan plan(App app, Environment env) {
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase(
                        "setup",
                        Phase.builder().aptPkgs(List.of("haunt", "guile-3.0")).build())
                .phase(
                        "build",
                        Phase.builder().dependsOn("setup").cmd("haunt build").build())
                .startCmd("guile init.scm --auto-compile")
                // The start runs Guile, and init.scm may load Haunt's modules: both are run-time packages.
                .runAptPkgs(List.of("haunt", "guile-3.0"))
                .build();
    }
}
