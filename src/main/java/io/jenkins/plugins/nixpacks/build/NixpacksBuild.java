package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheDockerfileSteps;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileGenerator;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileSource;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import io.jenkins.plugins.nixpacks.plan.PlanGenerator;
import io.jenkins.plugins.nixpacks.plan.PlanOptions;
import io.jenkins.plugins.nixpacks.plan.PlanPrinter;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One build, start to end: plan (or the project's Dockerfile) → Dockerfile with the cache steps → cache restore →
 * docker build on the engine, with the build containers streaming the cache directories to the receiver → the new
 * cache image → push. Plain Java: the Jenkins step, the freestyle builder and the runner all call {@link #run}.
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
     * @param uploads where build containers send cache directories, or null when nothing can be saved
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
    private final BuildResult result = new BuildResult();
    /** Set by {@link #withMarkers} when the save marker sits in the final stage and the save step is left out. */
    private boolean saveLeftOut;

    private NixpacksBuild(Request req, BuildLog log) {
        this.req = req;
        this.o = req.options();
        this.log = new WatchingLog(log, result);
    }

    public static BuildResult run(Request request, BuildLog log)
            throws BuildException, IOException, InterruptedException {
        return new NixpacksBuild(request, log).run();
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
            throw new BuildException("cacheFrom is set but cacheImage is not; set cacheImage to turn the cache on");
        }
        result.cacheImage = cacheImage == null ? null : cacheImage.toString();

        Planned planned = plan(source);
        BuildPlan plan = planned.plan();
        List<CacheDir> dirs = planned.dirs();
        if (plan != null) {
            PlanPrinter.lines(plan).forEach(log::line);
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
        UploadChannel uploads = req.uploads();
        if (uploads != null
                && cacheImage != null
                && o.saveCache
                && !uploads.layerPaths().equals(layerPaths(dirs))) {
            log.warn("cache: the upload channel was opened for " + uploads.layerPaths() + " but the build has "
                    + layerPaths(dirs) + "; nothing will be saved");
            uploads = null;
        }

        Path work = Files.createTempDirectory("nixpacks-build-");
        try (Engine engine = DockerEngineAdapter.connect(req.dockerHost())) {
            CacheSession cache = null;
            CacheSession.Restore restored = null;
            boolean save = false;
            if (cacheImage != null) {
                cache = new CacheSession(
                        cacheImage, fallbacks, o.registryUrl, req.credentials(), o.strictCache, log, result);
                if (dirs.isEmpty()) {
                    log.line("cache: the plan has no cache directories; nothing to restore or save");
                } else {
                    restored = cache.restore(dirs, engine);
                    save = o.saveCache && uploads != null;
                    if (!o.saveCache) {
                        log.line("cache: saveCache is off: this build restores only");
                    }
                }
            }
            CacheHooksImpl hooks = new CacheHooksImpl(
                    restored == null ? null : restored.pinned().toString(),
                    restored == null
                            ? new HashSet<>()
                            : new HashSet<>(restored.image().directories().keySet()),
                    save);
            String dockerfile = plan != null
                    ? generate(plan, hooks)
                    : withMarkers(
                            source.resolve(planned.dockerfile().projectDockerfile()), dirs, hooks, cacheImage != null);
            if (saveLeftOut) {
                save = false;
            }
            Path dockerfilePath = work.resolve("Dockerfile");
            Files.writeString(dockerfilePath, dockerfile, StandardCharsets.UTF_8);

            Map<String, String> buildArgs = new LinkedHashMap<>(o.buildArgs);
            if (save) {
                buildArgs.put(CacheDockerfileSteps.URLS_ARG, String.join(" ", uploads.uploadUrls()));
            }
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
            List<String> layerCache = new ArrayList<>();
            for (String l : o.layerCacheFrom) {
                String ref = parse(l, "layerCacheFrom").toString();
                try {
                    engine.pull(ref, req.credentials(), log);
                    layerCache.add(ref);
                } catch (IOException | RuntimeException e) {
                    log.warn("layer cache image " + ref + " could not be pulled (" + e.getMessage()
                            + "); building without it");
                }
            }

            long b0 = System.nanoTime();
            String network = o.networkMode != null && !o.networkMode.isBlank()
                    ? o.networkMode
                    : req.defaultNetworkMode() != null ? req.defaultNetworkMode() : DEFAULT_NETWORK;
            result.imageId = engine.build(
                    new Engine.Spec(
                            source,
                            dockerfilePath,
                            image.toString(),
                            buildArgs,
                            labels,
                            network,
                            o.noCache,
                            layerCache,
                            req.credentials()),
                    log);
            result.buildMillis = (System.nanoTime() - b0) / 1_000_000;
            log.line("Built " + image + " (" + shortId(result.imageId) + ") in " + Sizes.seconds(result.buildMillis));

            if (save) {
                cache.save(dirs, uploads, restored, req.buildId(), work);
            }
            if (o.push) {
                long p0 = System.nanoTime();
                result.pushedDigest = engine.push(image.toString(), req.credentials());
                log.line("Pushed " + image + " (" + result.pushedDigest + ") in "
                        + Sizes.seconds((System.nanoTime() - p0) / 1_000_000));
            }
        } finally {
            if (req.uploads() != null) {
                try {
                    req.uploads().discard();
                } catch (IOException e) {
                    log.warn("could not remove this build's cache uploads: " + e.getMessage());
                }
            }
            TempFiles.deleteTree(work);
        }
        result.totalMillis = (System.nanoTime() - t0) / 1_000_000;
        return result;
    }

    /**
     * The cache directories a build will save, as layer paths, so the caller can open an {@link UploadChannel} for
     * them before {@link #run}: in Jenkins the channel is opened on the controller, where the signing key is. Empty
     * when the cache is off or the build only restores.
     */
    public static List<String> cacheLayerPaths(Request request) throws BuildException {
        BuildOptions opts = request.options();
        if (opts.cacheImage == null || opts.cacheImage.isBlank() || !opts.saveCache) {
            return List.of();
        }
        NixpacksBuild b = new NixpacksBuild(request, m -> {});
        return layerPaths(b.plan(b.sourceDir()).dirs());
    }

    /**
     * The plan as {@code nixpacks plan} prints it: Nixpacks' JSON schema, made whether or not the project has its own
     * Dockerfile (as {@code nixpacks plan} does), so it can be diffed, stored and fed back as a config file.
     */
    public static String planJson(Request request, BuildLog log) throws BuildException {
        NixpacksBuild b = new NixpacksBuild(request, log);
        try {
            return PlanGenerator.generate(b.sourceDir(), b.planOptions(), request.env(), log::warn)
                    .toJson();
        } catch (PlanException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    /** The plan and the Dockerfile a build would use, with the cache's save step, without touching an engine. */
    public static List<String> preview(Request request) throws BuildException, IOException {
        List<String> notes = new ArrayList<>();
        NixpacksBuild b = new NixpacksBuild(request, notes::add);
        Path source = b.sourceDir();
        Planned planned = b.plan(source);
        boolean cacheOn = request.options().cacheImage != null
                && !request.options().cacheImage.isBlank();
        CacheHooksImpl hooks = new CacheHooksImpl(null, Set.of(), cacheOn && request.options().saveCache);
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
            dockerfile = b.withMarkers(
                    source.resolve(planned.dockerfile().projectDockerfile()), planned.dirs(), hooks, cacheOn);
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

    /** A project's own Dockerfile, with the cache lines put where its markers say. */
    private String withMarkers(Path dockerfile, List<CacheDir> dirs, CacheHooksImpl hooks, boolean cacheOn)
            throws IOException {
        List<String> out = new ArrayList<>();
        boolean restoreSeen = false;
        boolean saveSeen = false;
        List<String> lines = Files.readAllLines(dockerfile, StandardCharsets.UTF_8);
        int finalFrom = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.length() > 4 && t.regionMatches(true, 0, "FROM", 0, 4) && Character.isWhitespace(t.charAt(4))) {
                finalFrom = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.equalsIgnoreCase(RESTORE_MARKER)) {
                restoreSeen = true;
                out.add(line);
                out.addAll(hooks.restore("dockerfile", dirs));
            } else if (t.equalsIgnoreCase(SAVE_MARKER)) {
                saveSeen = true;
                out.add(line);
                List<String> save = dirs.isEmpty() ? List.of() : hooks.save(dirs);
                if (!save.isEmpty() && i > finalFrom) {
                    // The image's history would keep the step's build argument: the upload URLs with their tokens.
                    String message = "cache: not saved: '" + SAVE_MARKER + "' is in the final stage of "
                            + dockerfile.getFileName() + ", whose image history would record the upload URLs; put it"
                            + " at the end of a build stage and copy what the app needs from there";
                    log.warn(message);
                    result.warnings.add(message);
                    saveLeftOut = true;
                } else {
                    out.addAll(save);
                }
            } else {
                out.add(line);
            }
        }
        if (cacheOn && !dirs.isEmpty() && (!restoreSeen || !saveSeen)) {
            log.warn("the cache is on but " + dockerfile.getFileName() + " lacks the line '"
                    + (restoreSeen ? SAVE_MARKER : RESTORE_MARKER) + "'; put '" + RESTORE_MARKER
                    + "' before the install commands and '" + SAVE_MARKER + "' after the build commands");
        }
        return String.join("\n", out) + "\n";
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
            throw new BuildException("source folder " + dir + " does not exist or is not a folder; check 'path'");
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

    private static ImageReference parse(String name, String option) throws BuildException {
        if (name == null || name.isBlank()) {
            throw new BuildException(option + " is required");
        }
        try {
            return ImageReference.parse(name);
        } catch (IllegalArgumentException e) {
            throw new BuildException(option + ": " + e.getMessage(), e);
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

    /** Passes lines on, and turns the save step's complaints into warnings of the result. */
    private static final class WatchingLog implements BuildLog {
        private final BuildLog out;
        private final BuildResult result;

        WatchingLog(BuildLog out, BuildResult result) {
            this.out = out;
            this.result = result;
        }

        @Override
        public void line(String message) {
            out.line(message);
            // Only the save step's own output (which may follow a terminal escape of the tool before it), not the
            // "Step n/m : RUN ..." echo of its script, which holds the same words and names the build argument.
            int i = message.indexOf(CacheDockerfileSteps.LOG_PREFIX);
            if (i >= 0
                    && !message.contains("$" + CacheDockerfileSteps.URLS_ARG)
                    && (message.contains("neither curl nor wget") || message.contains("failed"))) {
                result.warnings.add(message.substring(i).strip());
            }
        }

        @Override
        public void warn(String message) {
            out.warn(message);
        }
    }
}
