package io.jenkins.plugins.nixpacks.cache.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nixpacks.registry.Digest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a cache image holds, read from its manifest and config: which directory each layer carries (a large
 * directory spans several layers). The labels are the cache image's own format; an image without them is "of another
 * format" and is not used.
 */
public final class CacheImage {
    public static final String LABEL_DIRECTORIES = "io.jenkins.nixpacks.cache.directories";
    public static final String LABEL_BUILD = "io.jenkins.nixpacks.cache.build";
    public static final String LABEL_VERSION = "io.jenkins.nixpacks.cache.version";
    public static final String LAYER_MEDIA_TYPE = "application/vnd.docker.image.rootfs.diff.tar";
    public static final String CONFIG_MEDIA_TYPE = "application/vnd.docker.container.image.v1+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A layer of the cache image: the directory (layer path, no leading slash), its digest and size. */
    public record Layer(String layerPath, Digest digest, long size) {}

    private final Digest manifestDigest;
    private final Map<String, List<Layer>> directories;
    private final Map<String, String> labels;
    private volatile Map<String, LayerListing.Dir> listings;

    public CacheImage(Digest manifestDigest, List<Layer> layers, Map<String, String> labels) {
        this.manifestDigest = manifestDigest;
        Map<String, List<Layer>> m = new LinkedHashMap<>();
        for (Layer l : layers) {
            m.computeIfAbsent(l.layerPath(), k -> new ArrayList<>()).add(l);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.directories = Collections.unmodifiableMap(m);
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /**
     * Reads the manifest and config of a cache image.
     *
     * @throws ForeignImageException the image has none of this plugin's labels: another image under the tag
     * @throws IOException naming what is wrong when the image is a damaged cache image
     */
    public static CacheImage read(String image, Digest manifestDigest, byte[] manifest, byte[] config)
            throws IOException {
        JsonNode m = json(image, "manifest", manifest);
        JsonNode c = json(image, "config", config);
        Map<String, String> labels = new LinkedHashMap<>();
        c.path("config")
                .path("Labels")
                .fields()
                .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        String dirs = labels.get(LABEL_DIRECTORIES);
        if (dirs == null) {
            throw new ForeignImageException(image + " is not a cache image of this plugin (no " + LABEL_DIRECTORIES
                    + " label); point cacheImage at a tag used only for the cache");
        }
        List<String> paths;
        try {
            paths = JSON.readValue(dirs, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IOException(image + " has a " + LABEL_DIRECTORIES + " label that is not a JSON list ("
                    + e.getOriginalMessage() + "); it was not written by this plugin or is damaged");
        }
        JsonNode ls = m.path("layers");
        if (!ls.isArray() || ls.size() != paths.size()) {
            throw new IOException(image + " has " + ls.size() + " layers but its label names " + paths.size()
                    + " directories; it was not written by this plugin or is damaged");
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            JsonNode l = ls.get(i);
            layers.add(new Layer(
                    paths.get(i),
                    Digest.parse(l.path("digest").asText()),
                    l.path("size").asLong()));
        }
        return new CacheImage(manifestDigest, layers, labels);
    }

    private static JsonNode json(String image, String what, byte[] bytes) throws IOException {
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IOException(image + " has a " + what + " that is not JSON (" + e.getOriginalMessage()
                    + "); it was not written by this plugin or is damaged");
        }
    }

    public Digest manifestDigest() {
        return manifestDigest;
    }

    /** The layers of each directory (by layer path), in image order. */
    public Map<String, List<Layer>> directories() {
        return directories;
    }

    /** The bytes of one directory's layers; 0 when the image does not hold it. */
    public long bytes(String layerPath) {
        return directories.getOrDefault(layerPath, List.of()).stream()
                .mapToLong(Layer::size)
                .sum();
    }

    public Map<String, String> labels() {
        return labels;
    }

    /**
     * What the previous save listed of the directory's layers ({@link LayerListing}), when the listing is there and
     * matches the layers the manifest names; empty for an image saved without one.
     */
    public Optional<LayerListing.Dir> listing(String layerPath) {
        LayerListing.Dir d = listings().get(layerPath);
        List<Layer> layers = directories.get(layerPath);
        return d != null && layers != null && d.layers().size() == layers.size() ? Optional.of(d) : Optional.empty();
    }

    private Map<String, LayerListing.Dir> listings() {
        Map<String, LayerListing.Dir> l = listings;
        if (l == null) {
            l = LayerListing.decode(labels.get(LayerListing.LABEL));
            listings = l;
        }
        return l;
    }

    public long totalBytes() {
        return directories.values().stream()
                .flatMap(List::stream)
                .mapToLong(Layer::size)
                .sum();
    }

    static byte[] configJson(List<Digest> diffIds, List<String> paths, Map<String, String> labels) throws IOException {
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("architecture", architecture());
        cfg.put("os", "linux");
        // Layers are reproducible through their files' fixed times; the image itself says when it was saved, so
        // `docker images` shows a real age. The config digest then changes per save; the layers still dedup.
        String created = java.time.Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        cfg.put("created", created);
        Map<String, Object> inner = new LinkedHashMap<>();
        Map<String, String> allLabels = new LinkedHashMap<>(labels);
        allLabels.put(LABEL_DIRECTORIES, JSON.writeValueAsString(paths));
        inner.put("Labels", allLabels);
        cfg.put("config", inner);
        Map<String, Object> rootfs = new LinkedHashMap<>();
        rootfs.put("type", "layers");
        rootfs.put("diff_ids", diffIds.stream().map(Digest::toString).toList());
        cfg.put("rootfs", rootfs);
        List<Map<String, String>> history = new ArrayList<>();
        for (String p : paths) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("created", created);
            h.put("created_by", "nixpacks cache: /" + p);
            history.add(h);
        }
        cfg.put("history", history);
        return JSON.writeValueAsBytes(cfg);
    }

    static byte[] manifestJson(Digest config, long configSize, List<Layer> layers) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", 2);
        m.put("mediaType", io.jenkins.plugins.nixpacks.registry.RegistryClient.DOCKER_MANIFEST);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("mediaType", CONFIG_MEDIA_TYPE);
        c.put("size", configSize);
        c.put("digest", config.toString());
        m.put("config", c);
        List<Map<String, Object>> ls = new ArrayList<>();
        for (Layer l : layers) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("mediaType", LAYER_MEDIA_TYPE);
            d.put("size", l.size());
            d.put("digest", l.digest().toString());
            ls.add(d);
        }
        m.put("layers", ls);
        return JSON.writeValueAsBytes(m);
    }

    /** The engine's architecture name for this JVM's machine; the agent runs next to its engine. */
    static String architecture() {
        String a = System.getProperty("os.arch", "amd64");
        return switch (a) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "ppc64le" -> "ppc64le";
            case "s390x" -> "s390x";
            default -> a;
        };
    }
}
