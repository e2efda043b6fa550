package io.jenkins.plugins.nixpacks.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.registry.RegistryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the {@link LayerCache}: which layer-cache image a build starts from (its own, else each
 * {@code cacheFrom}'s in order, read only), its record read from the registry before any pull, and then what is
 * pulled: the image itself when a phase can be taken from it, else its setup image or, for an npm install whose
 * lockfile changed, its install image ({@link PrefixImages}), beside the cache image's pull.
 */
final class LayerLookup {
    /** The largest image config read of a layer-cache, setup or install image. */
    static final int MAX_CONFIG = 8 << 20;

    /** The cache image {@code REPO:TAG} the build's own names derive from. */
    private final ImageReference cacheName;

    private final CacheSession cache;
    private final PrefixImages prefixes;
    /** The phase whose {@code npm ci} can run incrementally ({@link NpmIncremental#phase}), or null. */
    private final String incrementalPhase;
    /** The digest of this build's arguments ({@link PhaseInputs#argsDigest}). */
    private final String args;

    private final BuildLog log;
    /** The image pulled (pinned by digest), or null on a miss. */
    private ImageReference pulled;
    /** The pull of the setup image, started instead of the layer-cache image's, beside the cache image's; or null. */
    private SideTasks setupPull;
    /** The setup image pulled (pinned), or null; set on the pull's thread, read once {@link #cacheFrom} joined it. */
    private volatile ImageReference setupPulled;
    /** How long the setup image's pull took; 0 when none was pulled. */
    private volatile long setupMillis;
    /** The install image pulled (pinned) for an incremental install, or null; set like {@link #setupPulled}. */
    private volatile ImageReference depsPulled;
    /** The record of the layer-cache image read, or null. */
    private LayerRecord recorded;
    /** The cache image whose layer-cache image was read: the build's own, or a fallback while its own is absent. */
    private ImageReference readSource;
    /** The tag holds an image that is not a layer-cache image of this plugin: never overwritten. Read on the push's thread. */
    private volatile boolean foreign;

    LayerLookup(
            ImageReference cacheName,
            CacheSession cache,
            PrefixImages prefixes,
            String incrementalPhase,
            String args,
            BuildLog log) {
        this.cacheName = cacheName;
        this.readSource = cacheName;
        this.cache = cache;
        this.prefixes = prefixes;
        this.incrementalPhase = incrementalPhase;
        this.args = args;
        this.log = log;
    }

    /**
     * Reads {@code cacheImage}'s layer-cache image and, while it does not exist yet, each fallback's in order
     * ({@code cacheFrom}: a branch's first build, or a pull request's, takes {@code main}'s layer cache). A fallback's
     * is read only: this build publishes to its own name.
     */
    void find(Engine engine, List<PhaseInputs.Point> points) throws BuildException, InterruptedException {
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
        ImageReference n = LayerCache.nameFor(source);
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
            Optional<JsonNode> config = registry.fetchConfig(n.repository(), m.get(), MAX_CONFIG);
            if (config.isEmpty()) {
                foreign |= !fallback;
                cache.fault(
                        n + role + " is not an image this plugin wrote (no image config; an index or a"
                                + " foreign artifact); it is neither used nor overwritten",
                        null);
                return !fallback;
            }
            JsonNode cfg = config.get();
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
        String none = record == null ? null : LayerCache.noneTaken(record, points);
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
    ImageReference awaitSetup() throws InterruptedException {
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

    /** Whether the setup (or install) image's pull was started and not waited for yet. */
    boolean setupPending() {
        return setupPull != null;
    }

    /** The layer-cache image pulled (pinned), or null. */
    ImageReference pulled() {
        return pulled;
    }

    /** The record read, or null. */
    LayerRecord recorded() {
        return recorded;
    }

    /** The cache image whose layer-cache image was read. */
    ImageReference readSource() {
        return readSource;
    }

    /** The install image pulled for an incremental install (pinned), or null. */
    ImageReference depsPulled() {
        return depsPulled;
    }

    /** Whether the build's own tag holds an image that is not one of this plugin's. */
    boolean foreign() {
        return foreign;
    }
}
