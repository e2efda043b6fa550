package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
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

/**
 * One build, start to end (docs/build-path.md): what is built, the plan or the project's Dockerfile ({@link Planning})
 * → the image names and the registry credentials they may use → both caches made ready and the Dockerfile resolved
 * ({@link PreparedCache}) → the build stage under a local stage tag, then the final image, with the save (the agent
 * reads the cache directories from the stage, cuts layers, sends the new ones to the receiver, then pushes them:
 * {@link CacheSession#save}) and the layer-cache push beside it ({@link ImageBuild}) → push → the stage tag removed.
 * Plain Java: the Jenkins step, the freestyle builder and the runner all call {@link #run}.
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
    private final Planning planning;

    private NixpacksBuild(Request req, BuildLog log, BuildResult result, OptionNames names) {
        this.req = req;
        this.o = req.options();
        this.result = result;
        // The save and the layer-cache push write from their own threads alongside the final build (SideTasks).
        this.raw = BuildLog.synchronizedOn(log);
        this.log = names.wrap(raw);
        this.planning = new Planning(req, this.log);
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
        Path source = planning.sourceDir();
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

        Planning.Planned planned = planning.plan(source);
        BuildPlan plan = planned.plan();
        List<CacheDir> dirs = planned.dirs();
        if (cacheImage != null) {
            dirs.forEach(d -> result.cacheDirs.add(d.absolutePath()));
        }
        planning.report(source, planned, cacheImage != null, result);
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
                boolean save = cacheImage != null && !dirs.isEmpty() && o.resolvedSave() && uploads != null;
                Planning.Marked marked = planning.marked(source, planned, save);
                boolean generated = plan != null;
                PreparedCache prepared = cacheImage == null
                        ? PreparedCache.none(marked.text(), generated)
                        : PreparedCache.prepare(
                                new PreparedCache.Inputs(cacheImage, fallbacks, auth, o, source, generated, dirs, work),
                                marked.text(),
                                engine,
                                log,
                                result);
                if (marked.saveStage() == null && save) {
                    result.warnings.add(
                            "cache: not saved: " + planned.dockerfile().projectDockerfile() + " has no usable '"
                                    + SAVE_MARKER + "' line (see the log)");
                    save = false;
                }
                Path dockerfilePath = work.resolve("Dockerfile");
                Files.writeString(dockerfilePath, prepared.dockerfile(), StandardCharsets.UTF_8);
                List<String> cacheFrom = layerCache(engine, auth);
                LayerCache layers = prepared.layers();
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

                // The stage is built and tagged only when the save reads it; the layer cache is pushed from it too,
                // labelled with the record of its restore points.
                String stage = save ? marked.saveStage() : null;
                stageTag = stage == null ? null : StageBuild.stageTag(req.buildId());
                Map<String, String> stageLabels = prepared.stageLabels(req.buildId());
                List<ImageBuild.Side> sides =
                        stage == null ? List.of() : sides(engine, prepared, stage, stageTag, uploads, dirs, work);
                new ImageBuild(engine, log, raw, result)
                        .run(
                                spec,
                                prepared.dockerfile(),
                                new ImageBuild.Stage(stage, stageTag, stageLabels),
                                sides,
                                image,
                                o.push);
            } finally {
                StageBuild.remove(engine, stageTag, log);
            }
        } finally {
            TempFiles.deleteTree(work);
        }
        return result;
    }

    /**
     * What runs beside the final build once the stage is built: the save, and the push of the layer-cache image (with
     * its setup and install images) when the layer cache publishes.
     */
    private List<ImageBuild.Side> sides(
            Engine engine,
            PreparedCache prepared,
            String stage,
            String stageTag,
            UploadChannel uploads,
            List<CacheDir> dirs,
            Path work) {
        List<ImageBuild.Side> sides = new ArrayList<>();
        LayerCache layers = prepared.layers();
        boolean layerCacheFollows = layers != null && layers.publishes();
        CacheSession cache = prepared.cache();
        sides.add(new ImageBuild.Side(
                ImageBuild.SAVE_ROW,
                () -> cache.save(
                        dirs, engine, stageTag, uploads, prepared.restored(), req.buildId(), work, layerCacheFollows)));
        if (layerCacheFollows) {
            PrefixImages.Prefixes prefixes = prepared.prefixes(stage);
            sides.add(new ImageBuild.Side("layer-cache push", () -> layers.publish(engine, stageTag, prefixes)));
        }
        return sides;
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
        Planning p = new NixpacksBuild(request, m -> {}, new BuildResult(), OptionNames.CORE).planning;
        return layerPaths(p.plan(p.sourceDir()).dirs());
    }

    /**
     * The plan as {@code nixpacks plan} prints it: Nixpacks' JSON schema, made whether or not the project has its own
     * Dockerfile (as {@code nixpacks plan} does), so it can be diffed, stored and fed back as a config file.
     */
    public static String planJson(Request request, BuildLog log) throws BuildException {
        return new NixpacksBuild(request, log, new BuildResult(), OptionNames.CORE).planning.planJson();
    }

    /** The plan and the Dockerfile a build would use, with the cache's restore lines, without touching an engine. */
    public static List<String> preview(Request request) throws BuildException, IOException {
        List<String> notes = new ArrayList<>();
        return new NixpacksBuild(request, notes::add, new BuildResult(), OptionNames.CORE).planning.preview(notes);
    }

    static List<String> layerPaths(List<CacheDir> dirs) {
        return dirs.stream().map(CacheDir::layerPath).toList();
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
}
