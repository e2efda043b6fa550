package io.jenkins.plugins.nixpacks.plan;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One phase of a build plan ({@code setup}, {@code install}, {@code build}, or any name a config file gives), in
 * Nixpacks' schema. The name is the key in the plan's phase map and is not written inside the phase.
 *
 * <p>A list that is absent (null) differs from an empty one while plans are merged: absent keeps the lower-priority
 * value, empty replaces it with nothing. Accessors return empty lists for both; output omits both.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties({"name"})
@JsonPropertyOrder({
    "dependsOn",
    "nixPkgs",
    "nixLibs",
    "nixOverlays",
    "nixpkgsArchive",
    "aptPkgs",
    "cmds",
    "onlyIncludeFiles",
    "cacheDirectories",
    "paths"
})
public final class Phase {
    final String name;
    final List<String> dependsOn;
    final List<String> nixPkgs;
    final List<String> nixLibs;
    final List<String> nixOverlays;
    final String nixpkgsArchive;
    final List<String> aptPkgs;
    final List<String> cmds;
    final List<String> onlyIncludeFiles;
    final List<String> cacheDirectories;
    final List<String> paths;

    @JsonCreator
    Phase(
            @JsonProperty("dependsOn") List<String> dependsOn,
            @JsonProperty("nixPkgs") @JsonAlias("nixPackages") List<String> nixPkgs,
            @JsonProperty("nixLibs") @JsonAlias("nixLibraries") List<String> nixLibs,
            @JsonProperty("nixOverlays") List<String> nixOverlays,
            @JsonProperty("nixpkgsArchive") String nixpkgsArchive,
            @JsonProperty("aptPkgs") @JsonAlias("aptPackages") List<String> aptPkgs,
            @JsonProperty("cmds") @JsonAlias("commands") List<String> cmds,
            @JsonProperty("onlyIncludeFiles") List<String> onlyIncludeFiles,
            @JsonProperty("cacheDirectories") List<String> cacheDirectories,
            @JsonProperty("paths") @JsonAlias("envPaths") List<String> paths) {
        this(
                null,
                dependsOn,
                nixPkgs,
                nixLibs,
                nixOverlays,
                nixpkgsArchive,
                aptPkgs,
                cmds,
                onlyIncludeFiles,
                cacheDirectories,
                paths);
    }

    Phase(
            String name,
            List<String> dependsOn,
            List<String> nixPkgs,
            List<String> nixLibs,
            List<String> nixOverlays,
            String nixpkgsArchive,
            List<String> aptPkgs,
            List<String> cmds,
            List<String> onlyIncludeFiles,
            List<String> cacheDirectories,
            List<String> paths) {
        this.name = name;
        this.dependsOn = copy(dependsOn, "dependsOn");
        this.nixPkgs = copy(nixPkgs, "nixPkgs");
        this.nixLibs = copy(nixLibs, "nixLibs");
        this.nixOverlays = copy(nixOverlays, "nixOverlays");
        this.nixpkgsArchive = nixpkgsArchive;
        this.aptPkgs = copy(aptPkgs, "aptPkgs");
        this.cmds = copy(cmds, "cmds");
        this.onlyIncludeFiles = copy(onlyIncludeFiles, "onlyIncludeFiles");
        this.cacheDirectories = copy(cacheDirectories, "cacheDirectories");
        this.paths = copy(paths, "paths");
    }

    private static List<String> copy(List<String> values, String field) {
        if (values == null) {
            return null;
        }
        for (String v : values) {
            if (v == null) {
                throw new IllegalArgumentException(field + " holds an empty (null) entry");
            }
        }
        return List.copyOf(values);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** This phase under another name (the key it has in a plan). */
    Phase named(String newName) {
        return new Phase(
                newName,
                dependsOn,
                nixPkgs,
                nixLibs,
                nixOverlays,
                nixpkgsArchive,
                aptPkgs,
                cmds,
                onlyIncludeFiles,
                cacheDirectories,
                paths);
    }

    /** The phase's key in its plan; null for a phase not yet placed in a plan. */
    @JsonIgnore
    public String name() {
        return name;
    }

    @JsonProperty("dependsOn")
    public List<String> dependsOn() {
        return orEmpty(dependsOn);
    }

    @JsonProperty("nixPkgs")
    public List<String> nixPkgs() {
        return orEmpty(nixPkgs);
    }

    @JsonProperty("nixLibs")
    public List<String> nixLibs() {
        return orEmpty(nixLibs);
    }

    @JsonProperty("nixOverlays")
    public List<String> nixOverlays() {
        return orEmpty(nixOverlays);
    }

    @JsonProperty("nixpkgsArchive")
    public String nixpkgsArchive() {
        return nixpkgsArchive;
    }

    @JsonProperty("aptPkgs")
    public List<String> aptPkgs() {
        return orEmpty(aptPkgs);
    }

    @JsonProperty("cmds")
    public List<String> cmds() {
        return orEmpty(cmds);
    }

    @JsonProperty("onlyIncludeFiles")
    public List<String> onlyIncludeFiles() {
        return orEmpty(onlyIncludeFiles);
    }

    @JsonProperty("cacheDirectories")
    public List<String> cacheDirectories() {
        return orEmpty(cacheDirectories);
    }

    @JsonProperty("paths")
    public List<String> paths() {
        return orEmpty(paths);
    }

    /** Nixpacks' rule: a phase with commands or paths produces Dockerfile lines; others are no-ops. */
    public boolean runsCommands() {
        return !cmds().isEmpty() || !paths().isEmpty();
    }

    public boolean usesNix() {
        return !nixPkgs().isEmpty() || !nixLibs().isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder seeded with this phase, for providers that adjust a phase. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dependsOn = mutable(dependsOn);
        b.nixPkgs = mutable(nixPkgs);
        b.nixLibs = mutable(nixLibs);
        b.nixOverlays = mutable(nixOverlays);
        b.nixpkgsArchive = nixpkgsArchive;
        b.aptPkgs = mutable(aptPkgs);
        b.cmds = mutable(cmds);
        b.onlyIncludeFiles = mutable(onlyIncludeFiles);
        b.cacheDirectories = mutable(cacheDirectories);
        b.paths = mutable(paths);
        return b;
    }

    private static List<String> mutable(List<String> values) {
        return values == null ? null : new ArrayList<>(values);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Phase)) {
            return false;
        }
        Phase p = (Phase) o;
        return Objects.equals(name, p.name)
                && dependsOn().equals(p.dependsOn())
                && nixPkgs().equals(p.nixPkgs())
                && nixLibs().equals(p.nixLibs())
                && nixOverlays().equals(p.nixOverlays())
                && Objects.equals(nixpkgsArchive, p.nixpkgsArchive)
                && aptPkgs().equals(p.aptPkgs())
                && cmds().equals(p.cmds())
                && onlyIncludeFiles().equals(p.onlyIncludeFiles())
                && cacheDirectories().equals(p.cacheDirectories())
                && paths().equals(p.paths());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dependsOn(), nixPkgs(), aptPkgs(), cmds(), cacheDirectories(), paths());
    }

    @Override
    public String toString() {
        return "Phase{" + name + ", cmds=" + cmds() + ", dependsOn=" + dependsOn() + ", cacheDirectories="
                + cacheDirectories() + "}";
    }

    /**
     * Builds a phase the way Nixpacks' providers do: commands, packages and paths are appended; cache directories
     * are de-duplicated and sorted ({@code Phase::add_cache_directory}).
     */
    public static final class Builder {
        private List<String> dependsOn;
        private List<String> nixPkgs;
        private List<String> nixLibs;
        private List<String> nixOverlays;
        private String nixpkgsArchive;
        private List<String> aptPkgs;
        private List<String> cmds;
        private List<String> onlyIncludeFiles;
        private List<String> cacheDirectories;
        private List<String> paths;

        private Builder() {}

        private static List<String> add(List<String> list, Collection<String> values) {
            List<String> result = list == null ? new ArrayList<>() : list;
            result.addAll(values);
            return result;
        }

        public Builder dependsOn(String... phases) {
            dependsOn = add(dependsOn, List.of(phases));
            return this;
        }

        /** Replaces the dependencies (null: unspecified, so a merge keeps the lower-priority ones). */
        public Builder setDependsOn(List<String> phases) {
            dependsOn = phases == null ? null : new ArrayList<>(phases);
            return this;
        }

        public Builder cmd(String cmd) {
            cmds = add(cmds, List.of(cmd));
            return this;
        }

        /** Replaces the commands (null: unspecified; empty: no commands). */
        public Builder setCmds(List<String> values) {
            cmds = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder aptPkgs(Collection<String> pkgs) {
            aptPkgs = add(aptPkgs, pkgs);
            return this;
        }

        public Builder setAptPkgs(List<String> pkgs) {
            aptPkgs = pkgs == null ? null : new ArrayList<>(pkgs);
            return this;
        }

        public Builder nixPkgs(Collection<String> pkgs) {
            nixPkgs = add(nixPkgs, pkgs);
            return this;
        }

        public Builder setNixPkgs(List<String> pkgs) {
            nixPkgs = pkgs == null ? null : new ArrayList<>(pkgs);
            return this;
        }

        public Builder nixLibs(Collection<String> libs) {
            nixLibs = add(nixLibs, libs);
            return this;
        }

        public Builder setNixLibs(List<String> libs) {
            nixLibs = libs == null ? null : new ArrayList<>(libs);
            return this;
        }

        public Builder nixOverlays(Collection<String> overlays) {
            nixOverlays = add(nixOverlays, overlays);
            return this;
        }

        public Builder nixpkgsArchive(String archive) {
            nixpkgsArchive = archive;
            return this;
        }

        public Builder onlyIncludeFile(String file) {
            onlyIncludeFiles = add(onlyIncludeFiles, List.of(file));
            return this;
        }

        /** Replaces the files copied before the phase; null for none given (the whole app). */
        public Builder setOnlyIncludeFiles(List<String> files) {
            onlyIncludeFiles = files == null ? null : new ArrayList<>(files);
            return this;
        }

        /** Adds a cache directory; the list stays sorted and free of duplicates, as in Nixpacks. */
        public Builder cacheDirectory(String dir) {
            TreeSet<String> set = new TreeSet<>(cacheDirectories == null ? List.of() : cacheDirectories);
            set.add(dir);
            cacheDirectories = new ArrayList<>(set);
            return this;
        }

        /** Replaces the cache directories, keeping their order ("..." included, for config layers). */
        public Builder setCacheDirectories(List<String> dirs) {
            cacheDirectories = dirs == null ? null : new ArrayList<>(dirs);
            return this;
        }

        public Builder path(String path) {
            paths = add(paths, List.of(path));
            return this;
        }

        public Phase build() {
            return new Phase(
                    null,
                    dependsOn,
                    nixPkgs,
                    nixLibs,
                    nixOverlays,
                    nixpkgsArchive,
                    aptPkgs,
                    cmds,
                    onlyIncludeFiles,
                    cacheDirectories,
                    paths);
        }
    }
}
