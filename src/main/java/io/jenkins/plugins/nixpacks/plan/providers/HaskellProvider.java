package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;

/**
 * Haskell with Stack, after Nixpacks' {@code providers/haskell.rs}: {@code stack setup}, {@code stack install}, the
 * first executable of package.yaml. The official {@code haskell} image has GHC and Stack; Stack's caches are
 * {@code /root/.stack} and {@code .stack-work}.
 *
 * <p>Nixpacks installs the executables to Stack's default {@code /root/.local/bin}; here the run stage carries only
 * {@code /app}, so they go to {@code /app/.local/bin} instead (with the default, the image fails at start: not found).
 */
final class HaskellProvider implements Provider {
    static final String IMAGE = "haskell:9.10-slim-bookworm";
    static final String STACK_ROOT = "/root/.stack";
    static final String LOCAL_BIN = "/app/.local/bin";

    @Override
    public String name() {
        return "haskell";
    }

    @Override
    public String lookedFor() {
        return "package.yaml with .hs files";
    }

    @Override
    public boolean detect(App app, Environment env) throws PlanException {
        return app.isFile("package.yaml")
                && !app.findFiles(rel -> rel.endsWith(".hs"), 8).isEmpty();
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        List<String> exes = Yaml.childKeys(app.readText("package.yaml"), "executables");
        if (exes.isEmpty()) {
            throw new PlanException("package.yaml in " + app.root() + " names no executables: add one so stack"
                    + " install makes something to start.");
        }
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase(
                        "setup",
                        Phase.builder()
                                .aptPkgs(List.of("libgmp-dev", "gcc", "binutils", "make", "zlib1g-dev"))
                                .build())
                .phase(
                        "install",
                        Phase.builder()
                                .dependsOn("setup")
                                .cmd("stack setup")
                                .cacheDirectory(STACK_ROOT)
                                .build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("install")
                                .cmd("stack install --local-bin-path " + LOCAL_BIN)
                                .cacheDirectory(STACK_ROOT)
                                .cacheDirectory(".stack-work")
                                .build())
                .startCmd(LOCAL_BIN + "/" + exes.get(0))
                // The executable needs libgmp and zlib, which every Debian image has; the headers, gcc and make
                // are for the build only.
                .runAptPkgs(List.of())
                .build();
    }
}
