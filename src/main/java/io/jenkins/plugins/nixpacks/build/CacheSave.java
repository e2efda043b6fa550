package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.Version;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.cache.image.CacheImagePublisher;
import io.jenkins.plugins.nixpacks.cache.image.LayerListing;
import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The save of one build's cache (docs/build-path.md): each directory read from the stage image through the engine's
 * archive endpoint ({@link StageCacheReader}), cut into reproducible layers on top of the previous image's where it
 * can ({@link ReproducibleLayer}), the layers the registry lacks sent to the receiver, which checks exactly those
 * bytes ({@link UploadChannel}), then pushed, the config and the manifest last ({@link CacheImagePublisher}). Faults
 * go through the session: a warning and a miss, unless strict.
 */
final class CacheSave {
    private final CacheSession session;
    private final ImageReference cacheImage;
    private final BuildLog log;
    private final BuildResult result;

    CacheSave(CacheSession session, ImageReference cacheImage, BuildLog log, BuildResult result) {
        this.session = session;
        this.cacheImage = cacheImage;
        this.log = log;
        this.result = result;
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
            CacheSession.Restore restored,
            String buildId,
            Path workDir,
            boolean layerCacheFollows)
            throws BuildException, InterruptedException {
        long t0 = System.nanoTime();
        CacheImagePublisher publisher = new CacheImagePublisher(session.registry(cacheImage));
        boolean sameRepo = restored != null
                && restored.from().registry().equals(cacheImage.registry())
                && restored.from().repository().equals(cacheImage.repository());
        int perDirectory = Math.max(1, CacheSession.IMAGE_LAYER_BUDGET / dirs.size());
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
            session.fault("the cache is not saved: a directory of the build stage is refused: " + e.getMessage(), e);
            return;
        } catch (UploadChannel.UploadRefusedException e) {
            session.fault("the cache is not saved: " + e.getMessage(), e);
            return;
        } catch (IOException | RuntimeException e) {
            // Reading the stage, the registry's answer to "which layers do you lack?", the receiver unreachable.
            session.fault("saving the cache to " + cacheImage + " failed: " + e.getMessage(), e);
            return;
        }
        if (saved.isEmpty()) {
            session.fault(
                    "the build stage holds none of the cache directories " + CacheSession.paths(dirs) + "; "
                            + cacheImage + " is left as it was",
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
            session.fault("saving the cache to " + cacheImage + " failed: " + e.getMessage(), e);
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
}
