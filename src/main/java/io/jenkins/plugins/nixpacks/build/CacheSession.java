package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.cache.image.CacheImagePublisher;
import io.jenkins.plugins.nixpacks.cache.image.ForeignImageException;
import io.jenkins.plugins.nixpacks.docker.ImageLoad;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.registry.RegistryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * Saves the cache from the stage image ({@link CacheSave}): only the layers the registry lacks travel, to the
     * receiver and then the registry. Runs beside the final build.
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
        if (foreignTarget) {
            fault(
                    cacheImage + " holds an image that is not a cache image of this plugin, so it is not overwritten;"
                            + " point cacheImage at a tag used only for the cache",
                    null);
            return;
        }
        new CacheSave(this, cacheImage, log, result)
                .save(dirs, engine, stageImage, uploads, restored, buildId, workDir, layerCacheFollows);
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
