package io.jenkins.plugins.nixpacks.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Which image is read, and what of it is pulled, is {@link LayerLookup}'s; the decisions and the publish are here.
 */
final class LayerCache {
    /**
     * A label of the cache image: the directories this build saved (not kept from the previous image). Only those are
     * in the build's stage image too, so only those may be copied from its layer-cache image instead.
     */
    static final String LABEL_FRESH = "io.jenkins.nixpacks.cache.saved";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImageReference name;
    /** The cache image {@code REPO:TAG} the names derive from. */
    private final ImageReference cacheName;

    private final CacheSession cache;
    private final BuildLog log;
    /** The setup and install images: prefixes of the layer-cache image. */
    private final PrefixImages prefixes;
    /** The phase whose {@code npm ci} can run incrementally ({@link NpmIncremental#phase}), or null. */
    private final String incrementalPhase;
    /** The digest of this build's arguments ({@link PhaseInputs#argsDigest}), also kept in the record. */
    private final String args;
    /** What was read and pulled: the layer-cache image, its record, the setup or install image. */
    private final LayerLookup found;
    /** Install images the decisions rebase on, pulled by this build. */
    private final Set<ImageReference> ontoPulled = new HashSet<>();

    /** No phase can be taken from the layer cache: neither pulled nor pushed. */
    private boolean useless;

    private LayerCache(
            ImageReference cacheName, CacheSession cache, String incrementalPhase, String args, BuildLog log) {
        this.cacheName = cacheName;
        this.name = nameFor(cacheName);
        this.cache = cache;
        this.log = log;
        this.incrementalPhase = incrementalPhase;
        this.args = args;
        this.prefixes = new PrefixImages(cache, log);
        this.found = new LayerLookup(cacheName, cache, prefixes, incrementalPhase, args, log);
    }

    /** Whether this build pushes its stage as the layer-cache image (when it saves). */
    boolean publishes() {
        return !useless && !found.foreign();
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

    /** The documented rule: the layer-cache image of cache image {@code REPO:TAG} is {@code REPO:TAG-build}. */
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
        LayerCache lc = new LayerCache(cacheImage, cache, incrementalPhase, args, log);
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
        lc.found.find(engine, points);
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

    ImageReference name() {
        return name;
    }

    /** The images to give the classic builder as {@code --cache-from}; waits for the setup image's pull. */
    List<String> cacheFrom() throws InterruptedException {
        return found.cacheFrom();
    }

    /** How long the setup image's pull took (alongside the cache image's), once {@link #cacheFrom} returned. */
    long setupMillis() {
        return found.setupMillis();
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
        if (incrementalPhase != null && found.setupPending()) {
            // The first point changed, so every later point that restores does so from the current cache, whichever
            // way the install goes: its pull runs beside the install image's (which decides whether the install
            // restores). Only for a later point: vite-web's install alone has a directory in the cache.
            if (current != null && !currentPulled && laterPointRestores(points, current)) {
                currentPulled = cache.pull(current, engine, System.nanoTime());
                if (!currentPulled) {
                    current = null;
                }
            }
            found.awaitSetup();
        }
        // Pulled only when the record has the point (read()), whose stacked installs this one adds to.
        ImageReference pulled = found.pulled();
        LayerRecord recorded = found.recorded();
        LayerDecision.Onto onto = found.depsPulled() == null
                ? null
                : new LayerDecision.Onto(
                        incrementalPhase,
                        found.depsPulled(),
                        recorded.point(incrementalPhase).depth());
        while (true) {
            List<LayerDecision> ds = LayerDecision.decide(
                    recorded, nameFor(found.readSource()), points, current, sameBuild(current), unreproducible, onto);
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
        ImageReference pulled = found.pulled();
        LayerRecord recorded = found.recorded();
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
        if (found.foreign()) {
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
