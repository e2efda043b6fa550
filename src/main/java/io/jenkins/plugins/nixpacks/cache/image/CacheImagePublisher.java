package io.jenkins.plugins.nixpacks.cache.image;

import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.Digests;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import io.jenkins.plugins.nixpacks.registry.RegistryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pushes a cache image straight to the registry, one layer per directory: each blob is checked first and uploaded
 * only when the registry lacks it, then the config, and the manifest last. A manifest put is atomic in the registry,
 * so a reader sees the old image or the new one, never a mixture, and two builds saving the same tag at once leave
 * one complete image (the last writer's).
 */
public final class CacheImagePublisher {
    static final int MAX_CONFIG_BYTES = 16 << 20;

    private final RegistryClient registry;

    public CacheImagePublisher(RegistryClient registry) {
        this.registry = registry;
    }

    /** A layer to publish: freshly written from an upload, or carried over from the previous cache image. */
    public sealed interface LayerSource permits NewLayer, KeptLayer {
        String layerPath();
    }

    public record NewLayer(ReproducibleLayer.Blob blob) implements LayerSource {
        @Override
        public String layerPath() {
            return blob.layerPath();
        }
    }

    /** A directory that did not arrive this time; its layer already lives in the target repository. */
    public record KeptLayer(CacheImage.Layer layer) implements LayerSource {
        @Override
        public String layerPath() {
            return layer.layerPath();
        }
    }

    /** What a publish did, for the log line and the step's result. */
    public record Result(
            ImageReference image,
            Digest manifestDigest,
            List<CacheImage.Layer> layers,
            int layersUploaded,
            int layersSkipped,
            long bytesUploaded,
            long bytesSkipped) {}

    /** The digests of {@code digests} that the repository of {@code target} does not hold, in order. */
    public List<Digest> missing(ImageReference target, List<Digest> digests) throws IOException, InterruptedException {
        List<Digest> out = new ArrayList<>();
        for (Digest d : digests) {
            if (!out.contains(d) && !registry.blobExists(target.repository(), d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Publishes {@code layers} as the cache image {@code target}: pushes the blobs of {@code toPush} (those
     * {@link #missing} named, already accepted by the receiver), then the config, and the manifest last.
     */
    public Result publish(
            ImageReference target,
            List<CacheImage.Layer> layers,
            Map<Digest, Path> toPush,
            Map<String, String> labels,
            Path workDir)
            throws IOException, InterruptedException {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a cache image needs at least one directory");
        }
        String repo = target.repository();
        int uploaded = 0;
        long bytesUp = 0;
        java.util.Set<Digest> pushed = new java.util.HashSet<>();
        for (CacheImage.Layer l : layers) {
            Path file = toPush.get(l.digest());
            if (file != null && pushed.add(l.digest())) {
                registry.uploadBlob(repo, l.digest(), file);
                uploaded++;
                bytesUp += l.size();
            }
        }
        long bytesSkip = layers.stream().mapToLong(CacheImage.Layer::size).sum() - bytesUp;
        Digest manifestDigest = putImage(target, layers, labels, workDir);
        return new Result(target, manifestDigest, layers, uploaded, layers.size() - uploaded, bytesUp, bytesSkip);
    }

    private Digest putImage(
            ImageReference target, List<CacheImage.Layer> layers, Map<String, String> labels, Path workDir)
            throws IOException, InterruptedException {
        String repo = target.repository();
        List<Digest> diffIds = layers.stream().map(CacheImage.Layer::digest).toList();
        List<String> paths = layers.stream().map(CacheImage.Layer::layerPath).toList();
        byte[] config = CacheImage.configJson(diffIds, paths, labels);
        Digest configDigest = Digests.sha256(config);
        if (!registry.blobExists(repo, configDigest)) {
            Path cfg = Files.createTempFile(workDir, "config", ".json");
            try {
                Files.write(cfg, config);
                registry.uploadBlob(repo, configDigest, cfg);
            } finally {
                Files.deleteIfExists(cfg);
            }
        }
        byte[] manifest = CacheImage.manifestJson(configDigest, config.length, layers);
        return registry.putManifest(target, RegistryClient.DOCKER_MANIFEST, manifest);
    }

    public Result publish(ImageReference target, List<LayerSource> sources, Map<String, String> labels, Path workDir)
            throws IOException, InterruptedException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a cache image needs at least one directory");
        }
        String repo = target.repository();
        List<CacheImage.Layer> layers = new ArrayList<>();
        int uploaded = 0;
        int skipped = 0;
        long bytesUp = 0;
        long bytesSkip = 0;
        for (LayerSource s : sources) {
            if (s instanceof NewLayer n) {
                ReproducibleLayer.Blob b = n.blob();
                if (registry.blobExists(repo, b.digest())) {
                    skipped++;
                    bytesSkip += b.size();
                } else {
                    registry.uploadBlob(repo, b.digest(), b.file());
                    uploaded++;
                    bytesUp += b.size();
                }
                layers.add(new CacheImage.Layer(b.layerPath(), b.digest(), b.size()));
            } else if (s instanceof KeptLayer k) {
                if (!registry.blobExists(repo, k.layer().digest())) {
                    throw new RegistryException(
                            RegistryException.Kind.NOT_FOUND,
                            "layer " + k.layer().digest().shortHex() + " of /" + k.layerPath() + " is no longer in "
                                    + target.repositoryName() + "; it cannot be kept");
                }
                skipped++;
                bytesSkip += k.layer().size();
                layers.add(k.layer());
            }
        }
        Digest manifestDigest = putImage(target, layers, labels, workDir);
        return new Result(target, manifestDigest, layers, uploaded, skipped, bytesUp, bytesSkip);
    }

    /**
     * Reads the cache image at {@code image}, or null when it does not exist.
     *
     * @throws ForeignImageException the tag holds an image this plugin did not write
     */
    public static CacheImage fetch(RegistryClient registry, ImageReference image)
            throws IOException, InterruptedException {
        var manifest = registry.fetchManifest(image);
        if (manifest.isEmpty()) {
            return null;
        }
        var json = manifest.get().json();
        String type = json.path("mediaType").asText(manifest.get().mediaType());
        if (!type.contains("manifest.v2+json") && !type.contains("image.manifest.v1+json")) {
            throw new ForeignImageException(image + " is a " + type + ", not a single-platform image manifest; it is"
                    + " not a cache image of this plugin; point cacheImage at a tag used only for the cache");
        }
        Digest configDigest = Digest.parse(json.path("config").path("digest").asText());
        // A config carries the layers' listing (LayerListing): up to a few MB for a directory of 200,000 entries.
        byte[] config = registry.fetchSmallBlob(image.repository(), configDigest, MAX_CONFIG_BYTES);
        return CacheImage.read(
                image.toString(), manifest.get().digest(), manifest.get().body(), config);
    }
}
