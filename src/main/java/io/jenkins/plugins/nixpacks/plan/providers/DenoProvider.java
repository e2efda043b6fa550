package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Deno, after Nixpacks' {@code providers/deno.rs}: {@code deno cache} the entry point, then {@code deno task start}
 * or {@code deno run --allow-all}. {@code DENO_DIR} is moved under {@code /app} so the cached modules reach the
 * run stage.
 */
final class DenoProvider implements Provider {
    private static final Pattern DENO_LAND_IMPORT =
            Pattern.compile("import .+ from [\"'`]https://deno\\.land/[^\"'`]+\\.(?:ts|js|tsx|jsx)[\"'`];?");
    private static final List<String> SOURCE_SUFFIXES = List.of(".ts", ".tsx", ".js", ".jsx");

    @Override
    public String name() {
        return "deno";
    }

    @Override
    public String lookedFor() {
        return "deno.json, deno.jsonc or a deno.land import";
    }

    @Override
    public boolean detect(App app, Environment env) throws PlanException {
        if (app.isFile("deno.json") || app.isFile("deno.jsonc")) {
            return true;
        }
        for (String file : app.findFiles(DenoProvider::isSource, 4)) {
            if (DENO_LAND_IMPORT.matcher(app.readTextOrEmpty(file)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSource(String rel) {
        return SOURCE_SUFFIXES.stream().anyMatch(rel::endsWith);
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        List<String> index = app.findFiles(
                rel -> {
                    String name = rel.substring(rel.lastIndexOf('/') + 1);
                    return SOURCE_SUFFIXES.stream().anyMatch(s -> name.equals("index" + s));
                },
                6);
        String entry = index.isEmpty() ? null : index.get(0);
        BuildPlan.Builder plan = BuildPlan.builder()
                .buildImage("denoland/deno:debian")
                .variable("DENO_DIR", "/app/.deno")
                .phase("setup", Phase.builder().build());
        if (entry != null) {
            plan.phase(
                    "build",
                    Phase.builder()
                            .dependsOn("setup")
                            .cmd("deno cache " + entry)
                            .build());
            plan.note("build copies the whole app first (no dependency-first layer): deno cache reads " + entry
                    + " and everything it imports.");
        }
        String start = null;
        for (String file : List.of("deno.json", "deno.jsonc")) {
            if (start == null && app.isFile(file)) {
                JsonNode task = app.readJson(file).path("tasks").path("start");
                if (task.isTextual()) {
                    start = task.asText();
                }
            }
        }
        if (start == null && entry != null) {
            start = "deno run --allow-all " + entry;
        }
        if (start != null) {
            plan.startCmd(start);
        }
        return plan.build();
    }
}
