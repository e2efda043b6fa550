package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;

/**
 * COBOL, after Nixpacks' {@code providers/cobol.rs}: GnuCOBOL compiles the app's {@code index.cbl} (or the one
 * {@code COBOL_APP_NAME} names, or the first {@code .cbl}) into an executable. GnuCOBOL has no official image;
 * Debian packages it.
 */
final class CobolProvider implements Provider {
    static final String IMAGE = "debian:bookworm";

    @Override
    public String name() {
        return "cobol";
    }

    @Override
    public String lookedFor() {
        return "a .cbl file";
    }

    @Override
    public boolean detect(App app, Environment env) throws PlanException {
        return !app.findFiles(rel -> rel.endsWith(".cbl"), 8).isEmpty();
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        String args = env.config("COBOL_COMPILE_ARGS") == null ? "-x -o" : env.config("COBOL_COMPILE_ARGS");
        String file = source(app, env);
        String base = file.substring(file.lastIndexOf('/') + 1);
        String stem = base.endsWith(".cbl") ? base.substring(0, base.length() - 4) : base;
        return BuildPlan.builder()
                .buildImage(IMAGE)
                .phase(
                        "setup",
                        Phase.builder().aptPkgs(List.of("gnucobol", "gcc")).build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("setup")
                                .cmd("cobc " + args + " " + stem + " " + file)
                                .build())
                .startCmd("./" + stem)
                // The executable links GnuCOBOL's runtime library; the compiler and gcc stay in the build stage.
                .runAptPkgs(List.of("libcob4"))
                .build();
    }

    private static String source(App app, Environment env) throws PlanException {
        String name = env.config("COBOL_APP_NAME");
        if (name != null) {
            List<String> named = app.findFiles(rel -> rel.endsWith(name + ".cbl"), 8);
            if (!named.isEmpty()) {
                return named.get(0);
            }
        }
        List<String> index = app.findFiles(rel -> rel.endsWith("index.cbl"), 8);
        if (!index.isEmpty()) {
            return index.get(0);
        }
        return app.findFiles(rel -> rel.endsWith(".cbl"), 8).get(0);
    }
}
