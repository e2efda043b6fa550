package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.Version;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.cache.image.CacheImagePublisher;
import io.jenkins.plugins.nixpacks.cache.image.ForeignImageException;
import io.jenkins.plugins.nixpacks.cache.image.LayerListing;
import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import io.jenkins.plugins.nixpacks.docker.ImageLoad;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.registry.RegistryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The incremental cache of one build: find and pull a cache image before the build, publish the new one after it.
 * Every fault is a warning and a miss, unless strict mode turns it into a {@link BuildException}.
 */
final class CacheSession {
    /**
     * Layers of a cache image at most, shared by its directories: well under the engine's limit of about 125 layers
     * an image may have for a container or a {@code COPY --from} to mount it.
     */
    static final int IMAGE_LAYER_BUDGET = 96;

    private final ImageReference cacheImage;
    private final List<ImageReference> fallbacks;
    private final RegistryAuth auth;
    private final boolean strict;
    private final BuildLog log;
    private final BuildResult result;
    /**
     * The cacheImage tag holds an image this plugin did not write: someone's data, never overwritten. Set by
     * {@link #find}, read by the save on its own thread ({@link SideTasks}).
     */
    private volatile boolean foreignTarget;

    /** What restore found: the image pulled (pinned by digest), what it holds, and which of our dirs it restores. */
    record Restore(ImageReference from, ImageReference pinned, CacheImage image, List<CacheDir> dirs, long bytes) {}

    CacheSession(
            ImageReference cacheImage,
            List<ImageReference> fallbacks,
            RegistryAuth auth,
            boolean strict,
            BuildLog log,
            BuildResult result) {
        this.cacheImage = cacheImage;
        this.fallbacks = List.copyOf(fallbacks);
        this.auth = auth;
        this.strict = strict;
        this.log = log;
        this.result = result;
    }

    BuildResult result() {
        return result;
    }

    /** The build's registry credentials and the registry they are bound to. */
    RegistryAuth auth() {
        return auth;
    }

    /** The read-only fallbacks ({@code cacheFrom}), in order. */
    List<ImageReference> fallbacks() {
        return fallbacks;
    }

    /** A client for {@code image}'s registry, with the build's credentials only if they are bound to it. */
    RegistryClient registry(ImageReference image) {
        return RegistryClient.forImage(image, auth);
    }

    /**
     * Looks for a usable cache image, cacheImage first, then the fallbacks in order, reading only its manifest and
     * config: the layer cache decides per phase whether it is pulled at all.
     */
    Restore find(List<CacheDir> dirs) throws BuildException, InterruptedException {
        List<ImageReference> candidates = new ArrayList<>();
        candidates.add(cacheImage);
        candidates.addAll(fallbacks);
        for (int i = 0; i < candidates.size(); i++) {
            ImageReference ref = candidates.get(i);
            CacheImage found;
            try {
                found = CacheImagePublisher.fetch(registry(ref), ref);
            } catch (RegistryException e) {
                fault("cannot read cache image " + ref + ": " + e.getMessage(), e);
                continue;
            } catch (ForeignImageException e) {
                if (ref.equals(cacheImage)) {
                    foreignTarget = true;
                }
                fault("cache image " + ref + " is unusable: " + e.getMessage(), e);
                continue;
            } catch (IOException e) {
                fault("cache image " + ref + " is unusable: " + e.getMessage(), e);
                continue;
            }
            if (found == null) {
                log.line("cache: " + ref + " does not exist yet"
                        + (i + 1 < candidates.size() ? "; trying cacheFrom's" : " (a miss: this build starts cold)"));
                continue;
            }
            List<CacheDir> present = new ArrayList<>();
            long bytes = 0;
            for (CacheDir d : dirs) {
                if (found.directories().containsKey(d.layerPath())) {
                    present.add(d);
                    bytes += found.bytes(d.layerPath());
                }
            }
            if (present.isEmpty()) {
                log.line("cache: " + ref + " holds none of this build's directories " + paths(dirs) + "; skipped");
                continue;
            }
            return new Restore(ref, ref.withDigest(found.manifestDigest()), found, present, bytes);
        }
        return null;
    }

    /**
     * Pulls what {@link #find} found, because some phase restores from it.
     *
     * @return false after a fault (a warning unless strict)
     */
    boolean pull(Restore found, Engine engine, long t0) throws BuildException, InterruptedException {
        try {
            engine.pull(found.pinned(), auth, m -> log.line("cache: " + m));
        } catch (IOException | RuntimeException e) {
            fault("pulling cache image " + found.pinned() + " failed: " + e.getMessage(), e);
            return false;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        log.line("cache: pulled " + found.from() + " ("
                + Sizes.human(found.image().totalBytes()) + ", holding " + paths(found.dirs()) + ") in "
                + Sizes.seconds(ms));
        result.cacheRestoredFrom = found.from().toString();
        result.restoreMillis = ms;
        return true;
    }

    /**
     * Loads the build image with {@code found}'s layers of {@code c}'s directories on top, for the build stage to
     * start from ({@link CacheBase}); null after any fault, said in the log: the directories are then copied in.
     */
    CacheBase.Composed composeBase(Restore found, CacheBase.Candidate c, Engine engine, Path workDir)
            throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            Optional<ImageLoad.Base> base = engine.base(c.buildImage());
            if (base.isEmpty()) {
                // The builder would pull it for FROM; the composed image needs it first.
                engine.pull(ImageReference.parse(c.buildImage()), auth, m -> log.line("cache: " + m));
                base = engine.base(c.buildImage());
            }
            CacheBase.Composed k = CacheBase.compose(
                    engine,
                    registry(found.pinned()),
                    found,
                    c,
                    base.orElseThrow(
                            () -> new IOException("the build image " + c.buildImage() + " is not on the engine")),
                    workDir);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String what = k.layersLoaded() == 0
                    ? "all " + k.layersPresent() + " layers already on the engine"
                    : k.layersLoaded() + " layer" + (k.layersLoaded() == 1 ? "" : "s") + " loaded, "
                            + Sizes.human(k.bytesLoaded())
                            + (k.layersPresent() > 0 ? ", " + k.layersPresent() + " already on the engine" : "");
            log.line("cache: " + paths(c.dirs()) + " restored as the build stage's base: " + found.from()
                    + "'s layers on " + c.buildImage() + ", " + k.tag() + " (" + what + ") in " + Sizes.seconds(ms));
            result.cacheRestoredFrom = found.from().toString();
            result.restoreMillis = ms;
            return k;
        } catch (IOException | RuntimeException e) {
            log.line("cache: " + paths(c.dirs()) + " cannot be the build stage's base (" + e.getMessage()
                    + "); they are copied in");
            return null;
        }
    }

    /**
     * Records in the result what the Dockerfile restores of {@code found}'s directories (from the image itself, or
     * from the layer-cache image of the build that saved it: then the cache image is not pulled).
     */
    void restored(Restore found, List<CacheDir> dirs, boolean fromLayerCache) {
        if (fromLayerCache) {
            result.cacheRestoredFrom = found.from().toString();
        }
        for (CacheDir d : dirs) {
            if (!result.dirsRestored.contains(d.absolutePath())) {
                result.dirsRestored.add(d.absolutePath());
                result.bytesRestored += found.image().bytes(d.layerPath());
            }
        }
    }

    /**
     * Reads each directory from the stage image, cuts it into layers, sends the layers the registry lacks to the
     * receiver, pushes them once accepted, then the config and the manifest. A directory the stage does not hold
     * keeps its layers from the previous cache image; an unchanged cache leaves the cache image as it was.
     */
    void save(
            List<CacheDir> dirs,
            Engine engine,
            String stageImage,
            UploadChannel uploads,
            Restore restored,
            String buildId,
            Path workDir,
            boolean layerCacheFollows)
            throws BuildException, InterruptedException {
        long t0 = System.nanoTime();
        if (foreignTarget) {
            fault(
                    cacheImage + " holds an image that is not a cache image of this plugin, so it is not overwritten;"
                            + " point cacheImage at a tag used only for the cache",
                    null);
            return;
        }
        CacheImagePublisher publisher = new CacheImagePublisher(registry(cacheImage));
        boolean sameRepo = restored != null
                && restored.from().registry().equals(cacheImage.registry())
                && restored.from().repository().equals(cacheImage.repository());
        int perDirectory = Math.max(1, IMAGE_LAYER_BUDGET / dirs.size());
        List<CacheImage.Layer> layers = new ArrayList<>();
        Map<Digest, Path> toPush = new HashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> saved = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        long bytes = 0;
        long readNanos = 0;
        long checkNanos = 0;
        long sendNanos = 0;
        Map<String, LayerListing.Dir> listings = new LinkedHashMap<>();
        try (StageCacheReader reader = StageCacheReader.open(engine, stageImage)) {
            for (int i = 0; i < dirs.size(); i++) {
                CacheDir d = dirs.get(i);
                long c0 = System.nanoTime();
                ReproducibleLayer.Previous previous = sameRepo ? previous(publisher, restored.image(), d) : null;
                checkNanos += System.nanoTime() - c0;
                long r0 = System.nanoTime();
                Optional<ReproducibleLayer.Layers> cut = reader.cut(d, workDir, perDirectory, previous);
                readNanos += System.nanoTime() - r0;
                if (cut.isEmpty()) {
                    if (sameRepo && restored.image().directories().containsKey(d.layerPath())) {
                        layers.addAll(restored.image().directories().get(d.layerPath()));
                        restored.image().listing(d.layerPath()).ifPresent(l -> listings.put(d.layerPath(), l));
                        missing.add(d.absolutePath() + " (kept from the previous cache image)");
                    } else {
                        missing.add(d.absolutePath());
                    }
                    continue;
                }
                if (cut.get().freshReason() != null) {
                    log.line("cache: " + d.absolutePath() + " is cut afresh: "
                            + cut.get().freshReason() + " the last save");
                }
                listings.put(d.layerPath(), cut.get().listing());
                List<ReproducibleLayer.Blob> blobs = cut.get().written();
                c0 = System.nanoTime();
                List<Digest> absent = publisher.missing(
                        cacheImage,
                        blobs.stream().map(ReproducibleLayer.Blob::digest).toList());
                checkNanos += System.nanoTime() - c0;
                List<ReproducibleLayer.Blob> send = new ArrayList<>();
                for (ReproducibleLayer.Part part : cut.get().parts()) {
                    layers.add(part.layer());
                    bytes += part.layer().size();
                    ReproducibleLayer.Blob b = part.written();
                    if (b != null && absent.contains(b.digest()) && !toPush.containsKey(b.digest())) {
                        send.add(b);
                        toPush.put(b.digest(), b.file());
                    }
                }
                if (!send.isEmpty()) {
                    long s0 = System.nanoTime();
                    uploads.send(i, send);
                    sendNanos += System.nanoTime() - s0;
                    result.cacheLayersSent += send.size();
                    result.cacheBytesSent += send.stream()
                            .mapToLong(ReproducibleLayer.Blob::size)
                            .sum();
                }
                result.cacheLayersReused += cut.get().parts().size() - send.size();
                saved.add(d.absolutePath());
                fresh.add(d.layerPath());
            }
        } catch (TarRejectedException e) {
            fault("the cache is not saved: a directory of the build stage is refused: " + e.getMessage(), e);
            return;
        } catch (UploadChannel.UploadRefusedException e) {
            fault("the cache is not saved: " + e.getMessage(), e);
            return;
        } catch (IOException | RuntimeException e) {
            // Reading the stage, the registry's answer to "which layers do you lack?", the receiver unreachable.
            fault("saving the cache to " + cacheImage + " failed: " + e.getMessage(), e);
            return;
        }
        if (saved.isEmpty()) {
            fault(
                    "the build stage holds none of the cache directories " + paths(dirs) + "; " + cacheImage
                            + " is left as it was",
                    null);
            return;
        }
        if (!missing.isEmpty()) {
            log.line("cache: not in the build stage: " + String.join(", ", missing));
        }
        result.dirsSaved.addAll(saved);
        result.bytesSaved = bytes;
        String listing = LayerListing.encode(listings);
        boolean unchanged = restored != null
                && restored.from().toString().equals(cacheImage.toString())
                && layersOf(restored.image()).equals(layers)
                && listing.equals(restored.image().labels().get(LayerListing.LABEL));
        if (unchanged && layerCacheFollows) {
            // The layers are all there already; a new config (a few hundred bytes, no layer) names this build, so
            // the layer-cache image this build pushes next can stand in for the cache image (LayerCache.fresh).
            log.line("cache: unchanged (" + layers.size() + " layer" + (layers.size() == 1 ? "" : "s") + ", "
                    + Sizes.human(bytes) + "); its config is written again to name this build's layer cache");
        } else if (unchanged) {
            result.cacheImageDigest = restored.image().manifestDigest().toString();
            result.saveMillis = (System.nanoTime() - t0) / 1_000_000;
            log.line("cache: unchanged (" + layers.size() + " layer" + (layers.size() == 1 ? "" : "s") + ", "
                    + Sizes.human(bytes) + "); " + cacheImage + " is left as it was; 0 bytes sent, in "
                    + Sizes.seconds(result.saveMillis));
            return;
        }
        try {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put(CacheImage.LABEL_BUILD, buildId);
            labels.put(CacheImage.LABEL_VERSION, Version.current());
            // The directories read from this build's stage: the layer-cache image of this build holds them as saved.
            labels.put(LayerCache.LABEL_FRESH, LayerCache.freshLabel(fresh));
            labels.put(LayerListing.LABEL, listing);
            long p0 = System.nanoTime();
            CacheImagePublisher.Result r = publisher.publish(cacheImage, layers, toPush, labels, workDir);
            long pushNanos = System.nanoTime() - p0;
            result.cacheImageDigest = r.manifestDigest().toString();
            result.cacheBytesUploaded = r.bytesUploaded();
            result.saveMillis = (System.nanoTime() - t0) / 1_000_000;
            log.line("cache: saved " + saved.size() + " dir" + (saved.size() == 1 ? "" : "s") + " ("
                    + Sizes.human(bytes) + ") to " + cacheImage + ": " + result.cacheLayersSent + " layer"
                    + (result.cacheLayersSent == 1 ? "" : "s") + " sent (" + Sizes.human(result.cacheBytesSent)
                    + "), " + result.cacheLayersReused + " reused, " + r.layersUploaded() + " pushed ("
                    + Sizes.human(r.bytesUploaded()) + "), in " + Sizes.seconds(result.saveMillis) + " (read "
                    + Sizes.seconds(readNanos / 1_000_000) + ", registry checks "
                    + Sizes.seconds(checkNanos / 1_000_000)
                    + ", receiver " + Sizes.seconds(sendNanos / 1_000_000) + ", push "
                    + Sizes.seconds(pushNanos / 1_000_000) + ")");
        } catch (IOException | RuntimeException e) {
            result.saveMillis = (System.nanoTime() - t0) / 1_000_000;
            // Nothing was published: the result must not claim directories as saved.
            result.dirsSaved.clear();
            result.bytesSaved = 0;
            fault("saving the cache to " + cacheImage + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The previous image's layers of {@code dir} for the save to build on ({@link ReproducibleLayer#cut}): when it
     * listed them, and they are all still in the repository (a registry's garbage collection may have taken some).
     */
    private ReproducibleLayer.Previous previous(CacheImagePublisher publisher, CacheImage image, CacheDir dir)
            throws IOException, InterruptedException {
        Optional<LayerListing.Dir> listing = image.listing(dir.layerPath());
        if (listing.isEmpty()) {
            return null;
        }
        List<CacheImage.Layer> layers = image.directories().get(dir.layerPath());
        List<Digest> gone = publisher.missing(
                cacheImage, layers.stream().map(CacheImage.Layer::digest).toList());
        return gone.isEmpty() ? new ReproducibleLayer.Previous(layers, listing.get()) : null;
    }

    private static List<CacheImage.Layer> layersOf(CacheImage image) {
        List<CacheImage.Layer> out = new ArrayList<>();
        image.directories().values().forEach(out::addAll);
        return out;
    }

    void fault(String message, Throwable cause) throws BuildException {
        if (strict) {
            throw new BuildException(BuildException.Kind.CACHE, "cache fault (strictCache is on): " + message, cause);
        }
        log.warn(message + " — the build goes on without it");
        synchronized (result.warnings) { // the save and the layer-cache push run side by side (SideTasks)
            result.warnings.add(message);
        }
    }

    static String paths(List<CacheDir> dirs) {
        List<String> out = new ArrayList<>();
        dirs.forEach(d -> out.add(d.absolutePath()));
        return String.join(", ", out);
    }
}
