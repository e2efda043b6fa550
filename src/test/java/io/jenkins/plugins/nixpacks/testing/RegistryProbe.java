package io.jenkins.plugins.nixpacks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.Digests;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The test registry seen through the plugin's own registry client: what a tag points at, whether every blob of that
 * manifest is there, what a layer holds; and images written by hand, byte by byte, for the hostile cases. Test
 * helper.
 */
public final class RegistryProbe {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestInfra infra;
    private final Path workDir;

    public RegistryProbe(TestInfra infra, Path workDir) {
        this.infra = infra;
        this.workDir = workDir;
    }

    public RegistryClient client(ImageReference ref) {
        return RegistryClient.forImage(ref, RegistryAuth.forRegistry(ref.registry(), infra.credentials()));
    }

    /** The manifest digest the tag points at, or empty. */
    public Optional<Digest> digest(ImageReference ref) throws IOException, InterruptedException {
        return client(ref).manifestDigest(ref);
    }

    /** The blobs of the tag's manifest (config and layers) that the registry does not have; empty when whole. */
    public List<String> missingBlobs(ImageReference ref) throws IOException, InterruptedException {
        RegistryClient c = client(ref);
        Optional<RegistryClient.Manifest> manifest = c.fetchManifest(ref);
        if (manifest.isEmpty()) {
            return List.of("manifest " + ref);
        }
        JsonNode m = manifest.get().json();
        if (m.has("manifests")) {
            // A manifest list: whole when every manifest it names is whole.
            List<String> missing = new ArrayList<>();
            for (JsonNode entry : m.path("manifests")) {
                missing.addAll(missingBlobs(
                        ref.withDigest(Digest.parse(entry.path("digest").asText()))));
            }
            return missing;
        }
        List<String> digests = new ArrayList<>();
        digests.add(m.path("config").path("digest").asText());
        for (JsonNode l : m.path("layers")) {
            digests.add(l.path("digest").asText());
        }
        List<String> missing = new ArrayList<>();
        for (String d : digests) {
            if (!c.blobExists(ref.repository(), Digest.parse(d))) {
                missing.add(d);
            }
        }
        return missing;
    }

    /** The config labels of the image at the tag. */
    public Map<String, String> labels(ImageReference ref) throws IOException, InterruptedException {
        RegistryClient c = client(ref);
        JsonNode m = c.fetchManifest(ref).orElseThrow().json();
        Digest config = Digest.parse(m.path("config").path("digest").asText());
        JsonNode labels = JSON.readTree(c.fetchSmallBlob(ref.repository(), config, 1 << 20))
                .path("config")
                .path("Labels");
        Map<String, String> out = new LinkedHashMap<>();
        labels.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The files (name to content) of every layer of the tag's image, read from the registry; layers of a few MB. */
    public Map<String, String> files(ImageReference ref) throws IOException, InterruptedException {
        RegistryClient c = client(ref);
        Map<String, String> out = new LinkedHashMap<>();
        for (String layer : c.fetchManifest(ref).orElseThrow().layerDigests()) {
            byte[] tar = c.fetchSmallBlob(ref.repository(), Digest.parse(layer), 64 << 20);
            try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
                TarArchiveEntry e;
                while ((e = in.getNextEntry()) != null) {
                    if (e.isFile()) {
                        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out;
    }

    /** One entry of a hand-made layer: a directory (content null), a file, or a symbolic link. */
    public record Entry(String name, String content, String linkTarget) {
        public static Entry dir(String name) {
            return new Entry(name, null, null);
        }

        public static Entry file(String name, String content) {
            return new Entry(name, content, null);
        }

        public static Entry symlink(String name, String target) {
            return new Entry(name, null, target);
        }
    }

    /** An uncompressed layer with exactly these entries, names written as given (no cleaning). */
    public static byte[] layer(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Entry e : entries) {
                TarArchiveEntry t;
                if (e.linkTarget() != null) {
                    t = new TarArchiveEntry(e.name(), TarConstants.LF_SYMLINK, true);
                    t.setLinkName(e.linkTarget());
                } else if (e.content() == null) {
                    t = new TarArchiveEntry(e.name(), TarConstants.LF_DIR, true);
                    t.setMode(040755);
                } else {
                    t = new TarArchiveEntry(e.name(), TarConstants.LF_NORMAL, true);
                    t.setSize(e.content().getBytes(StandardCharsets.UTF_8).length);
                    t.setMode(0100644);
                }
                t.setModTime(1000L);
                tar.putArchiveEntry(t);
                if (e.content() != null) {
                    tar.write(e.content().getBytes(StandardCharsets.UTF_8));
                }
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Pushes a cache image written by hand: one layer per entry of {@code layers}, and a config carrying the plugin's
     * labels with {@code directories} as the directory list. Nothing of the plugin's own writing code is used.
     */
    public Digest pushCacheImage(ImageReference ref, List<String> directories, List<byte[]> layers, String buildLabel)
            throws IOException, InterruptedException {
        ObjectNode labels = JSON.createObjectNode();
        labels.put(CacheImage.LABEL_DIRECTORIES, JSON.writeValueAsString(directories));
        labels.put(CacheImage.LABEL_BUILD, buildLabel);
        labels.put(CacheImage.LABEL_VERSION, "hand-made");
        return pushImage(ref, labels, layers);
    }

    /** Pushes a single-platform image with the given config labels and layers, all written here. */
    public Digest pushImage(ImageReference ref, ObjectNode labels, List<byte[]> layers)
            throws IOException, InterruptedException {
        ObjectNode config = JSON.createObjectNode();
        config.put("architecture", "amd64");
        config.put("os", "linux");
        config.putObject("config").set("Labels", labels);
        ObjectNode rootfs = config.putObject("rootfs");
        rootfs.put("type", "layers");
        ArrayNode diffIds = rootfs.putArray("diff_ids");
        for (byte[] l : layers) {
            diffIds.add(Digests.sha256(l).toString());
        }
        return pushRaw(ref, JSON.writeValueAsBytes(config), layers);
    }

    /** Pushes a manifest over the given config bytes (which need not be JSON at all) and layers. */
    public Digest pushRaw(ImageReference ref, byte[] config, List<byte[]> layers)
            throws IOException, InterruptedException {
        RegistryClient c = client(ref);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", RegistryClient.DOCKER_MANIFEST);
        ObjectNode cfg = manifest.putObject("config");
        cfg.put("mediaType", CacheImage.CONFIG_MEDIA_TYPE);
        cfg.put("size", config.length);
        cfg.put("digest", upload(c, ref, config).toString());
        ArrayNode ls = manifest.putArray("layers");
        for (byte[] l : layers) {
            ObjectNode d = ls.addObject();
            d.put("mediaType", CacheImage.LAYER_MEDIA_TYPE);
            d.put("size", l.length);
            d.put("digest", upload(c, ref, l).toString());
        }
        return c.putManifest(ref, RegistryClient.DOCKER_MANIFEST, JSON.writeValueAsBytes(manifest));
    }

    /** Pushes a manifest list with one linux/amd64 entry, the manifest {@code entry} of the same repository. */
    public Digest pushManifestList(ImageReference ref, Digest entry) throws IOException, InterruptedException {
        RegistryClient c = client(ref);
        RegistryClient.Manifest m = c.fetchManifest(ref.withDigest(entry)).orElseThrow();
        ObjectNode list = JSON.createObjectNode();
        list.put("schemaVersion", 2);
        String type = "application/vnd.docker.distribution.manifest.list.v2+json";
        list.put("mediaType", type);
        ObjectNode one = list.putArray("manifests").addObject();
        one.put("mediaType", RegistryClient.DOCKER_MANIFEST);
        one.put("size", m.body().length);
        one.put("digest", entry.toString());
        ObjectNode platform = one.putObject("platform");
        platform.put("architecture", "amd64");
        platform.put("os", "linux");
        return c.putManifest(ref, type, JSON.writeValueAsBytes(list));
    }

    private Digest upload(RegistryClient c, ImageReference ref, byte[] blob) throws IOException, InterruptedException {
        Digest d = Digests.sha256(blob);
        if (!c.blobExists(ref.repository(), d)) {
            Path f = Files.createTempFile(workDir, "blob", ".bin");
            try {
                Files.write(f, blob);
                c.uploadBlob(ref.repository(), d, f);
            } finally {
                Files.deleteIfExists(f);
            }
        }
        return d;
    }
}
