package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Procfile layer, after Nixpacks' {@code providers/procfile.rs}: {@code web:} (else {@code worker:}, else the
 * first process by name) becomes the start command; {@code release:} becomes a {@code release} phase after the
 * others.
 */
public final class Procfile {
    private Procfile() {}

    /**
     * The Procfile's plan layer, empty without a Procfile.
     *
     * @param phasesBelow the phases of the lower layers, which the release phase runs after
     */
    public static BuildPlan plan(App app, Set<String> phasesBelow) throws PlanException {
        if (!app.isFile("Procfile")) {
            return BuildPlan.empty();
        }
        Map<String, String> processes = parseKeyValues(app.readText("Procfile"));
        BuildPlan.Builder plan = BuildPlan.builder();
        String release = processes.remove("release");
        if (release != null) {
            List<String> after = new ArrayList<>();
            for (String p : List.of("setup", "install", "build")) {
                if (phasesBelow.contains(p)) {
                    after.add(p);
                }
            }
            plan.phase(
                    "release",
                    Phase.builder()
                            .setDependsOn(after)
                            .setCmds(List.of(BuildPlan.KEEP, release))
                            .build());
        }
        String start = processes.get("web");
        if (start == null) {
            start = processes.get("worker");
        }
        if (start == null && !processes.isEmpty()) {
            start = new TreeMap<>(processes).firstEntry().getValue();
        }
        if (start != null) {
            plan.startCmd(start);
        }
        return plan.build();
    }

    /** {@code name: value} lines, as Procfiles and simple Staticfiles are written; comments and blanks skipped. */
    static Map<String, String> parseKeyValues(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : text.split("\\r?\\n")) {
            String trimmed = line.trim();
            int colon = trimmed.indexOf(':');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || colon <= 0) {
                continue;
            }
            String value = trimmed.substring(colon + 1).trim();
            if (value.length() >= 2
                    && ((value.startsWith("\"") && value.endsWith("\""))
                            || (value.startsWith("'") && value.endsWith("'")))) {
                value = value.substring(1, value.length() - 1);
            }
            result.put(trimmed.substring(0, colon).trim(), value);
        }
        return result;
    }
}
