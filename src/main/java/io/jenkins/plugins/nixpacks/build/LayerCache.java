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
import java.util.TreeSet;

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
    private final CacheSession cache;
    private final BuildLog log;
    /** The image pulled (pinned by digest), or null on a miss. */
    private ImageReference pulled;

    private LayerRecord recorded;
    /** The tag holds an image that is not a layer-cache image of this plugin: never overwritten. */
    private boolean foreign;

    /**
     * Which way a restore point went, and why, in words for the log.
     *
     * @param copyFrom the image the Dockerfile copies {@code dirs} from, or null when nothing is restored
     * @param restoreFrom the cache image recorded as restored: {@code copyFrom}, or the cache image whose directories
     *     hold the same files when they are copied from the layer-cache image (already pulled)
     */
    record Decision(
            String phase,
            boolean take,
            ImageReference copyFrom,
            ImageReference restoreFrom,
            List<String> dirs,
            String reason) {}

    private LayerCache(ImageReference name, CacheSession cache, BuildLog log) {
        this.name = name;
        this.cache = cache;
        this.log = log;
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
            ImageReference cacheImage, CacheSession cache, Engine engine, boolean noCache, BuildLog log)
            throws BuildException, InterruptedException {
        LayerCache lc = new LayerCache(nameFor(cacheImage), cache, log);
        if (noCache) {
            log.line("layer cache: noCache is on; " + lc.name + " is not pulled");
            return lc;
        }
        lc.find(engine);
        return lc;
    }

    private void find(Engine engine) throws BuildException, InterruptedException {
        long t0 = System.nanoTime();
        RegistryClient registry = cache.registry(name);
        Map<String, String> labels;
        Digest digest;
        try {
            Optional<RegistryClient.Manifest> m = registry.fetchManifest(name);
            if (m.isEmpty()) {
                log.line("layer cache: " + name + " does not exist yet (a miss: every phase runs)");
                return;
            }
            digest = m.get().digest();
            JsonNode manifest = m.get().json();
            String config = manifest.path("config").path("digest").asText(null);
            if (config == null) {
                foreign = true;
                cache.fault(
                        name + " is not an image this plugin wrote (no image config; an index or a"
                                + " foreign artifact); it is neither used nor overwritten",
                        null);
                return;
            }
            JsonNode cfg = JSON.readTree(registry.fetchSmallBlob(name.repository(), Digest.parse(config), MAX_CONFIG));
            labels = new LinkedHashMap<>();
            cfg.path("config")
                    .path("Labels")
                    .fields()
                    .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        } catch (RegistryException e) {
            cache.fault("cannot read layer-cache image " + name + ": " + e.getMessage(), e);
            return;
        } catch (IOException | IllegalArgumentException e) {
            cache.fault("layer-cache image " + name + " is unusable: " + e.getMessage(), e);
            return;
        }
        String json = labels.get(LayerRecord.LABEL);
        if (json == null) {
            foreign = true;
            cache.fault(
                    name + " has no label " + LayerRecord.LABEL + ", so it is not a layer-cache image of this"
                            + " plugin; it is neither used nor overwritten. Point cacheImage at a tag used only for the cache",
                    null);
            return;
        }
        ImageReference pinned = name.withDigest(digest);
        try {
            engine.pull(pinned.toString(), cache.credentials(), m -> log.line("layer cache: " + m));
        } catch (IOException | RuntimeException e) {
            cache.fault(
                    "pulling layer-cache image " + name + " (" + digest.shortHex() + ") failed: " + e.getMessage(), e);
            return;
        }
        pulled = pinned;
        try {
            recorded = LayerRecord.parse(json);
        } catch (IllegalArgumentException e) {
            log.line("layer cache: " + e.getMessage() + " on " + name + "; its layers are used, every phase"
                    + " restores as without it");
        }
        log.line("layer cache: pulled " + name + " (" + digest.shortHex() + ") in "
                + Sizes.seconds((System.nanoTime() - t0) / 1_000_000) + "; it is the build's --cache-from");
    }

    ImageReference name() {
        return name;
    }

    /** The images to give the classic builder as {@code --cache-from}. */
    List<String> cacheFrom() {
        return pulled == null ? List.of() : List.of(pulled.toString());
    }

    /**
     * Decides every restore point and pulls what the decisions restore from: the current cache image once if some
     * point restores from it, an older one only for a point that must be rebuilt as recorded. A point whose recorded
     * image cannot be pulled is decided again as changed.
     */
    List<Decision> plan(List<PhaseInputs.Point> points, CacheSession.Restore current, Engine engine)
            throws BuildException, InterruptedException {
        Set<String> unreproducible = new HashSet<>();
        boolean currentPulled = false;
        Set<ImageReference> older = new HashSet<>();
        while (true) {
            List<Decision> ds = decide(recorded, name, points, current, sameBuild(current), unreproducible);
            boolean again = false;
            for (Decision d : ds) {
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
                        engine.pull(
                                d.restoreFrom().toString(), cache.credentials(), m -> log.line("layer cache: " + m));
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
                if (current != null) {
                    for (Decision d : ds) {
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

    /**
     * The decision, a pure function of what was recorded and what the points are now.
     *
     * @param recorded null when there is no layer cache (or no readable record)
     * @param current the cache image found (not necessarily pulled), or null
     * @param sameBuild the pulled layer-cache image if it comes from the build that saved {@code current}, else null
     * @param unreproducible points whose recorded restore cannot be repeated
     */
    static List<Decision> decide(
            LayerRecord recorded,
            ImageReference recordedName,
            List<PhaseInputs.Point> points,
            CacheSession.Restore current,
            ImageReference sameBuild,
            Set<String> unreproducible) {
        List<Decision> out = new ArrayList<>();
        boolean chain = recorded != null;
        for (PhaseInputs.Point p : points) {
            LayerRecord.Point r = recorded == null ? null : recorded.point(p.phase());
            if (chain && r != null && r.inputs().equals(p.inputs()) && !unreproducible.contains(p.phase())) {
                String since = "inputs unchanged since " + recordedName + " (" + shortDigest(p.inputs()) + ")";
                if (r.restoredFrom() == null || r.dirs().isEmpty()) {
                    out.add(new Decision(
                            p.phase(),
                            true,
                            null,
                            null,
                            List.of(),
                            p.phase() + ": " + since + "; taking the layer cache, no restore"));
                } else {
                    ImageReference from = ImageReference.parse(r.restoredFrom());
                    out.add(new Decision(
                            p.phase(),
                            true,
                            from,
                            from,
                            r.dirs(),
                            p.phase() + ": " + since + "; taking the layer cache, restoring " + slashed(r.dirs())
                                    + " from " + from + " as when it was built"));
                }
                continue;
            }
            String why = chain ? changed(r, p) : recorded == null ? "no layer cache" : "an earlier phase changed";
            if (unreproducible.contains(p.phase())) {
                why = "the image restored before it when the layer cache was built cannot be pulled";
            }
            chain = false;
            List<String> dirs = new ArrayList<>();
            long bytes = 0;
            if (current != null) {
                for (String d : p.dirs()) {
                    if (current.image().directories().containsKey(d)) {
                        dirs.add(d);
                        bytes += current.image().bytes(d);
                    }
                }
            }
            if (dirs.isEmpty()) {
                String none = current == null ? "no cache image to restore from" : "the cache holds none of its dirs";
                out.add(new Decision(p.phase(), false, null, null, List.of(), p.phase() + ": " + why + "; " + none));
            } else {
                String restoring = p.phase() + ": " + why + "; restoring " + dirs.size() + " dir"
                        + (dirs.size() == 1 ? "" : "s") + " " + slashed(dirs) + " (" + Sizes.human(bytes) + ")";
                boolean fromStage = sameBuild != null && fresh(current).containsAll(dirs);
                out.add(new Decision(
                        p.phase(),
                        false,
                        fromStage ? sameBuild : current.pinned(),
                        current.pinned(),
                        dirs,
                        fromStage
                                ? restoring + " as " + current.from() + " holds them, from " + recordedName
                                        + ", pulled already"
                                : restoring + " from " + current.from()));
            }
        }
        return out;
    }

    /** Why a point's inputs differ from the recorded ones, naming the files where it can. */
    static String changed(LayerRecord.Point r, PhaseInputs.Point p) {
        if (r == null) {
            return "not in the layer cache's record";
        }
        Set<String> names = new TreeSet<>();
        names.addAll(r.files().keySet());
        names.addAll(p.files().keySet());
        List<String> diff = new ArrayList<>();
        for (String n : names) {
            if (!String.valueOf(r.files().get(n))
                    .equals(String.valueOf(p.files().get(n)))) {
                diff.add(n);
            }
        }
        if (diff.contains(".")) {
            return "the app's files changed";
        }
        if (!diff.isEmpty()) {
            String list = diff.size() > 3
                    ? String.join(", ", diff.subList(0, 3)) + " and " + (diff.size() - 3) + " more"
                    : String.join(", ", diff);
            return list + " changed";
        }
        if (!r.lines().equals(p.lines())) {
            return "its Dockerfile lines or base image changed";
        }
        return "an earlier step or a build argument changed";
    }

    /** The record the stage image is labelled with: the points as they are built now. */
    static LayerRecord record(String buildId, List<PhaseInputs.Point> points, List<Decision> decisions) {
        Map<String, Decision> byPhase = new LinkedHashMap<>();
        decisions.forEach(d -> byPhase.put(d.phase(), d));
        List<LayerRecord.Point> out = new ArrayList<>();
        for (PhaseInputs.Point p : points) {
            Decision d = byPhase.get(p.phase());
            boolean restores = d != null && d.restoreFrom() != null && !d.dirs().isEmpty();
            out.add(new LayerRecord.Point(
                    p.phase(),
                    p.inputs(),
                    p.lines(),
                    p.files(),
                    restores ? d.restoreFrom().toString() : null,
                    restores ? d.dirs() : List.of()));
        }
        return new LayerRecord(buildId, out);
    }

    /** The labels of the stage build whose image is published; {@code buildId} is the cache image's build label. */
    static Map<String, String> stageLabels(String buildId, List<PhaseInputs.Point> points, List<Decision> decisions) {
        return Map.of(LayerRecord.LABEL, record(buildId, points, decisions).toJson());
    }

    /** Pushes the stage image as the layer-cache image. Only builds that save call this. */
    void publish(Engine engine, String stageImage) throws BuildException, InterruptedException {
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
            String digest = engine.push(name.toString(), cache.credentials());
            log.line("layer cache: pushed " + name + " (" + digest + ") in "
                    + Sizes.seconds((System.nanoTime() - t0) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            cache.fault("pushing layer-cache image " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** The restore decisions as {@link io.jenkins.plugins.nixpacks.cache.CacheHooksImpl#resolve} takes them. */
    static Map<String, Map.Entry<String, List<String>>> restores(List<Decision> decisions) {
        Map<String, Map.Entry<String, List<String>>> out = new LinkedHashMap<>();
        for (Decision d : decisions) {
            if (d.copyFrom() != null && !d.dirs().isEmpty()) {
                out.put(d.phase(), Map.entry(d.copyFrom().toString(), d.dirs()));
            }
        }
        return out;
    }

    private static List<CacheDir> dirsOf(CacheSession.Restore current, List<String> layerPaths) {
        Set<String> wanted = new LinkedHashSet<>(layerPaths);
        return current.dirs().stream()
                .filter(d -> wanted.contains(d.layerPath()))
                .toList();
    }

    private static String slashed(List<String> layerPaths) {
        return String.join(", ", layerPaths.stream().map(p -> "/" + p).toList());
    }

    private static String shortDigest(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
