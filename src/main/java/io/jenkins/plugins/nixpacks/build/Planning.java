package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileGenerator;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileSource;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import io.jenkins.plugins.nixpacks.plan.PlanPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a request builds, before any engine is touched: the source folder (a subfolder when only it says how to
 * build), the plan Nixpacks-style or the project's own Dockerfile, the cache directories, and the Dockerfile with the
 * cache's markers. {@link NixpacksBuild} builds from it; {@code --plan-only} and the preview print it.
 */
final class Planning {
    /** The Dockerfile with a marker at each restore point, and the stage the save reads (null: none). */
    record Marked(String text, String saveStage) {}

    /** The plan (null when the project's Dockerfile is used), the Dockerfile source, and the cache directories. */
    record Planned(BuildPlan plan, DockerfileSource dockerfile, List<CacheDir> dirs) {}

    private final NixpacksBuild.Request req;
    private final BuildOptions o;
    private final BuildLog log;

    Planning(NixpacksBuild.Request req, BuildLog log) {
        this.req = req;
        this.o = req.options();
        this.log = log;
    }

    Path sourceDir() throws BuildException {
        String p = o.path == null || o.path.isBlank() ? "." : o.path;
        Path dir = req.workspace().resolve(p).normalize();
        if (!Files.isDirectory(dir)) {
            throw new BuildException(
                    BuildException.Kind.USAGE,
                    "source folder " + dir + " does not exist or is not a folder; check 'path'",
                    null);
        }
        if (o.dockerfile != null || Files.exists(dir.resolve("Dockerfile"))) {
            return dir;
        }
        try {
            Path app = PlanGenerator.appFolder(dir, planOptions(), req.env());
            if (!app.equals(dir)) {
                log.line("Using subfolder " + dir.relativize(app) + ": nothing in " + dir + " says how to build it");
            }
            return app;
        } catch (PlanException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    Planned plan(Path source) throws BuildException {
        PlanOptions planOptions = planOptions();
        try {
            DockerfileSource ds = DockerfileSource.choose(source, o.dockerfile, o.ignoreDockerfile);
            if (ds.useProjectDockerfile()) {
                return new Planned(null, ds, PlanGenerator.configuredCacheDirs(source, planOptions, req.env()));
            }
            BuildPlan plan = PlanGenerator.generate(source, planOptions, req.env(), log::warn);
            return new Planned(plan, ds, plan.cacheDirectories());
        } catch (PlanException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    /** The Dockerfile with a marker line at each restore point, for the layer cache to decide (see CacheHooksImpl). */
    Marked marked(Path source, Planned planned, boolean save) throws BuildException, IOException {
        CacheHooksImpl hooks = CacheHooksImpl.points(save);
        if (planned.plan() != null) {
            return new Marked(generate(planned.plan(), hooks), DockerfileGenerator.BUILD_STAGE);
        }
        ProjectDockerfile.Result r = ProjectDockerfile.withMarkers(
                source.resolve(planned.dockerfile().projectDockerfile()),
                planned.dirs(),
                hooks,
                o.cacheImage != null && !o.cacheImage.isBlank(),
                log);
        return new Marked(r.text(), r.saveStage());
    }

    /**
     * Logs what is built and from what, keeps the plan in {@code result}, and refuses a plan without a build image (or
     * a start command, unless allowed); writes the plan file when asked. {@code cacheOn}: a cache image is set.
     */
    void report(Path source, Planned planned, boolean cacheOn, BuildResult result) throws BuildException, IOException {
        BuildPlan plan = planned.plan();
        if (plan != null) {
            result.providers.addAll(plan.providers());
            result.plan.addAll(PlanPrinter.lines(plan));
            result.plan.forEach(log::line);
            try {
                PlanGenerator.requireBuildImage(plan, source);
                if (!o.noErrorWithoutStart) {
                    PlanGenerator.requireStart(plan, source);
                }
            } catch (PlanException e) {
                throw new BuildException(e.getMessage(), e);
            }
            if (o.planFile != null && !o.planFile.isBlank()) {
                try {
                    PlanPrinter.writeJson(plan, source.resolve(o.planFile));
                } catch (PlanException e) {
                    throw new BuildException(e.getMessage(), e);
                }
            }
        } else {
            log.line("Building " + source + " from its Dockerfile "
                    + planned.dockerfile().projectDockerfile());
            for (String note : ProjectDockerfile.notes(
                    source.resolve(planned.dockerfile().projectDockerfile()),
                    cacheOn && planned.dirs().isEmpty())) {
                log.warn(note);
            }
        }
    }

    /**
     * The plan as {@code nixpacks plan} prints it: Nixpacks' JSON schema, made whether or not the project has its own
     * Dockerfile (as {@code nixpacks plan} does), so it can be diffed, stored and fed back as a config file.
     */
    String planJson() throws BuildException {
        try {
            return PlanGenerator.generate(sourceDir(), planOptions(), req.env(), log::warn)
                    .toJson();
        } catch (PlanException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    /**
     * The plan and the Dockerfile a build would use, with the cache's restore lines, without touching an engine;
     * {@code notes} collects this planning's log, which comes first.
     */
    List<String> preview(List<String> notes) throws BuildException, IOException {
        Path source = sourceDir();
        Planned planned = plan(source);
        boolean cacheOn = o.cacheImage != null && !o.cacheImage.isBlank();
        CacheHooksImpl hooks = new CacheHooksImpl(null, Set.of(), cacheOn && o.resolvedSave());
        List<String> out = new ArrayList<>(notes);
        String dockerfile;
        if (planned.plan() != null) {
            out.addAll(PlanPrinter.lines(planned.plan()));
            try {
                PlanGenerator.requireBuildImage(planned.plan(), source);
            } catch (PlanException e) {
                throw new BuildException(e.getMessage(), e);
            }
            dockerfile = generate(planned.plan(), hooks);
        } else {
            out.add("Project Dockerfile: " + planned.dockerfile().projectDockerfile());
            dockerfile = ProjectDockerfile.withMarkers(
                            source.resolve(planned.dockerfile().projectDockerfile()),
                            planned.dirs(),
                            hooks,
                            cacheOn,
                            log)
                    .text();
        }
        out.add("Cache directories: " + (planned.dirs().isEmpty() ? "none" : CacheSession.paths(planned.dirs())));
        out.add("--- Dockerfile ---");
        out.addAll(List.of(dockerfile.split("\n", -1)));
        return out;
    }

    PlanOptions planOptions() {
        return PlanOptions.builder()
                .providers(o.providers)
                .buildImage(blankToNull(o.buildImage))
                .runImage(blankToNull(o.runImage))
                .installCmd(blankToNull(o.installCmd))
                .buildCmd(blankToNull(o.buildCmd))
                .startCmd(blankToNull(o.startCmd))
                .aptPkgs(o.aptPkgs)
                .variables(o.variables)
                .cacheDirectories(o.cacheDirectories)
                .configFile(blankToNull(o.configFile))
                .build();
    }

    static String generate(BuildPlan plan, CacheHooksImpl hooks) throws BuildException {
        try {
            return DockerfileGenerator.generate(plan, hooks);
        } catch (PlanException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
