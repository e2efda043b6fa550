package io.jenkins.plugins.nixpacks.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.registry.RegistryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The layer cache across hosts: the build stage of the last saving build, in the registry as {@code REPO:TAG-build}
 * next to the cache image {@code REPO:TAG}, pulled and given to the classic builder as {@code --cache-from}.
 *
 * <p>It also keeps the two caches from fighting. A {@code COPY --from=<cache image>} before a phase is keyed by the
 * content it copies, so restoring a newer cache before an unchanged phase would miss the layer cache. The image's
 * {@link LayerRecord} says, per restore point, what its inputs were and what was restored before it; a point whose
 * inputs are unchanged is built exactly as recorded (nothing restored, or the very image restored then), every later
 * point after the first changed one restores from the current cache.
 */
final class LayerCache {
    /**
     * A label of the cache image: the directories this build saved (not kept from the previous image). Only those are
     * in the build's stage image too, so only those may be copied from its layer-cache image instead.
     */
    static final String LABEL_FRESH = "io.jenkins.nixpacks.cache.saved";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CONFIG = 8 << 20;

    private final ImageReference name;
    /** The cache image {@code REPO:TAG} the names derive from. */
    private final ImageReference cacheName;

    private final CacheSession cache;
    private final BuildLog log;
    /** The setup and install images: prefixes of the layer-cache image. */
    private final PrefixImages prefixes;
    /** The image pulled (pinned by digest), or null on a miss. */
    private ImageReference pulled;
    /** The pull of the setup image, started instead of the layer-cache image's, beside the cache image's; or null. */
    private SideTasks setupPull;
    /** The setup image pulled (pinned), or null; set on the pull's thread, read once {@link #cacheFrom} joined it. */
    private volatile ImageReference setupPulled;
    /** How long the setup image's pull took; 0 when none was pulled. */
    private volatile long setupMillis;
    /** The phase whose {@code npm ci} can run incrementally ({@link NpmIncremental#phase}), or null. */
    private String incrementalPhase;
    /** The digest of this build's arguments ({@link PhaseInputs#argsDigest}), also kept in the record. */
    private String args;
    /** The install image pulled (pinned) for an incremental install, or null; set like {@link #setupPulled}. */
    private volatile ImageReference depsPulled;
    /** Install images the decisions rebase on, pulled by this build. */
    private final Set<ImageReference> ontoPulled = new HashSet<>();

    private LayerRecord recorded;
    /** The cache image whose layer-cache image was read: {@link #cacheName}, or a fallback while its own is absent. */
    private ImageReference readSource;
    /** The tag holds an image that is not a layer-cache image of this plugin: never overwritten. Read on the push's thread. */
    private volatile boolean foreign;
    /** No phase can be taken from the layer cache: neither pulled nor pushed. */
    private boolean useless;

    private LayerCache(ImageReference cacheName, CacheSession cache, BuildLog log) {
        this.cacheName = cacheName;
        this.name = nameFor(cacheName);
        this.readSource = cacheName;
        this.cache = cache;
        this.log = log;
        this.prefixes = new PrefixImages(cache, log);
    }

    /** The documented rule: the layer-cache image of cache image {@code REPO:TAG} is {@code REPO:TAG-build}. */
    /** Whether this build pushes its stage as the layer-cache image (when it saves). */
    boolean publishes() {
        return !useless && !foreign;
    }

    /** Whether no phase can be taken from the layer cache at all, so it is neither pulled nor pushed. */
    boolean unused() {
        return useless;
    }

    /**
     * Whether some restore point copies less than the whole app ({@code COPY .}): only such a phase can be taken
     * from the layer cache after a source change, so only then is the build stage worth pulling and pushing.
     */
    static boolean canTakeAPhase(List<PhaseInputs.Point> points) {
        return points.stream().anyMatch(p -> !p.files().containsKey("."));
    }

    static ImageReference nameFor(ImageReference cacheImage) {
        return cacheImage.withTag(cacheImage.tagOrLatest() + "-build");
    }

    /**
     * Looks the layer-cache image up in the registry and pulls it when it is one of this plugin's. A missing image
     * is a line in the log; an unreadable, foreign or unpullable one a fault (a warning unless strict).
     */
    static LayerCache lookup(
            ImageReference cacheImage,
            CacheSession cache,
            Engine engine,
            boolean noCache,
            List<PhaseInputs.Point> points,
            String incrementalPhase,
            String args,
            BuildLog log)
            throws BuildException, InterruptedException {
        boolean canTakeAPhase = canTakeAPhase(points);
        LayerCache lc = new LayerCache(cacheImage, cache, log);
        lc.incrementalPhase = incrementalPhase;
        lc.args = args;
        if (noCache) {
            log.line("layer cache: noCache is on; " + lc.name + " is not pulled");
            return lc;
        }
        if (!canTakeAPhase) {
            // Vendored Go, Rust, Deno, an install that reads the whole app: the layer-cache image could only stand
            // in for the cache image, at the cost of pulling and pushing the whole build stage every build.
            lc.useless = true;
            log.line("layer cache: not used: every phase that restores copies the whole app first, so none could be"
                    + " taken from " + lc.name + "; the cache image carries the directories");
            return lc;
        }
        lc.find(engine, points);
        return lc;
    }

    /**
     * Why no restore point can be taken from the image {@code recorded} describes, or null when the first one can.
     * Points are taken in a chain from the first (see {@link LayerDecision#decide}), so the first decides.
     */
    static String noneTaken(LayerRecord recorded, List<PhaseInputs.Point> points) {
        if (points.isEmpty()) {
            return "the plan has no restore point";
        }
        PhaseInputs.Point first = points.get(0);
        LayerRecord.Point r = recorded.point(first.phase());
        if (r != null && r.inputs().equals(first.inputs())) {
            return null;
        }
        return first.phase() + ": " + LayerDecision.changed(r, first);
    }

    /**
     * Reads {@code cacheImage}'s layer-cache image and, while it does not exist yet, each fallback's in order
     * ({@code cacheFrom}: a branch's first build, or a pull request's, takes {@code main}'s layer cache). A fallback's
     * is read only: this build publishes to its own name.
     */
    private void find(Engine engine, List<PhaseInputs.Point> points) throws BuildException, InterruptedException {
        long t0 = System.nanoTime();
        List<ImageReference> sources = new ArrayList<>();
        sources.add(cacheName);
        sources.addAll(cache.fallbacks());
        for (int i = 0; i < sources.size(); i++) {
            if (read(engine, points, sources.get(i), i > 0, i + 1 < sources.size(), t0)) {
                return;
            }
        }
    }

    /**
     * Reads the layer-cache image of {@code source}, and pulls it when a phase can be taken from it.
     *
     * @param more whether a fallback comes after it
     * @return false when the next source is to be tried: this one does not exist, or is a fallback that is unreadable
     *     or not one of this plugin's (a warning)
     */
    private boolean read(
            Engine engine,
            List<PhaseInputs.Point> points,
            ImageReference source,
            boolean fallback,
            boolean more,
            long t0)
            throws BuildException, InterruptedException {
        ImageReference n = nameFor(source);
        String role = fallback ? " (the layer-cache image of cacheFrom " + source + ", read only)" : "";
        RegistryClient registry = cache.registry(n);
        Map<String, String> labels;
        Digest digest;
        List<String> diffIds = new ArrayList<>();
        try {
            Optional<RegistryClient.Manifest> m = registry.fetchManifest(n);
            if (m.isEmpty()) {
                log.line("layer cache: " + n + role + " does not exist yet"
                        + (more ? "; trying cacheFrom's" : " (a miss: every phase runs)"));
                return false;
            }
            digest = m.get().digest();
            JsonNode manifest = m.get().json();
            String config = manifest.path("config").path("digest").asText(null);
            if (config == null) {
                foreign |= !fallback;
                cache.fault(
                        n + role + " is not an image this plugin wrote (no image config; an index or a"
                                + " foreign artifact); it is neither used nor overwritten",
                        null);
                return !fallback;
            }
            JsonNode cfg = JSON.readTree(registry.fetchSmallBlob(n.repository(), Digest.parse(config), MAX_CONFIG));
            labels = new LinkedHashMap<>();
            cfg.path("config")
                    .path("Labels")
                    .fields()
                    .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            cfg.path("rootfs").path("diff_ids").forEach(d -> diffIds.add(d.asText()));
        } catch (RegistryException e) {
            cache.fault("cannot read layer-cache image " + n + role + ": " + e.getMessage(), e);
            return !fallback;
        } catch (IOException | IllegalArgumentException e) {
            cache.fault("layer-cache image " + n + role + " is unusable: " + e.getMessage(), e);
            return !fallback;
        }
        String json = labels.get(LayerRecord.LABEL);
        if (json == null) {
            foreign |= !fallback;
            cache.fault(
                    n + role + " has no label " + LayerRecord.LABEL + ", so it is not a layer-cache image of this"
                            + " plugin; it is neither used nor overwritten. Point cacheImage at a tag used only for the cache",
                    null);
            return !fallback;
        }
        readSource = source;
        ImageReference pinned = n.withDigest(digest);
        LayerRecord record = null;
        try {
            record = LayerRecord.parse(json);
        } catch (IllegalArgumentException e) {
            log.line("layer cache: " + e.getMessage() + " on " + n + "; its layers are used, every phase"
                    + " restores as without it");
        }
        String none = record == null ? null : noneTaken(record, points);
        if (none != null) {
            // Its first phase changed, so no phase can be taken from it: pulling the whole build stage (node_modules,
            // ~/.m2 and all) would cost more than it can save; the cache image restores the directories instead
            // (measured on vite-web: a 10 s pull for a dependency added, slower than a clean build).
            recorded = record;
            log.line("layer cache: not pulled: " + none + " since " + n + role + " (" + digest.shortHex()
                    + ") was built, so no phase can be taken from it");
            LayerRecord.Point first = record.point(points.get(0).phase());
            if (first != null && first.lines().equals(points.get(0).lines())) {
                // Its Dockerfile lines are the same, so only the files it copies changed: the setup steps before it
                // are the same steps, and their own small image carries them; with npm, the previous install
                // too (NpmIncremental), in the install image.
                // Pulled alongside the cache image's pull that plan() starts next; cacheFrom() waits for it.
                boolean incremental = first.phase().equals(incrementalPhase);
                String refused = incremental ? NpmIncremental.refusal(record, first, args) : null;
                if (refused != null) {
                    incremental = false;
                    log.line("layer cache: " + refused);
                }
                boolean onDeps = incremental;
                setupPull = new SideTasks(1);
                setupPull.start("setup-image pull", () -> {
                    depsPulled = onDeps ? prefixes.pullDeps(engine, readSource, diffIds) : null;
                    if (depsPulled == null) {
                        setupPulled = prefixes.pullSetup(engine, readSource);
                    }
                });
            }
            return true;
        }
        try {
            engine.pull(pinned, cache.auth(), m -> log.line("layer cache: " + m));
        } catch (IOException | RuntimeException e) {
            cache.fault(
                    "pulling layer-cache image " + n + role + " (" + digest.shortHex() + ") failed: " + e.getMessage(),
                    e);
            return true;
        }
        pulled = pinned;
        cache.result().layerCachePulled = pinned.toString();
        recorded = record;
        log.line("layer cache: pulled " + n + role + " (" + digest.shortHex() + ") in "
                + Sizes.seconds((System.nanoTime() - t0) / 1_000_000) + "; it is the build's --cache-from");
        return true;
    }

    ImageReference name() {
        return name;
    }

    /** The images to give the classic builder as {@code --cache-from}; waits for the setup image's pull. */
    List<String> cacheFrom() throws InterruptedException {
        if (pulled != null) {
            return List.of(pulled.toString());
        }
        ImageReference setup = awaitSetup();
        if (depsPulled != null) {
            // The stage is on it; the setup stage of the rebased Dockerfile takes its steps from its history.
            return List.of(depsPulled.toString());
        }
        return setup == null ? List.of() : List.of(setup.toString());
    }

    /** How long the setup image's pull took (alongside the cache image's), once {@link #cacheFrom} returned. */
    long setupMillis() {
        return setupMillis;
    }

    /** The setup image's pull, ended: its image, or null. Interrupted, it is stopped (and waited for) first. */
    private ImageReference awaitSetup() throws InterruptedException {
        if (setupPull == null) {
            return setupPulled;
        }
        try (SideTasks pull = setupPull) {
            long millis = pull.join().get(0).millis();
            setupMillis = setupPulled == null ? 0 : millis;
        } catch (BuildException e) {
            // PrefixImages turns every failure into a line; nothing of it is a build fault.
            log.line("layer cache: the setup steps cannot be pulled (" + e.getMessage() + "); they run");
        } finally {
            setupPull = null;
        }
        return setupPulled;
    }

    /**
     * Decides every restore point and pulls what the decisions restore from: the current cache image once if some
     * point restores from it, an older one only for a point that must be rebuilt as recorded. A point whose recorded
     * image cannot be pulled is decided again as changed. With {@code pullCurrent} false the current cache image is
     * not pulled: the build stage's base holds its directories already ({@link CacheBase}).
     */
    List<LayerDecision> plan(
            List<PhaseInputs.Point> points, CacheSession.Restore current, Engine engine, boolean pullCurrent)
            throws BuildException, InterruptedException {
        Set<String> unreproducible = new HashSet<>();
        boolean currentPulled = !pullCurrent;
        Set<ImageReference> older = new HashSet<>();
        if (incrementalPhase != null && setupPull != null) {
            // The first point changed, so every later point that restores does so from the current cache, whichever
            // way the install goes: its pull runs beside the install image's (which decides whether the install
            // restores). Only for a later point: vite-web's install alone has a directory in the cache.
            if (current != null && !currentPulled && laterPointRestores(points, current)) {
                currentPulled = cache.pull(current, engine, System.nanoTime());
                if (!currentPulled) {
                    current = null;
                }
            }
            awaitSetup();
        }
        // Pulled only when the record has the point (read()), whose stacked installs this one adds to.
        LayerDecision.Onto onto = depsPulled == null
                ? null
                : new LayerDecision.Onto(
                        incrementalPhase,
                        depsPulled,
                        recorded.point(incrementalPhase).depth());
        while (true) {
            List<LayerDecision> ds = LayerDecision.decide(
                    recorded, nameFor(readSource), points, current, sameBuild(current), unreproducible, onto);
            boolean again = false;
            for (LayerDecision d : ds) {
                if (d.take() && d.onto() != null && !ontoPulled.contains(d.onto())) {
                    // Its layers came with the layer-cache image: the pull registers the image the stage is on.
                    try {
                        engine.pull(d.onto(), cache.auth(), m -> log.line("layer cache: " + m));
                        ontoPulled.add(d.onto());
                    } catch (IOException | RuntimeException e) {
                        log.line("layer cache: " + d.phase() + " was an npm install on " + d.onto() + ", which cannot"
                                + " be pulled (" + e.getMessage() + "); it runs again");
                        unreproducible.add(d.phase());
                        again = true;
                        break;
                    }
                }
                if (d.copyFrom() == null || d.dirs().isEmpty() || d.copyFrom().equals(pulled)) {
                    continue;
                }
                if (current != null && d.copyFrom().equals(current.pinned())) {
                    if (!currentPulled) {
                        currentPulled = cache.pull(current, engine, System.nanoTime());
                        if (!currentPulled) {
                            current = null;
                            again = true;
                            break;
                        }
                    }
                } else if (older.add(d.restoreFrom())) {
                    long t0 = System.nanoTime();
                    try {
                        engine.pull(d.restoreFrom(), cache.auth(), m -> log.line("layer cache: " + m));
                        log.line("layer cache: pulled " + d.restoreFrom() + ", which " + d.phase()
                                + " restored when the layer cache was built, in "
                                + Sizes.seconds((System.nanoTime() - t0) / 1_000_000));
                    } catch (IOException | RuntimeException e) {
                        log.line("layer cache: " + d.phase() + " was built after restoring " + d.restoreFrom()
                                + ", which cannot be pulled (" + e.getMessage() + "); it runs again");
                        unreproducible.add(d.phase());
                        again = true;
                        break;
                    }
                }
            }
            if (!again) {
                ds.forEach(d -> log.line("layer cache: " + d.reason()));
                ds.stream()
                        .filter(LayerDecision::take)
                        .forEach(d -> cache.result().phasesFromLayerCache.add(d.phase()));
                if (current != null) {
                    for (LayerDecision d : ds) {
                        if (current.pinned().equals(d.restoreFrom())) {
                            cache.restored(
                                    current,
                                    dirsOf(current, d.dirs()),
                                    d.copyFrom().equals(pulled));
                        }
                    }
                }
                return ds;
            }
        }
    }

    /** Whether some point after the first has a directory that {@code current} holds. */
    private static boolean laterPointRestores(List<PhaseInputs.Point> points, CacheSession.Restore current) {
        return points.stream().skip(1).flatMap(p -> p.dirs().stream()).anyMatch(d -> current.image()
                .directories()
                .containsKey(d));
    }

    static String freshLabel(List<String> layerPaths) {
        return JSON.createArrayNode()
                .addAll(layerPaths.stream().map(JSON.getNodeFactory()::textNode).toList())
                .toString();
    }

    /** The directories of {@code current} that its build saved itself, from {@link #LABEL_FRESH}; empty if unknown. */
    static Set<String> fresh(CacheSession.Restore current) {
        Set<String> out = new HashSet<>();
        String label = current.image().labels().get(LABEL_FRESH);
        if (label == null) {
            return out;
        }
        try {
            JSON.readTree(label).forEach(n -> out.add(n.asText()));
        } catch (IOException e) {
            out.clear(); // unreadable: nothing is taken from the layer-cache image
        }
        return out;
    }

    /**
     * The pulled layer-cache image when the current cache image was saved by the same build (same build id), so its
     * directories hold the very files the cache image holds: a changed point then copies them from it, with no pull.
     */
    private ImageReference sameBuild(CacheSession.Restore current) {
        if (pulled == null || recorded == null || recorded.build() == null || current == null) {
            return null;
        }
        return recorded.build().equals(current.image().labels().get(CacheImage.LABEL_BUILD)) ? pulled : null;
    }

    /** The labels of the stage build whose image is published; {@code buildId} is the cache image's build label. */
    Map<String, String> stageLabels(String buildId, List<PhaseInputs.Point> points, List<LayerDecision> decisions) {
        return Map.of(
                LayerRecord.LABEL,
                LayerDecision.record(buildId, points, decisions, args).toJson());
    }

    /**
     * Pushes the stage image as the layer-cache image, its setup steps as the setup image and its steps through the
     * npm install as the install image where {@code prefixes} names them. Only builds that save call this.
     */
    void publish(Engine engine, String stageImage, PrefixImages.Prefixes prefixes)
            throws BuildException, InterruptedException {
        if (useless) {
            return;
        }
        if (foreign) {
            cache.fault(
                    name + " holds an image that is not a layer-cache image of this plugin, so it is not"
                            + " overwritten; point cacheImage at a tag used only for the cache",
                    null);
            return;
        }
        long t0 = System.nanoTime();
        try {
            engine.tag(stageImage, name.toString());
            String digest = engine.push(name, cache.auth(), log);
            cache.result().layerCacheDigest = digest;
            log.line("layer cache: pushed " + name + " (" + digest + ") in "
                    + Sizes.seconds((System.nanoTime() - t0) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            cache.fault("pushing layer-cache image " + name + " failed: " + e.getMessage(), e);
            return;
        }
        // Their own names: a fallback's are never written.
        if (prefixes.setup() != null) {
            this.prefixes.publish(
                    engine, stageImage, prefixes.setup(), SetupImage.nameFor(cacheName), "the setup steps");
        }
        if (prefixes.install() != null) {
            this.prefixes.publish(
                    engine, stageImage, prefixes.install(), NpmIncremental.nameFor(cacheName), "the install");
        }
    }

    private static List<CacheDir> dirsOf(CacheSession.Restore current, List<String> layerPaths) {
        Set<String> wanted = new LinkedHashSet<>(layerPaths);
        return current.dirs().stream()
                .filter(d -> wanted.contains(d.layerPath()))
                .toList();
    }
}
