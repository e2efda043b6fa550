package io.jenkins.plugins.nixpacks.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The step's plan options, the highest-priority layer of the plan (Nixpacks' command-line flags). Every field is
 * optional; {@link #NONE} sets nothing. Built with {@link #builder()}.
 */
public final class PlanOptions {
    public static final PlanOptions NONE = builder().build();

    private final List<String> providers;
    private final String buildImage;
    private final String runImage;
    private final String installCmd;
    private final String buildCmd;
    private final String startCmd;
    private final List<String> aptPkgs;
    private final Map<String, String> variables;
    private final List<String> cacheDirectories;
    private final String configFile;

    private PlanOptions(Builder b) {
        this.providers = b.providers == null ? null : List.copyOf(b.providers);
        this.buildImage = blankToNull(b.buildImage);
        this.runImage = blankToNull(b.runImage);
        this.installCmd = blankToNull(b.installCmd);
        this.buildCmd = blankToNull(b.buildCmd);
        this.startCmd = blankToNull(b.startCmd);
        this.aptPkgs = List.copyOf(b.aptPkgs);
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(b.variables));
        this.cacheDirectories = List.copyOf(b.cacheDirectories);
        this.configFile = blankToNull(b.configFile);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Providers to use instead of detection; null detects. May hold {@code "..."} for the detected ones. */
    public List<String> providers() {
        return providers;
    }

    public String buildImage() {
        return buildImage;
    }

    public String runImage() {
        return runImage;
    }

    public String installCmd() {
        return installCmd;
    }

    public String buildCmd() {
        return buildCmd;
    }

    public String startCmd() {
        return startCmd;
    }

    /** Added to the setup phase's apt packages. */
    public List<String> aptPkgs() {
        return aptPkgs;
    }

    /** Added to (and override) the plan's variables. */
    public Map<String, String> variables() {
        return variables;
    }

    /** Added to the install phase's cache directories. */
    public List<String> cacheDirectories() {
        return cacheDirectories;
    }

    /** Config file relative to the source folder, instead of nixpacks.toml / nixpacks.json; null for those. */
    public String configFile() {
        return configFile;
    }

    /** These options as a plan layer, the way Nixpacks turns its command-line flags into a plan. */
    BuildPlan toPlan() {
        BuildPlan.Builder plan = BuildPlan.builder();
        plan.providers(providers);
        plan.buildImage(buildImage);
        plan.variables(variables);
        if (!aptPkgs.isEmpty()) {
            List<String> apt = new ArrayList<>(aptPkgs);
            apt.add(BuildPlan.KEEP);
            plan.phase("setup", Phase.builder().setAptPkgs(apt).build());
        }
        if (installCmd != null || !cacheDirectories.isEmpty()) {
            Phase.Builder install = Phase.builder();
            if (installCmd != null) {
                install.setCmds(List.of(installCmd));
            }
            if (!cacheDirectories.isEmpty()) {
                List<String> dirs = new ArrayList<>();
                dirs.add(BuildPlan.KEEP);
                dirs.addAll(cacheDirectories);
                install.setCacheDirectories(dirs);
            }
            plan.phase("install", install.build());
        }
        if (buildCmd != null) {
            plan.phase("build", Phase.builder().setCmds(List.of(buildCmd)).build());
        }
        if (startCmd != null) {
            plan.startCmd(startCmd);
        }
        if (runImage != null) {
            plan.runImage(runImage);
        }
        return plan.build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PlanOptions)) {
            return false;
        }
        PlanOptions p = (PlanOptions) o;
        return Objects.equals(providers, p.providers)
                && Objects.equals(buildImage, p.buildImage)
                && Objects.equals(runImage, p.runImage)
                && Objects.equals(installCmd, p.installCmd)
                && Objects.equals(buildCmd, p.buildCmd)
                && Objects.equals(startCmd, p.startCmd)
                && aptPkgs.equals(p.aptPkgs)
                && variables.equals(p.variables)
                && cacheDirectories.equals(p.cacheDirectories)
                && Objects.equals(configFile, p.configFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(providers, buildImage, runImage, installCmd, buildCmd, startCmd, configFile);
    }

    @Override
    public String toString() {
        return "PlanOptions{providers=" + providers + ", buildImage=" + buildImage + ", runImage=" + runImage
                + ", installCmd=" + installCmd + ", buildCmd=" + buildCmd + ", startCmd=" + startCmd
                + ", aptPkgs=" + aptPkgs + ", variables=" + variables.keySet() + ", cacheDirectories="
                + cacheDirectories + ", configFile=" + configFile + "}";
    }

    public static final class Builder {
        private List<String> providers;
        private String buildImage;
        private String runImage;
        private String installCmd;
        private String buildCmd;
        private String startCmd;
        private final List<String> aptPkgs = new ArrayList<>();
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final List<String> cacheDirectories = new ArrayList<>();
        private String configFile;

        private Builder() {}

        /** Null or empty: detect. */
        public Builder providers(List<String> names) {
            this.providers = names == null || names.isEmpty() ? null : new ArrayList<>(names);
            return this;
        }

        public Builder buildImage(String image) {
            this.buildImage = image;
            return this;
        }

        public Builder runImage(String image) {
            this.runImage = image;
            return this;
        }

        public Builder installCmd(String cmd) {
            this.installCmd = cmd;
            return this;
        }

        public Builder buildCmd(String cmd) {
            this.buildCmd = cmd;
            return this;
        }

        public Builder startCmd(String cmd) {
            this.startCmd = cmd;
            return this;
        }

        public Builder aptPkgs(List<String> pkgs) {
            if (pkgs != null) {
                pkgs.stream().filter(p -> p != null && !p.isBlank()).forEach(aptPkgs::add);
            }
            return this;
        }

        public Builder variables(Map<String, String> vars) {
            if (vars != null) {
                vars.forEach((k, v) -> variables.put(k, v == null ? "" : v));
            }
            return this;
        }

        public Builder variable(String name, String value) {
            variables.put(name, value == null ? "" : value);
            return this;
        }

        public Builder cacheDirectories(List<String> dirs) {
            if (dirs != null) {
                dirs.stream().filter(d -> d != null && !d.isBlank()).forEach(cacheDirectories::add);
            }
            return this;
        }

        public Builder configFile(String file) {
            this.configFile = file;
            return this;
        }

        public PlanOptions build() {
            return new PlanOptions(this);
        }
    }
}
