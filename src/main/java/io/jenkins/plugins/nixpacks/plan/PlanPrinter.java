package io.jenkins.plugins.nixpacks.plan;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan for people: a few lines for the build log (providers, images, each phase with its commands and cache
 * directories, start and the apt packages the run stage keeps), and the plan as JSON in a file. Variable values
 * are not printed, only their names: a variable may hold something that does not belong in a log.
 */
public final class PlanPrinter {
    private PlanPrinter() {}

    /** One string per log line, no trailing newlines. */
    public static List<String> lines(BuildPlan plan) {
        List<String> out = new ArrayList<>();
        out.add("Build plan (providers: " + (plan.providers().isEmpty() ? "none" : String.join(", ", plan.providers()))
                + ")");
        out.add("  build image: " + (plan.buildImage() == null ? "(none)" : plan.buildImage()));
        out.add("  run image:   " + (plan.runImage() == null ? "(the build image)" : plan.runImage()));
        if (!plan.variables().isEmpty()) {
            out.add("  variables:   " + String.join(", ", plan.variables().keySet()));
        }
        if (!plan.staticAssets().isEmpty()) {
            out.add("  assets:      " + String.join(", ", plan.staticAssets().keySet()));
        }
        for (Phase p : plan.phases().values()) {
            out.add("  phase " + p.name()
                    + (p.dependsOn().isEmpty() ? "" : " (after " + String.join(", ", p.dependsOn()) + ")"));
            if (!p.aptPkgs().isEmpty()) {
                out.add("    apt:   " + String.join(" ", p.aptPkgs()));
            }
            if (!p.nixPkgs().isEmpty() || !p.nixLibs().isEmpty()) {
                List<String> nix = new ArrayList<>(p.nixPkgs());
                nix.addAll(p.nixLibs());
                out.add("    nix:   " + String.join(" ", nix));
            }
            if (!p.onlyIncludeFiles().isEmpty()) {
                out.add("    files: " + String.join(" ", p.onlyIncludeFiles()));
            }
            for (String cmd : p.cmds()) {
                out.add("    $ " + cmd.replace("\n", "\n      "));
            }
            if (!p.cacheDirectories().isEmpty()) {
                out.add("    cache: " + String.join(" ", p.cacheDirectories()));
            }
            if (!p.paths().isEmpty()) {
                out.add("    path:  " + String.join(":", p.paths()));
            }
        }
        for (String note : plan.notes()) {
            out.add("  note: " + note);
        }
        StartPhase start = plan.start();
        out.add("  start: " + (start == null || start.cmd() == null ? "(none)" : start.cmd()));
        if (start != null && start.user() != null) {
            out.add("    user:  " + start.user());
        }
        List<String> run = plan.runAptPkgs();
        List<String> buildOnly = new ArrayList<>(plan.buildAptPkgs());
        buildOnly.removeAll(run);
        if (!run.isEmpty() || !buildOnly.isEmpty()) {
            // The phases' apt lines are the build stage's; this says which of them, and what else, the image keeps.
            out.add("    apt:   " + (run.isEmpty() ? "none" : String.join(" ", run)) + " (run stage"
                    + (buildOnly.isEmpty() ? "" : "; build stage only: " + String.join(" ", buildOnly)) + ")");
        }
        return out;
    }

    /** The readable form as one string, lines ending in a newline. */
    public static String text(BuildPlan plan) {
        return String.join("\n", lines(plan)) + "\n";
    }

    /** Writes the plan as Nixpacks JSON, creating parent folders. */
    public static void writeJson(BuildPlan plan, Path file) throws PlanException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(plan.toJson());
            }
        } catch (IOException e) {
            throw new PlanException("Cannot write the plan to " + file + ": " + e.getMessage(), e);
        }
    }
}
