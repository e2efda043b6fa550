package io.jenkins.plugins.nixpacks.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nixpacks' merge of two plan layers ({@code plan/merge.rs}): the upper layer wins for single values, maps are
 * merged key by key, and a list in the upper layer replaces the lower one except where it holds {@code "..."} (or
 * {@code "@auto"}), which is filled with the lower values. An absent list keeps the lower one.
 */
final class PlanMerger {
    private PlanMerger() {}

    /** Merges layers, lowest priority first. */
    static BuildPlan merge(List<BuildPlan> layersLowestFirst) {
        BuildPlan result = BuildPlan.empty();
        for (BuildPlan layer : layersLowestFirst) {
            result = merge(result, layer);
        }
        return result;
    }

    static BuildPlan merge(BuildPlan lower, BuildPlan upper) {
        Map<String, Phase> phases = new LinkedHashMap<>(lower.phases);
        for (Map.Entry<String, Phase> e : upper.phases.entrySet()) {
            String name = e.getKey();
            Phase base = phases.get(name);
            if (base == null) {
                base = newPhase(name, phases);
            }
            phases.put(name, mergePhase(base, e.getValue()));
        }
        return new BuildPlan(
                fill(lower.providers, upper.providers),
                upper.buildImage != null ? upper.buildImage : lower.buildImage,
                mergeMaps(lower.variables, upper.variables),
                mergeMaps(lower.staticAssets, upper.staticAssets),
                phases,
                mergeStart(lower.start, upper.start, mergeRunApt(lower, upper, phases)));
    }

    /**
     * The run stage's packages ({@code start.aptPkgs}, which Nixpacks lacks). A layer that gives them is merged as any
     * list. A layer that names phase packages without giving them (a nixpacks.toml written for Nixpacks, where every
     * package is in the one image) is taken to mean those packages for the app: the ones it adds go to the run
     * stage too, and the ones it removes from every phase leave it; the lower layer's choice stays for the rest.
     */
    private static List<String> mergeRunApt(BuildPlan lower, BuildPlan upper, Map<String, Phase> merged) {
        List<String> lowerRun = lower.start == null ? null : lower.start.aptPkgs;
        if (upper.start != null && upper.start.aptPkgs != null) {
            return fill(lowerRun, upper.start.aptPkgs);
        }
        if (lowerRun == null) {
            // Still unsaid: BuildPlan.runAptPkgs() gives every phase's packages, the new ones included.
            return null;
        }
        Set<String> before = new LinkedHashSet<>(BuildPlan.aptPkgs(lower.phases.values()));
        Set<String> after = new LinkedHashSet<>(BuildPlan.aptPkgs(merged.values()));
        if (before.equals(after)) {
            return lowerRun;
        }
        List<String> run = new ArrayList<>();
        for (String pkg : lowerRun) {
            // A package only the run stage has (a runtime library for a -dev package) is not the layer's to remove.
            if (isKeep(pkg) || after.contains(pkg) || !before.contains(pkg)) {
                run.add(pkg);
            }
        }
        for (String pkg : after) {
            if (!before.contains(pkg) && !run.contains(pkg)) {
                run.add(pkg);
            }
        }
        return run;
    }

    /**
     * A phase that only a higher layer names. As in Nixpacks, {@code install} depends on {@code setup} and
     * {@code build} on {@code install}; a build phase in a plan without an install phase depends on {@code setup}
     * instead, so a build command added to, say, a static site does not point at a missing phase.
     */
    private static Phase newPhase(String name, Map<String, Phase> existing) {
        Phase.Builder b = Phase.builder();
        if (name.equals("install")) {
            b.dependsOn("setup");
        } else if (name.equals("build")) {
            b.dependsOn(existing.containsKey("install") || !existing.containsKey("setup") ? "install" : "setup");
        }
        return b.build().named(name);
    }

    static Phase mergePhase(Phase lower, Phase upper) {
        return new Phase(
                lower.name,
                fill(lower.dependsOn, upper.dependsOn),
                fill(lower.nixPkgs, upper.nixPkgs),
                fill(lower.nixLibs, upper.nixLibs),
                fill(lower.nixOverlays, upper.nixOverlays),
                upper.nixpkgsArchive != null ? upper.nixpkgsArchive : lower.nixpkgsArchive,
                fill(lower.aptPkgs, upper.aptPkgs),
                fill(lower.cmds, upper.cmds),
                fill(lower.onlyIncludeFiles, upper.onlyIncludeFiles),
                fill(lower.cacheDirectories, upper.cacheDirectories),
                fill(lower.paths, upper.paths));
    }

    private static StartPhase mergeStart(StartPhase lower, StartPhase upper, List<String> runApt) {
        if (lower == null) {
            return upper == null ? null : upper.withAptPkgs(runApt);
        }
        if (upper == null) {
            return lower.withAptPkgs(runApt);
        }
        return new StartPhase(
                upper.cmd != null ? upper.cmd : lower.cmd,
                upper.runImage != null ? upper.runImage : lower.runImage,
                fill(lower.onlyIncludeFiles, upper.onlyIncludeFiles),
                upper.user != null ? upper.user : lower.user,
                runApt);
    }

    private static Map<String, String> mergeMaps(Map<String, String> lower, Map<String, String> upper) {
        if (lower == null) {
            return upper;
        }
        if (upper == null) {
            return lower;
        }
        Map<String, String> merged = new LinkedHashMap<>(lower);
        merged.putAll(upper);
        return merged;
    }

    /** Nixpacks' {@code fill_auto_in_vec}: the marker stays, followed by the lower values, until {@link #strip}. */
    static List<String> fill(List<String> lower, List<String> upper) {
        if (upper == null) {
            return lower;
        }
        List<String> result = new ArrayList<>();
        for (String v : upper) {
            result.add(v);
            if (isKeep(v) && lower != null) {
                result.addAll(lower);
            }
        }
        return result;
    }

    static boolean isKeep(String v) {
        return BuildPlan.KEEP.equals(v) || BuildPlan.KEEP_AUTO.equals(v);
    }

    private static List<String> strip(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (String v : values) {
            if (!isKeep(v)) {
                result.add(v);
            }
        }
        return result;
    }

    /** Removes the {@code "..."} markers once every layer is merged (Nixpacks' {@code pin}). */
    static BuildPlan strip(BuildPlan plan) {
        Map<String, Phase> phases = new LinkedHashMap<>();
        for (Map.Entry<String, Phase> e : plan.phases.entrySet()) {
            Phase p = e.getValue();
            phases.put(
                    e.getKey(),
                    new Phase(
                            p.name,
                            strip(p.dependsOn),
                            strip(p.nixPkgs),
                            strip(p.nixLibs),
                            strip(p.nixOverlays),
                            p.nixpkgsArchive,
                            strip(p.aptPkgs),
                            strip(p.cmds),
                            strip(p.onlyIncludeFiles),
                            strip(p.cacheDirectories),
                            strip(p.paths)));
        }
        StartPhase start = plan.start == null
                ? null
                : new StartPhase(
                        plan.start.cmd,
                        plan.start.runImage,
                        strip(plan.start.onlyIncludeFiles),
                        plan.start.user,
                        strip(plan.start.aptPkgs));
        return new BuildPlan(strip(plan.providers), plan.buildImage, plan.variables, plan.staticAssets, phases, start);
    }
}
