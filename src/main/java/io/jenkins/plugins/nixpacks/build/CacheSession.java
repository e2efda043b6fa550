package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.Version;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.cache.image.CacheImagePublisher;
import io.jenkins.plugins.nixpacks.cache.image.ForeignImageException;
import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import io.jenkins.plugins.nixpacks.registry.RegistryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incremental cache of one build: find and pull a cache image before the build, publish the new one after it.
 * Every fault is a warning and a miss, unless strict mode turns it into a {@link BuildException}.
 */
final class CacheSession {
    private final ImageReference cacheImage;
    private final List<ImageReference> fallbacks;
    private final String registryUrl;
    private final RegistryCredentials credentials;
    private final boolean strict;
    private final BuildLog log;
    private final BuildResult result;
    /** The cacheImage tag holds an image this plugin did not write: someone's data, never overwritten. */
    private boolean foreignTarget;

    /** What restore found: the image pulled (pinned by digest), what it holds, and which of our dirs it restores. */
    record Restore(ImageReference from, ImageReference pinned, CacheImage image, List<CacheDir> dirs, long bytes) {}

    CacheSession(
            ImageReference cacheImage,
            List<ImageReference> fallbacks,
            String registryUrl,
            RegistryCredentials credentials,
            boolean strict,
            BuildLog log,
            BuildResult result) {
        this.cacheImage = cacheImage;
        this.fallbacks = List.copyOf(fallbacks);
        this.registryUrl = registryUrl;
        this.credentials = credentials;
        this.strict = strict;
        this.log = log;
        this.result = result;
    }

    BuildResult result() {
        return result;
    }

    RegistryCredentials credentials() {
        return credentials;
    }

    RegistryClient registry(ImageReference image) {
        return RegistryClient.forImage(image, registryUrl, credentials);
    }

    /**
     * Looks for a usable cache image, cacheImage first, then the fallbacks in order, reading only its manifest and
     * config: the layer cache decides per phase whether it is pulled at all.
     */
    Restore find(List<CacheDir> dirs) throws BuildException, InterruptedException {
        List<ImageReference> candidates = new ArrayList<>();
        candidates.add(cacheImage);
        candidates.addAll(fallbacks);
        for (ImageReference ref : candidates) {
            CacheImage found;
            try {
                found = CacheImagePublisher.fetch(registry(ref), ref);
            } catch (RegistryException e) {
                fault("cannot read cache image " + ref + ": " + e.getMessage(), e);
                continue;
            } catch (ForeignImageException e) {
                foreignTarget |= ref.equals(cacheImage);
                fault("cache image " + ref + " is unusable: " + e.getMessage(), e);
                continue;
            } catch (IOException e) {
                fault("cache image " + ref + " is unusable: " + e.getMessage(), e);
                continue;
            }
            if (found == null) {
                log.line("cache: " + ref + " does not exist yet (a miss: this build starts cold)");
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
            engine.pull(found.pinned().toString(), credentials, m -> log.line("cache: " + m));
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

    /** Publishes what arrived as the new cache image; directories that did not arrive keep their old layer. */
    void save(List<CacheDir> dirs, UploadChannel uploads, Restore restored, String buildId, Path workDir)
            throws BuildException, InterruptedException {
        long t0 = System.nanoTime();
        if (foreignTarget) {
            fault(
                    cacheImage + " holds an image that is not a cache image of this plugin, so it is not overwritten;"
                            + " point cacheImage at a tag used only for the cache",
                    null);
            return;
        }
        try {
            Map<Integer, Long> arrived = uploads.arrived();
            List<CacheImagePublisher.LayerSource> sources = new ArrayList<>();
            Set<String> missing = new LinkedHashSet<>();
            List<String> fresh = new ArrayList<>();
            boolean sameRepo = restored != null
                    && restored.from().registry().equals(cacheImage.registry())
                    && restored.from().repository().equals(cacheImage.repository());
            for (int i = 0; i < dirs.size(); i++) {
                CacheDir d = dirs.get(i);
                if (arrived.containsKey(i)) {
                    fresh.add(d.layerPath());
                    Path tar = Files.createTempFile(workDir, "upload-" + i + "-", ".tar");
                    uploads.copyTo(i, tar);
                    List<ReproducibleLayer.Blob> blobs = ReproducibleLayer.writeLayers(tar, d.layerPath(), workDir);
                    Files.deleteIfExists(tar);
                    for (ReproducibleLayer.Blob blob : blobs) {
                        sources.add(new CacheImagePublisher.NewLayer(blob));
                        result.bytesSaved += blob.size();
                    }
                    result.dirsSaved.add(d.absolutePath());
                } else if (sameRepo && restored.image().directories().containsKey(d.layerPath())) {
                    for (CacheImage.Layer kept : restored.image().directories().get(d.layerPath())) {
                        sources.add(new CacheImagePublisher.KeptLayer(kept));
                    }
                    missing.add(d.absolutePath() + " (kept from the previous cache image)");
                } else {
                    missing.add(d.absolutePath());
                }
            }
            if (result.dirsSaved.isEmpty()) {
                fault(
                        "no cache directory arrived from the build" + (missing.isEmpty() ? "" : ": " + missing)
                                + "; " + cacheImage + " is left as it was. Check the build log for '"
                                + io.jenkins.plugins.nixpacks.cache.CacheDockerfileSteps.LOG_PREFIX + "' lines",
                        null);
                return;
            }
            if (!missing.isEmpty()) {
                log.line("cache: not received this time: " + String.join(", ", missing));
            }
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put(CacheImage.LABEL_BUILD, buildId);
            labels.put(CacheImage.LABEL_VERSION, Version.current());
            labels.put(LayerCache.LABEL_FRESH, LayerCache.freshLabel(fresh));
            CacheImagePublisher.Result r =
                    new CacheImagePublisher(registry(cacheImage)).publish(cacheImage, sources, labels, workDir);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            result.cacheImageDigest = r.manifestDigest().toString();
            result.cacheBytesUploaded = r.bytesUploaded();
            result.saveMillis = ms;
            log.line("cache: saved " + result.dirsSaved.size() + " dir" + (result.dirsSaved.size() == 1 ? "" : "s")
                    + " (" + Sizes.human(result.bytesSaved) + ") to " + cacheImage + ": " + r.layersUploaded()
                    + " layer" + (r.layersUploaded() == 1 ? "" : "s") + " pushed (" + Sizes.human(r.bytesUploaded())
                    + "), " + r.layersSkipped() + " unchanged (" + Sizes.human(r.bytesSkipped()) + "), in "
                    + Sizes.seconds(ms));
        } catch (IOException | RuntimeException e) {
            result.saveMillis = (System.nanoTime() - t0) / 1_000_000;
            // Nothing was published: the result must not claim directories as saved.
            result.dirsSaved.clear();
            result.bytesSaved = 0;
            fault("saving the cache to " + cacheImage + " failed: " + e.getMessage(), e);
        }
    }

    void fault(String message, Throwable cause) throws BuildException {
        if (strict) {
            throw new BuildException("cache fault (strictCache is on): " + message, cause);
        }
        log.warn(message + " — the build goes on without it");
        result.warnings.add(message);
    }

    static String paths(List<CacheDir> dirs) {
        List<String> out = new ArrayList<>();
        dirs.forEach(d -> out.add(d.absolutePath()));
        return String.join(", ", out);
    }
}
