package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.nio.file.Path;

/**
 * Zig, after Nixpacks' {@code providers/zig.rs}: submodules when there are any, {@code zig build
 * -Doptimize=ReleaseSafe}, the executable named after the folder. Zig has no official image; Debian 13 packages it
 * (a plan may name another image with buildImage).
 */
final class ZigProvider implements Provider {
    static final String IMAGE = "debian:trixie";

    @Override
    public String name() {
        return "zig";
    }

    @Override
    public String lookedFor() {
        return "a .zig file";
    }

    @Override
    public boolean detect(App app, Environment env) throws PlanException {
        return !app.findFiles(rel -> rel.endsWith(".zig"), 8).isEmpty();
    }

    @Override
    public BuildPlan plan(App app, Environment env) {
        Phase.Builder install = Phase.builder().dependsOn("setup");
        if (app.isFile(".gitmodules")) {
            install.cmd("git submodule update --init");
        }
        Path folder = app.root().getFileName();
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase(
                        "setup",
                        Phase.builder().aptPkgs(java.util.List.of("zig", "git")).build())
                .phase("install", install.build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("install")
                                .cmd("zig build -Doptimize=ReleaseSafe")
                                .build())
                .startCmd("./zig-out/bin/" + (folder == null ? "*" : folder.toString()))
                // The start runs the built executable: the compiler and git are for the build only.
                .runAptPkgs(java.util.List.of())
                .build();
    }
}
