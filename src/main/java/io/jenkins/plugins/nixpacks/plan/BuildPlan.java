package io.jenkins.plugins.nixpacks.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Nixpacks build plan: providers, build image, variables, static assets, phases and start, in Nixpacks' own JSON
 * and TOML schema ({@code nixpacks plan}, {@code nixpacks.toml}). Immutable; absent and empty values are omitted on
 * output. Variables, static assets and phases keep their order.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"providers", "buildImage", "variables", "staticAssets", "phases", "start"})
public final class BuildPlan {
    /** Marks where a higher-priority list keeps the lower-priority values; {@code @auto} means the same. */
    public static final String KEEP = "...";

    public static final String KEEP_AUTO = "@auto";

    final List<String> providers;
    final String buildImage;
    final Map<String, String> variables;
    final Map<String, String> staticAssets;
    final Map<String, Phase> phases;
    final StartPhase start;

    /**
     * Remarks for people reading the plan (why an install copies the whole app, say): printed with the plan, not
     * part of Nixpacks' schema, so not written to JSON or TOML and not compared by {@link #equals}.
     */
    final List<String> notes;

    @JsonCreator
    public BuildPlan(
            @JsonProperty("providers") List<String> providers,
            @JsonProperty("buildImage") String buildImage,
            @JsonProperty("variables") Map<String, String> variables,
            @JsonProperty("staticAssets") Map<String, String> staticAssets,
            @JsonProperty("phases") Map<String, Phase> phases,
            @JsonProperty("start") StartPhase start) {
        this(providers, buildImage, variables, staticAssets, phases, start, null);
    }

    private BuildPlan(
            List<String> providers,
            String buildImage,
            Map<String, String> variables,
            Map<String, String> staticAssets,
            Map<String, Phase> phases,
            StartPhase start,
            List<String> notes) {
        if (providers != null && providers.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("providers holds an empty (null) entry");
        }
        this.providers = providers == null ? null : List.copyOf(providers);
        this.buildImage = buildImage;
        this.variables = copyMap(variables, "variables");
        this.staticAssets = copyMap(staticAssets, "staticAssets");
        Map<String, Phase> named = new LinkedHashMap<>();
        if (phases != null) {
            for (Map.Entry<String, Phase> e : phases.entrySet()) {
                Phase p = e.getValue() == null ? Phase.builder().build() : e.getValue();
                named.put(e.getKey(), p.named(e.getKey()));
            }
        }
        this.phases = Collections.unmodifiableMap(named);
        this.start = start;
        this.notes = notes == null ? List.of() : List.copyOf(notes);
    }

    private static Map<String, String> copyMap(Map<String, String> values, String field) {
        if (values == null) {
            return null;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException(field + "." + e.getKey() + " has no value");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** An empty plan: every layer absent. */
    public static BuildPlan empty() {
        return new BuildPlan(null, null, null, null, null, null);
    }

    /** Parses a plan in Nixpacks' JSON schema; {@code source} names it in error messages. */
    public static BuildPlan fromJson(String json, String source) throws PlanException {
        return PlanFormat.JSON.parse(json, source);
    }

    public static BuildPlan fromJson(String json) throws PlanException {
        return fromJson(json, "plan JSON");
    }

    /** Parses a plan in Nixpacks' TOML schema ({@code nixpacks.toml}); {@code source} names it in errors. */
    public static BuildPlan fromToml(String toml, String source) throws PlanException {
        return PlanFormat.TOML.parse(toml, source);
    }

    public static BuildPlan fromToml(String toml) throws PlanException {
        return fromToml(toml, "plan TOML");
    }

    /** Reads a {@code .json} or {@code .toml} plan file. */
    public static BuildPlan read(Path file) throws PlanException {
        return PlanFormat.read(file, file.toString());
    }

    /** Pretty-printed JSON, with a trailing newline. */
    public String toJson() {
        return PlanFormat.JSON.write(this);
    }

    public String toToml() {
        return PlanFormat.TOML.write(this);
    }

    @JsonProperty("providers")
    public List<String> providers() {
        return providers == null ? List.of() : providers;
    }

    @JsonProperty("buildImage")
    public String buildImage() {
        return buildImage;
    }

    @JsonProperty("variables")
    public Map<String, String> variables() {
        return variables == null ? Map.of() : variables;
    }

    @JsonProperty("staticAssets")
    public Map<String, String> staticAssets() {
        return staticAssets == null ? Map.of() : staticAssets;
    }

    /** Phases by name, in the plan's order (the generator's plans are in dependency order). */
    @JsonProperty("phases")
    public Map<String, Phase> phases() {
        return phases;
    }

    /** The start section; null when no layer gave one. */
    @JsonProperty("start")
    public StartPhase start() {
        return start;
    }

    /** Remarks for the printed plan, in the order they were made; never in JSON or TOML. */
    @JsonIgnore
    public List<String> notes() {
        return notes;
    }

    /** The same plan with more notes. */
    public BuildPlan withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        for (String n : more) {
            if (!all.contains(n)) {
                all.add(n);
            }
        }
        return new BuildPlan(providers, buildImage, variables, staticAssets, phases, start, all);
    }

    /** The start command, or null. */
    public String startCmd() {
        return start == null ? null : start.cmd();
    }

    /** The run stage's image, or null to run in the build image. */
    public String runImage() {
        return start == null ? null : start.runImage();
    }

    public Phase phase(String name) {
        return phases.get(name);
    }

    /** The Debian packages the build stage installs: every phase's {@code aptPkgs}, each once, in phase order. */
    public List<String> buildAptPkgs() {
        return aptPkgs(phases.values());
    }

    static List<String> aptPkgs(Iterable<Phase> phases) {
        Set<String> all = new LinkedHashSet<>();
        for (Phase p : phases) {
            for (String pkg : p.aptPkgs()) {
                if (!PlanMerger.isKeep(pkg)) {
                    all.add(pkg);
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * The Debian packages the run stage installs: {@code start.aptPkgs} when a layer gave it (providers do, so a
     * compiler stays in the build stage). Otherwise what Nixpacks' single image would have: the phases' packages
     * again when the run stage is the build image, none on a separate {@code runImage} (Nixpacks copies only
     * {@code /app} into one).
     */
    public List<String> runAptPkgs() {
        if (start != null && start.aptPkgs != null) {
            List<String> run = new ArrayList<>(new LinkedHashSet<>(start.aptPkgs));
            run.removeIf(PlanMerger::isKeep);
            return List.copyOf(run);
        }
        return runImage() == null ? buildAptPkgs() : List.of();
    }

    /**
     * The phases in dependency order; among phases that could go next, the one that comes first in the plan goes
     * first.
     *
     * @throws PlanException if a phase depends on a phase the plan does not have, or phases depend on each other
     */
    public List<Phase> orderedPhases() throws PlanException {
        return PhaseOrder.sort(phases);
    }

    /** The cache directories of one phase, validated. */
    public static List<CacheDir> cacheDirs(Phase phase) throws PlanException {
        List<CacheDir> dirs = new ArrayList<>();
        for (String dir : phase.cacheDirectories()) {
            try {
                dirs.add(CacheDir.of(dir));
            } catch (IllegalArgumentException e) {
                throw new PlanException("Phase '" + phase.name() + "': " + e.getMessage(), e);
            }
        }
        return dirs;
    }

    /**
     * Every cache directory of the phases that run commands, in phase order, each folder once. These are the
     * folders the generated Dockerfile restores and saves.
     */
    public List<CacheDir> cacheDirectories() throws PlanException {
        Set<CacheDir> all = new LinkedHashSet<>();
        for (Phase p : orderedPhases()) {
            if (p.runsCommands()) {
                all.addAll(cacheDirs(p));
            }
        }
        return List.copyOf(all);
    }

    /**
     * Refuses Nix packages unless the build image is a Nixpacks (Nix) image: the official language images this
     * plugin builds on have no Nix, so the packages would silently be missing.
     */
    public void checkNixPackages() throws PlanException {
        if (isNixImage(buildImage)) {
            return;
        }
        List<String> wanted = new ArrayList<>();
        for (Phase p : phases.values()) {
            for (String pkg : p.nixPkgs()) {
                wanted.add(pkg + " (" + p.name() + ".nixPkgs)");
            }
            for (String lib : p.nixLibs()) {
                wanted.add(lib + " (" + p.name() + ".nixLibs)");
            }
        }
        wanted.removeIf(w -> w.startsWith(KEEP + " ") || w.startsWith(KEEP_AUTO + " "));
        if (!wanted.isEmpty()) {
            throw new PlanException("The plan asks for Nix packages " + String.join(", ", wanted)
                    + ", but the build image " + (buildImage == null ? "(none)" : buildImage)
                    + " is not a Nixpacks image and has no Nix. Install them with aptPkgs instead, or set"
                    + " buildImage to a Nixpacks image (one whose name contains 'nixpacks').");
        }
    }

    /** Nixpacks' own images (ghcr.io/railwayapp/nixpacks:...) carry Nix; we recognise them by name. */
    public static boolean isNixImage(String image) {
        return image != null && image.toLowerCase(java.util.Locale.ROOT).contains("nixpacks");
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(empty());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BuildPlan)) {
            return false;
        }
        BuildPlan p = (BuildPlan) o;
        return providers().equals(p.providers())
                && Objects.equals(buildImage, p.buildImage)
                && variables().equals(p.variables())
                && new ArrayList<>(variables().keySet())
                        .equals(new ArrayList<>(p.variables().keySet()))
                && staticAssets().equals(p.staticAssets())
                && phases.equals(p.phases)
                && new ArrayList<>(phases.keySet()).equals(new ArrayList<>(p.phases.keySet()))
                && Objects.equals(start, p.start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providers(), buildImage, variables(), phases, start);
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Assembles a plan; providers use it, and so do the generator's layers. */
    public static final class Builder {
        private List<String> providers;
        private String buildImage;
        private Map<String, String> variables;
        private Map<String, String> staticAssets;
        private final Map<String, Phase> phases;
        private StartPhase start;
        private final List<String> notes;

        private Builder(BuildPlan plan) {
            providers = plan.providers == null ? null : new ArrayList<>(plan.providers);
            buildImage = plan.buildImage;
            variables = plan.variables == null ? null : new LinkedHashMap<>(plan.variables);
            staticAssets = plan.staticAssets == null ? null : new LinkedHashMap<>(plan.staticAssets);
            phases = new LinkedHashMap<>(plan.phases);
            start = plan.start;
            notes = new ArrayList<>(plan.notes);
        }

        /** Adds a remark for the printed plan (see {@link BuildPlan#notes()}). */
        public Builder note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return this;
        }

        public Builder providers(List<String> names) {
            providers = names == null ? null : new ArrayList<>(names);
            return this;
        }

        public Builder buildImage(String image) {
            buildImage = image;
            return this;
        }

        public Builder variable(String name, String value) {
            if (variables == null) {
                variables = new LinkedHashMap<>();
            }
            variables.put(name, value);
            return this;
        }

        public Builder variables(Map<String, String> values) {
            values.forEach(this::variable);
            return this;
        }

        public Builder staticAsset(String name, String content) {
            if (staticAssets == null) {
                staticAssets = new LinkedHashMap<>();
            }
            staticAssets.put(name, content);
            return this;
        }

        /** Adds or replaces a phase; a phase keeps its position when replaced. */
        public Builder phase(String name, Phase phase) {
            phases.put(name, phase);
            return this;
        }

        /** Replaces all phases, in the given order. */
        public Builder phases(Map<String, Phase> ordered) {
            phases.clear();
            phases.putAll(ordered);
            return this;
        }

        public Builder start(StartPhase startPhase) {
            start = startPhase;
            return this;
        }

        public Builder startCmd(String cmd) {
            start = start == null
                    ? StartPhase.of(cmd)
                    : new StartPhase(cmd, start.runImage, start.onlyIncludeFiles, start.user, start.aptPkgs);
            return this;
        }

        /** The run stage's Debian packages ({@code start.aptPkgs}); see {@link BuildPlan#runAptPkgs()}. */
        public Builder runAptPkgs(List<String> pkgs) {
            start = start == null ? new StartPhase(null, null, null, null, pkgs) : start.withAptPkgs(pkgs);
            return this;
        }

        public Builder runImage(String image) {
            start = start == null ? new StartPhase(null, image, null, null) : start.withRunImage(image);
            return this;
        }

        public BuildPlan build() {
            return new BuildPlan(providers, buildImage, variables, staticAssets, phases, start, notes);
        }
    }
}
