package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.docker.ContextDigest;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileGenerator;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileSource;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import io.jenkins.plugins.nixpacks.plan.PlanPrinter;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One build, start to end (docs/build-path.md): plan (or the project's Dockerfile) → cache restore → Dockerfile with
 * the restore lines → the build stage under a local stage tag, then the final image ({@link StageBuild}) → the save:
 * the agent reads the cache directories from the stage, cuts layers and sends the new ones to the receiver, then
 * pushes them ({@link CacheSession#save}) → push → the stage tag removed. Plain Java: the Jenkins step, the freestyle
 * builder and the runner all call {@link #run}.
 */
public final class NixpacksBuild {
    /** Network mode of build containers when neither the step nor the global configuration sets one. */
    public static final String DEFAULT_NETWORK = "host";

    /** Lines in a project's own Dockerfile where the cache restores and saves. */
    public static final String RESTORE_MARKER = "# nixpacks-cache: restore";

    public static final String SAVE_MARKER = "# nixpacks-cache: save";

    /**
     * Everything a build needs.
     *
     * @param workspace the folder {@code options.path} is relative to
     * @param env the build's environment (NIXPACKS_* overrides are read from it)
     * @param credentials registry credentials, or null
     * @param dockerHost the engine, or null for DOCKER_HOST / the default socket
     * @param buildId identifies the build in cache labels and upload tokens
     * @param uploads where the agent sends the new cache layers for checking, or null when nothing can be saved
     * @param defaultNetworkMode network mode when the options have none, or null for {@link #DEFAULT_NETWORK}
     */
    public record Request(
            Path workspace,
            Map<String, String> env,
            BuildOptions options,
            RegistryCredentials credentials,
            String dockerHost,
            String buildId,
            UploadChannel uploads,
            String defaultNetworkMode) {}

    private final Request req;
    private final BuildOptions o;
    private final BuildLog log;
    /** The log without the front end's option names: docker's output goes here, as it came. */
    private final BuildLog raw;

    private final BuildResult result;

    private NixpacksBuild(Request req, BuildLog log, BuildResult result, OptionNames names) {
        this.req = req;
        this.o = req.options();
        this.result = result;
        // The save and the layer-cache push write from their own threads alongside the final build (SideTasks).
        this.raw = BuildLog.synchronizedOn(log);
        this.log = names.wrap(raw);
    }

    public static BuildResult run(Request request, BuildLog log)
            throws BuildException, IOException, InterruptedException {
        return run(request, log, new BuildResult(), OptionNames.CORE);
    }

    /**
     * Runs the build into {@code into}, which holds what was done so far and the error also when the build fails,
     * and ends the log with the {@link Summary}. Messages name the options as {@code names} says.
     */
    public static BuildResult run(Request request, BuildLog log, BuildResult into, OptionNames names)
            throws BuildException, IOException, InterruptedException {
        long t0 = System.nanoTime();
        NixpacksBuild b = new NixpacksBuild(request, log, into, names);
        try {
            return b.run();
        } catch (BuildException e) {
            into.errorMessage = names.apply(e.getMessage());
            into.errorKind = e.kind().name().toLowerCase(java.util.Locale.ROOT);
            throw new BuildException(e.kind(), into.errorMessage, e.getCause());
        } catch (IOException | RuntimeException e) {
            into.errorMessage = e.getMessage() != null ? e.getMessage() : e.toString();
            into.errorKind = "io";
            throw e;
        } catch (InterruptedException e) {
            into.errorMessage = "interrupted";
            into.errorKind = "interrupted";
            throw e;
        } finally {
            into.totalMillis = (System.nanoTime() - t0) / 1_000_000;
            into.warnings.replaceAll(names::apply);
            Summary.lines(into).forEach(log::line);
        }
    }

    private BuildResult run() throws BuildException, IOException, InterruptedException {
        long t0 = System.nanoTime();
        Path source = sourceDir();
        ImageReference image = parse(o.image, "image");
        result.image = image.toString();
        ImageReference cacheImage =
                o.cacheImage == null || o.cacheImage.isBlank() ? null : parse(o.cacheImage, "cacheImage");
        List<ImageReference> fallbacks = new ArrayList<>();
        for (String f : o.cacheFrom) {
            fallbacks.add(parse(f, "cacheFrom"));
        }
        if (cacheImage == null && !fallbacks.isEmpty()) {
            throw new BuildException(
                    BuildException.Kind.USAGE,
                    "cacheFrom is set but cacheImage is not; set cacheImage to turn the cache on",
                    null);
        }
        result.cacheImage = cacheImage == null ? null : cacheImage.toString();
        RegistryAuth auth = registryAuth(image, cacheImage);
        log.line(auth.describe());
        if (auth.configured() && auth.credentialsFor(image) == null) {
            log.line("registry: " + image + " is not on " + auth.registry() + ", so it is "
                    + (o.push ? "pushed" : "handled") + " without the configured credentials");
        }

        Planned planned = plan(source);
        BuildPlan plan = planned.plan();
        List<CacheDir> dirs = planned.dirs();
        if (cacheImage != null) {
            dirs.forEach(d -> result.cacheDirs.add(d.absolutePath()));
        }
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
            for (String note : projectDockerfileNotes(
                    source.resolve(planned.dockerfile().projectDockerfile()), cacheImage != null && dirs.isEmpty())) {
                log.warn(note);
            }
        }
        result.timeline.add("plan", Timeline.Kind.PLAN, (System.nanoTime() - t0) / 1_000_000);
        UploadChannel uploads = req.uploads();
        if (uploads != null
                && cacheImage != null
                && o.resolvedSave()
                && !uploads.layerPaths().equals(layerPaths(dirs))) {
            log.warn("cache: the upload channel was opened for " + uploads.layerPaths() + " but the build has "
                    + layerPaths(dirs) + "; nothing will be saved");
            uploads = null;
        }

        Path work = Files.createTempDirectory("nixpacks-build-");
        String stageTag = null;
        long c0 = System.nanoTime();
        try (Engine engine = DockerEngineAdapter.connect(req.dockerHost())) {
            result.timeline.add("engine connect", Timeline.Kind.DOCKER, (System.nanoTime() - c0) / 1_000_000);
            try {
                CacheSession cache = null;
                CacheSession.Restore restored = null;
                LayerCache layers = null;
                boolean save = false;
                if (cacheImage != null && !dirs.isEmpty()) {
                    save = o.resolvedSave() && uploads != null;
                }
                Dockerfile marked = dockerfile(source, planned, save);
                List<PhaseInputs.Point> points = List.of();
                List<LayerDecision> decisions = List.of();
                // The phase whose npm ci can run as npm install on the previous install (generated plans only).
                String npmPhase = planned.plan() == null
                        ? null
                        : NpmIncremental.phase(marked.text(), DockerfileGenerator.BUILD_STAGE);
                if (cacheImage != null) {
                    cache = new CacheSession(cacheImage, fallbacks, auth, o.strictCache, log, result);
                    points = PhaseInputs.of(marked.text(), ContextDigest.of(source), o.buildArgs, engine::imageId);
                    // The layer cache first: it decides per phase whether the cache image is pulled at all (#11).
                    long l0 = System.nanoTime();
                    layers = LayerCache.lookup(
                            cacheImage,
                            cache,
                            engine,
                            o.noCache,
                            points,
                            npmPhase,
                            PhaseInputs.argsDigest(o.buildArgs),
                            log);
                    result.timeline.add(
                            "layer-cache pull", Timeline.Kind.LAYER_CACHE, (System.nanoTime() - l0) / 1_000_000);
                    if (dirs.isEmpty()) {
                        log.line("cache: the plan has no cache directories; nothing to restore or save");
                    } else {
                        restored = cache.find(dirs);
                        String decision = o.saveDecisionLine();
                        if (decision != null) {
                            log.line("cache: " + decision);
                        }
                    }
                }
                long r0 = System.nanoTime();
                Optional<CacheBase.Candidate> baseCandidate = layers == null || restored == null
                        ? Optional.empty()
                        : CacheBase.candidate(marked.text(), planned.plan() != null, layers.unused(), restored.dirs());
                CacheBase.Composed base = null;
                if (layers != null) {
                    if (baseCandidate.isPresent()) {
                        base = cache.composeBase(restored, baseCandidate.get(), engine, work);
                    }
                    decisions = layers.plan(points, restored, engine, base == null);
                }
                if (cacheImage != null && !dirs.isEmpty()) {
                    result.timeline.add(
                            "cache restore",
                            Timeline.Kind.RESTORE,
                            (System.nanoTime() - r0) / 1_000_000,
                            result.bytesRestored,
                            result.dirsRestored.isEmpty()
                                    ? "nothing restored"
                                    : Sizes.human(result.bytesRestored) + " restored");
                }
                Map<String, Map.Entry<String, List<String>>> restores =
                        new LinkedHashMap<>(LayerDecision.restores(decisions));
                String resolved;
                if (base != null) {
                    restores.remove(baseCandidate.get().phase());
                    resolved = CacheBase.rebase(
                            CacheHooksImpl.resolve(marked.text(), restores),
                            baseCandidate.get().buildImage(),
                            base.tag());
                } else {
                    resolved = CacheHooksImpl.resolve(marked.text(), restores);
                    for (LayerDecision d : decisions) {
                        if (d.onto() != null) {
                            resolved = NpmIncremental.rebase(
                                    resolved, DockerfileGenerator.BUILD_STAGE, d.phase(), d.onto());
                        }
                    }
                }
                Dockerfile dockerfile = new Dockerfile(resolved, marked.saveStage());
                if (dockerfile.saveStage() == null && save) {
                    result.warnings.add(
                            "cache: not saved: " + planned.dockerfile().projectDockerfile() + " has no usable '"
                                    + SAVE_MARKER + "' line (see the log)");
                    save = false;
                }
                Path dockerfilePath = work.resolve("Dockerfile");
                Files.writeString(dockerfilePath, dockerfile.text(), StandardCharsets.UTF_8);
                List<String> cacheFrom = layerCache(engine, auth);
                if (layers != null) {
                    cacheFrom.addAll(layers.cacheFrom());
                    if (layers.setupMillis() > 0) {
                        result.timeline.add(
                                "setup-image pull",
                                Timeline.Kind.LAYER_CACHE,
                                layers.setupMillis(),
                                -1,
                                "alongside the cache restore");
                    }
                }
                Engine.Spec spec = new Engine.Spec(
                        source,
                        dockerfilePath,
                        image.toString(),
                        new LinkedHashMap<>(o.buildArgs),
                        labels(),
                        networkMode(),
                        o.noCache,
                        cacheFrom,
                        auth);

                long b0 = System.nanoTime();
                // The stage is built and tagged only when the save reads it; the layer cache is pushed from it too,
                // labelled with the record of its restore points.
                String stage = save ? dockerfile.saveStage() : null;
                stageTag = stage == null ? null : StageBuild.stageTag(req.buildId());
                Map<String, String> stageLabels =
                        layers == null ? Map.of() : layers.stageLabels(req.buildId(), points, decisions);
                PhaseClock clock = new PhaseClock(dockerfile.text());
                BuildLog watched = clock.watch(raw);
                try (SideTasks after = new SideTasks(2)) {
                    try {
                        if (stage != null) {
                            StageBuild.stage(engine, spec, stage, stageTag, stageLabels, watched);
                            // The save and the layer-cache push need the stage and the registry only, not
                            // the final image: each runs on its own thread beside it (SideTasks).
                            boolean layerCacheFollows = layers != null && layers.publishes();
                            CacheSession session = cache;
                            CacheSession.Restore from = restored;
                            UploadChannel channel = uploads;
                            String tag = stageTag;
                            after.start(
                                    SAVE_ROW,
                                    () -> session.save(
                                            dirs, engine, tag, channel, from, req.buildId(), work, layerCacheFollows));
                            if (layerCacheFollows) {
                                LayerCache layerCache = layers;
                                SetupImage.Prelude prelude = planned.plan() == null || points.isEmpty()
                                        ? null
                                        : SetupImage.prelude(
                                                dockerfile.text(),
                                                stage,
                                                points.get(0).phase(),
                                                !stageLabels.isEmpty());
                                // Only an install that ran is new: one taken from the layer cache is in the
                                // registry as the install image already (and its parents are not all local).
                                List<LayerDecision> made = decisions;
                                SetupImage.Prelude install = npmPhase == null
                                                || made.stream()
                                                        .anyMatch(d -> d.take()
                                                                && d.phase().equals(npmPhase))
                                        ? null
                                        : SetupImage.through(
                                                dockerfile.text(), stage, npmPhase, !stageLabels.isEmpty());
                                after.start(
                                        "layer-cache push", () -> layerCache.publish(engine, tag, prelude, install));
                            }
                        }
                        result.imageId = StageBuild.last(engine, spec, stageTag, watched);
                    } catch (BuildException e) {
                        // A later stage failed, the stage the cache is read from did not: its directories are as
                        // good as in a build that passes, and the next attempt starts warm. The save ends first.
                        if (stage != null) {
                            log.line("cache: the final image failed; the save of stage '" + stage
                                    + "', which was built, ends first");
                        }
                        try {
                            after.join();
                        } catch (BuildException saveFault) {
                            e.addSuppressed(saveFault);
                        }
                        throw e;
                    } catch (IOException | RuntimeException | InterruptedException e) {
                        // The engine gone, or the build stopped: the save stops too.
                        after.cancel();
                        throw e;
                    } finally {
                        result.buildMillis = (System.nanoTime() - b0) / 1_000_000;
                        timePhases(clock, result.buildMillis);
                    }
                    log.line("Built " + image + " (" + shortId(result.imageId) + ") in "
                            + Sizes.seconds(result.buildMillis));
                    if (o.push) {
                        long p0 = System.nanoTime();
                        result.pushedDigest = engine.push(image, auth, log);
                        long pushMillis = (System.nanoTime() - p0) / 1_000_000;
                        result.timeline.add("push", Timeline.Kind.PUSH, pushMillis);
                        log.line("Pushed " + image + " (" + result.pushedDigest + ") in " + Sizes.seconds(pushMillis));
                    }
                    long w0 = System.nanoTime();
                    List<SideTasks.Done> done = after.join();
                    long waited = (System.nanoTime() - w0) / 1_000_000;
                    for (SideTasks.Done d : done) {
                        if (d.name().equals(SAVE_ROW)) {
                            result.timeline.add(
                                    SAVE_ROW,
                                    Timeline.Kind.SAVE,
                                    d.millis(),
                                    result.bytesSaved,
                                    (result.dirsSaved.isEmpty()
                                                    ? "nothing saved"
                                                    : Sizes.human(result.bytesSaved) + " saved, "
                                                            + Sizes.human(result.cacheBytesSent) + " sent")
                                            + ALONGSIDE);
                        } else {
                            result.timeline.add(d.name(), Timeline.Kind.SAVE, d.millis(), -1, ALONGSIDE.strip());
                        }
                    }
                    if (!done.isEmpty()) {
                        result.timeline.add(
                                "waiting for the save",
                                Timeline.Kind.SAVE,
                                waited,
                                -1,
                                "what the save and the layer-cache push took after the final build");
                    }
                }
            } finally {
                StageBuild.remove(engine, stageTag, log);
            }
        } finally {
            TempFiles.deleteTree(work);
        }
        return result;
    }

    /** The docker build's time per phase, and what the steps do not account for (sending the context, commits). */
    private void timePhases(PhaseClock clock, long buildMillis) {
        clock.finish();
        long steps = 0;
        for (Map.Entry<String, Long> e : clock.millis().entrySet()) {
            result.timeline.add(e.getKey(), Timeline.Kind.PHASE, e.getValue());
            steps += e.getValue();
        }
        result.timeline.add("docker, between steps", Timeline.Kind.DOCKER, buildMillis - steps);
    }

    private static final String SAVE_ROW = "cache save";

    private static final String ALONGSIDE = " (alongside the final build)";

    /** The Dockerfile to build and the stage the save reads (null: none). */
    private record Dockerfile(String text, String saveStage) {}

    /** The Dockerfile with a marker line at each restore point, for the layer cache to decide (see CacheHooksImpl). */
    private Dockerfile dockerfile(Path source, Planned planned, boolean save) throws BuildException, IOException {
        CacheHooksImpl hooks = CacheHooksImpl.points(save);
        if (planned.plan() != null) {
            return new Dockerfile(generate(planned.plan(), hooks), DockerfileGenerator.BUILD_STAGE);
        }
        ProjectDockerfile.Result r = ProjectDockerfile.withMarkers(
                source.resolve(planned.dockerfile().projectDockerfile()),
                planned.dirs(),
                hooks,
                o.cacheImage != null && !o.cacheImage.isBlank(),
                log);
        return new Dockerfile(r.text(), r.saveStage());
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.created", Instant.now().toString());
        String revision = req.env().get("GIT_COMMIT");
        if (revision != null) {
            labels.put("org.opencontainers.image.revision", revision);
        }
        String url = req.env().get("GIT_URL");
        if (url != null) {
            labels.put("org.opencontainers.image.source", url);
        }
        labels.putAll(o.labels);
        return labels;
    }

    private List<String> layerCache(Engine engine, RegistryAuth auth) throws BuildException, InterruptedException {
        List<String> layerCache = new ArrayList<>();
        long l0 = System.nanoTime();
        for (String l : o.layerCacheFrom) {
            ImageReference layerRef = parse(l, "layerCacheFrom");
            String ref = layerRef.toString();
            try {
                engine.pull(layerRef, auth, log);
                layerCache.add(ref);
            } catch (IOException | RuntimeException e) {
                log.warn("layer cache image " + ref + " could not be pulled (" + e.getMessage()
                        + "); building without it");
            }
        }
        if (!o.layerCacheFrom.isEmpty()) {
            result.timeline.add("layer-cache pull", Timeline.Kind.LAYER_CACHE, (System.nanoTime() - l0) / 1_000_000);
        }
        return layerCache;
    }

    /** The step's network mode, else the global default, else the engine's default: the cache does not need one. */
    private String networkMode() {
        if (o.networkMode != null && !o.networkMode.isBlank()) {
            return o.networkMode;
        }
        return req.defaultNetworkMode() != null && !req.defaultNetworkMode().isBlank()
                ? req.defaultNetworkMode()
                : DEFAULT_NETWORK;
    }

    /**
     * The cache directories a build will save, as layer paths, so the caller can open an {@link UploadChannel} for
     * them before {@link #run}: in Jenkins the channel is opened on the controller, where the signing key is. Empty
     * when the cache is off or the build only restores.
     */
    public static List<String> cacheLayerPaths(Request request) throws BuildException {
        BuildOptions opts = request.options();
        if (opts.cacheImage == null || opts.cacheImage.isBlank() || !opts.resolvedSave()) {
            return List.of();
        }
        NixpacksBuild b = new NixpacksBuild(request, m -> {}, new BuildResult(), OptionNames.CORE);
        return layerPaths(b.plan(b.sourceDir()).dirs());
    }

    /**
     * The plan as {@code nixpacks plan} prints it: Nixpacks' JSON schema, made whether or not the project has its own
     * Dockerfile (as {@code nixpacks plan} does), so it can be diffed, stored and fed back as a config file.
     */
    public static String planJson(Request request, BuildLog log) throws BuildException {
        NixpacksBuild b = new NixpacksBuild(request, log, new BuildResult(), OptionNames.CORE);
        try {
            return PlanGenerator.generate(b.sourceDir(), b.planOptions(), request.env(), log::warn)
                    .toJson();
        } catch (PlanException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    /** The plan and the Dockerfile a build would use, with the cache's restore lines, without touching an engine. */
    public static List<String> preview(Request request) throws BuildException, IOException {
        List<String> notes = new ArrayList<>();
        NixpacksBuild b = new NixpacksBuild(request, notes::add, new BuildResult(), OptionNames.CORE);
        Path source = b.sourceDir();
        Planned planned = b.plan(source);
        boolean cacheOn = request.options().cacheImage != null
                && !request.options().cacheImage.isBlank();
        CacheHooksImpl hooks =
                new CacheHooksImpl(null, Set.of(), cacheOn && request.options().resolvedSave());
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
                            b.log)
                    .text();
        }
        out.add("Cache directories: " + (planned.dirs().isEmpty() ? "none" : CacheSession.paths(planned.dirs())));
        out.add("--- Dockerfile ---");
        out.addAll(List.of(dockerfile.split("\n", -1)));
        return out;
    }

    /** The plan (null when the project's Dockerfile is used), the Dockerfile source, and the cache directories. */
    private record Planned(BuildPlan plan, DockerfileSource dockerfile, List<CacheDir> dirs) {}

    private Planned plan(Path source) throws BuildException {
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

    static List<String> layerPaths(List<CacheDir> dirs) {
        return dirs.stream().map(CacheDir::layerPath).toList();
    }

    private static String generate(BuildPlan plan, CacheHooksImpl hooks) throws BuildException {
        try {
            return DockerfileGenerator.generate(plan, hooks);
        } catch (PlanException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    /**
     * What a user of the project's own Dockerfile should know: that it won over planning, and how to get the cache.
     * A {@code RUN --mount} (BuildKit) is refused here with the way out, rather than failing inside the classic
     * builder with no hint.
     */
    static List<String> projectDockerfileNotes(Path dockerfile, boolean cacheWithoutDirs)
            throws BuildException, IOException {
        String name = String.valueOf(dockerfile.getFileName());
        List<String> lines = Files.readAllLines(dockerfile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches("(?i)RUN\\s+--mount.*")) {
                throw new BuildException(name + ", line " + (i + 1) + ": RUN --mount is BuildKit syntax, which the"
                        + " classic builder used here does not have. Drop the --mount options (the incremental cache"
                        + " carries such directories: put '" + RESTORE_MARKER + "' before the install commands and '"
                        + SAVE_MARKER + "' after the build), or set ignoreDockerfile to plan Nixpacks-style.");
            }
        }
        List<String> notes = new ArrayList<>();
        if (cacheWithoutDirs) {
            notes.add("cache: off: the project's " + name + " is used instead of a plan, so no provider names cache"
                    + " directories. Name them (cacheDirectories in nixpacks.toml, or the cacheDirectories option) and"
                    + " put '" + RESTORE_MARKER + "' and '" + SAVE_MARKER + "' in " + name
                    + ", or set ignoreDockerfile to plan Nixpacks-style with the provider's caches.");
        }
        return notes;
    }

    private PlanOptions planOptions() {
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

    private Path sourceDir() throws BuildException {
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

    /**
     * Where the configured password may go: the host of registryUrl; else the registry the build writes to, that of
     * the image when it is pushed, else that of the cache image (a local image name with a cache in the registry).
     */
    private RegistryAuth registryAuth(ImageReference image, ImageReference cacheImage) throws BuildException {
        boolean byCache = !o.push && cacheImage != null;
        try {
            return RegistryAuth.bind(
                    req.credentials(), o.registryUrl, byCache ? cacheImage : image, byCache ? "cacheImage" : "image");
        } catch (IllegalArgumentException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    private static ImageReference parse(String name, String option) throws BuildException {
        if (name == null || name.isBlank()) {
            throw new BuildException(BuildException.Kind.USAGE, option + " is required", null);
        }
        try {
            return ImageReference.parse(name);
        } catch (IllegalArgumentException e) {
            throw new BuildException(BuildException.Kind.USAGE, option + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String shortId(String id) {
        if (id == null) {
            return "?";
        }
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
