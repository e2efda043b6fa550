package io.jenkins.plugins.nixpacks.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.cache.TarLimits;
import io.jenkins.plugins.nixpacks.cache.TarValidator;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.docker.ImageLoad;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileGenerator;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.Digests;
import io.jenkins.plugins.nixpacks.registry.RegistryClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The cache directories restored as the build stage's base instead of copied into it: the cache image's layers
 * stacked on the build image as a local image (loaded into the engine, {@link ImageLoad}) that the stage starts
 * {@code FROM}. Measured on go-svc (its 194 MB go-build cache in 12 layers): pulling the cache image took 2.6 s and
 * its {@code COPY --from} 4.0 s, which writes every file again and then commits them as a new layer; loading the same
 * layers on the Go image took 3.2-4.1 s from the registry on a fresh host (bench round 5), and there is nothing to
 * copy: the layers are the stage's own.
 *
 * <p>Only where nothing before the restore depends on the cache in a way that matters ({@link #candidate}): a
 * generated Dockerfile; the layer cache not used, so no phase could be taken from it (vendored Go, Rust: every phase
 * that restores copies the whole app first); one restore point, of directories outside {@code /app}; no {@code RUN},
 * {@code ADD} or {@code COPY --from} before it, which would run again whenever the cache changed. The composed image
 * stays on the engine under {@code nixpacks-cachebase/<key>:<cache digest>}, one per build image, cache repository
 * and directories, so the next build there loads only the layers it lacks; older ones are removed once they are 10
 * minutes old (a build on the engine may be about to start from one). Any fault is a line in the log, and the build
 * restores by {@code COPY --from} as before.
 */
final class CacheBase {
    static final String REPOSITORY_PREFIX = "nixpacks-cachebase/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How long a composed image another build on the engine may be about to start from is kept. */
    static final Duration KEEP_FOR = Duration.ofMinutes(10);

    /** What is loaded is bounded by the cache image's manifest, read before; the checks here are of content. */
    private static final TarLimits NO_CAPS = new TarLimits(Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    private CacheBase() {}

    /** A restore that can be the stage's base: the phase it belongs to, its directories and the stage's image. */
    record Candidate(String phase, List<CacheDir> dirs, String buildImage) {}

    /** What was loaded: the local tag, and how many layers the engine took from the archive or already had. */
    record Composed(String tag, int layersLoaded, int layersPresent, long bytesLoaded) {}

    /**
     * The restore that can be the stage's base, or empty ({@link CacheBase}'s rules); {@code marked} is the
     * Dockerfile with a {@link CacheHooksImpl#POINT} line at each restore point, {@code held} the directories the
     * cache image holds.
     *
     * @param generated whether the Dockerfile is generated from a plan, not the project's own
     * @param layerCacheUnused whether no phase can be taken from the layer cache ({@link LayerCache#unused})
     */
    static Optional<Candidate> candidate(
            String marked, boolean generated, boolean layerCacheUnused, List<CacheDir> held) {
        if (!generated || !layerCacheUnused || held.isEmpty()) {
            return Optional.empty();
        }
        String stageSuffix = " AS " + DockerfileGenerator.BUILD_STAGE.toUpperCase(Locale.ROOT);
        String buildImage = null;
        Candidate candidate = null;
        for (String line : marked.split("\n")) {
            String l = line.strip();
            String upper = l.toUpperCase(Locale.ROOT);
            if (buildImage == null) {
                if (upper.startsWith("FROM ") && upper.endsWith(stageSuffix)) {
                    buildImage =
                            l.substring(5, l.length() - stageSuffix.length()).strip();
                }
                continue;
            }
            if (upper.startsWith("FROM ")) {
                break; // the build stage ends
            }
            if (l.startsWith(CacheHooksImpl.POINT)) {
                String[] words =
                        l.substring(CacheHooksImpl.POINT.length()).strip().split(" +");
                List<CacheDir> here = new ArrayList<>();
                for (CacheDir d : held) {
                    for (int i = 1; i < words.length; i++) {
                        if (words[i].equals(d.layerPath())) {
                            here.add(d);
                        }
                    }
                }
                if (here.isEmpty()) {
                    continue;
                }
                if (candidate != null || here.stream().anyMatch(CacheDir::insideApp)) {
                    return Optional.empty(); // a second restore point, or a directory the app's files cover
                }
                candidate = new Candidate(words[0], here, buildImage);
                continue;
            }
            boolean runs = upper.startsWith("RUN ") || upper.startsWith("ADD ") || upper.startsWith("COPY --FROM");
            if (runs && candidate == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(candidate);
    }

    /** {@code dockerfile} with the build stage's {@code FROM} on {@code tag} instead of {@code buildImage}. */
    static String rebase(String dockerfile, String buildImage, String tag) {
        String from = "FROM " + buildImage + " AS " + DockerfileGenerator.BUILD_STAGE;
        int at = dockerfile.indexOf(from);
        if (at < 0) {
            throw new IllegalStateException("the build stage's FROM line is not in the Dockerfile: " + from);
        }
        return dockerfile.substring(0, at) + "FROM " + tag + " AS " + DockerfileGenerator.BUILD_STAGE
                + dockerfile.substring(at + from.length());
    }

    /**
     * Loads the build image with the cache layers of {@code c}'s directories on top, writing into the archive only
     * the layers the engine lacks.
     *
     * @throws IOException whatever failed (the caller restores by {@code COPY --from} instead)
     */
    static Composed compose(
            Engine engine,
            RegistryClient registry,
            CacheSession.Restore found,
            Candidate c,
            ImageLoad.Base base,
            Path workDir)
            throws IOException, InterruptedException {
        List<CacheImage.Layer> layers = new ArrayList<>();
        for (CacheDir d : c.dirs()) {
            layers.addAll(found.image().directories().get(d.layerPath()));
        }
        List<String> diffIds = new ArrayList<>(base.diffIds());
        layers.forEach(l -> diffIds.add(l.digest().toString()));
        byte[] config = config(base, diffIds);
        // One composed image per build image, cache repository and directories: two apps on one engine never
        // remove each other's.
        String repository = REPOSITORY_PREFIX
                + hex16(base.id() + "\n" + found.pinned().registry() + "/"
                        + found.pinned().repository() + "\n" + c.dirs());
        String tag = repository + ":" + found.image().manifestDigest().hex().substring(0, 16);
        // Each composed image of this name, described once: what the engine has of ours, and how old it is.
        Map<String, ImageLoad.Base> older = new LinkedHashMap<>();
        for (String t : engine.tags(repository)) {
            engine.base(t).ifPresent(b -> older.put(t, b));
        }
        int present = present(older.values(), diffIds) - base.diffIds().size();
        if (older.containsKey(tag) && present == layers.size()) {
            return new Composed(tag, 0, present, 0);
        }
        int skip = Math.max(0, present);
        long bytes = layers.subList(skip, layers.size()).stream()
                .mapToLong(CacheImage.Layer::size)
                .sum();
        String repo = found.pinned().repository();
        engine.load(out -> write(out, registry, repo, config, tag, diffIds, layers, skip), workDir);
        for (Map.Entry<String, ImageLoad.Base> o : older.entrySet()) {
            if (!o.getKey().equals(tag) && olderThan(o.getValue(), KEEP_FOR)) {
                try {
                    engine.removeImage(o.getKey());
                } catch (IOException e) {
                    // A build on this engine stands on it (the engine keeps an image with children): the next one.
                }
            }
        }
        return new Composed(tag, layers.size() - skip, skip, bytes);
    }

    /**
     * Whether the composed image {@code image} was loaded more than {@code age} ago. A build that loaded it a moment
     * ago may not have started its stage on it yet; once it has, the engine refuses to remove it anyway.
     */
    private static boolean olderThan(ImageLoad.Base image, Duration age) {
        String created = image.created();
        try {
            return Instant.parse(created).isBefore(Instant.now().minus(age));
        } catch (java.time.format.DateTimeParseException e) {
            return true; // not one of ours as written now: nothing of this build stands on it
        }
    }

    /** How many of {@code diffIds}, from the bottom, one of {@code images} already has. */
    private static int present(Iterable<ImageLoad.Base> images, List<String> diffIds) {
        int best = 0;
        for (ImageLoad.Base b : images) {
            List<String> have = b.diffIds();
            int n = 0;
            while (n < have.size() && n < diffIds.size() && have.get(n).equals(diffIds.get(n))) {
                n++;
            }
            best = Math.max(best, n);
        }
        return best;
    }

    /** The composed image's config: the base's container config, no history, the layers stacked. */
    private static byte[] config(ImageLoad.Base base, List<String> diffIds) throws IOException {
        ObjectNode cfg = JSON.createObjectNode();
        cfg.put("architecture", base.architecture());
        cfg.put("os", base.os());
        // When it was loaded: a composed image another build may be about to start from is kept a while.
        cfg.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        cfg.set("config", base.config());
        ObjectNode rootfs = cfg.putObject("rootfs");
        rootfs.put("type", "layers");
        ArrayNode ids = rootfs.putArray("diff_ids");
        diffIds.forEach(ids::add);
        return JSON.writeValueAsBytes(cfg);
    }

    /**
     * The archive: the config, the cache layers from {@code skip} on, read from the registry as they are written
     * (the engine checks each against its diff id), and the manifest, which names the layers it already has too.
     */
    private static void write(
            OutputStream out,
            RegistryClient registry,
            String repository,
            byte[] config,
            String tag,
            List<String> diffIds,
            List<CacheImage.Layer> layers,
            int skip)
            throws IOException {
        Digest configDigest = Digests.sha256(config);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8");
        put(tar, configDigest.hex() + ".json", config);
        for (int i = skip; i < layers.size(); i++) {
            CacheImage.Layer l = layers.get(i);
            TarArchiveEntry e = new TarArchiveEntry(l.digest().hex() + "/layer.tar");
            e.setSize(l.size());
            tar.putArchiveEntry(e);
            try (InputStream in = registry.openBlob(repository, l.digest())) {
                // Whole layers become the stage's file system, not just the directory a COPY --from would take:
                // each is checked as the receiver checks an upload (inside its directory, parents plain folders,
                // links resolving inside, no whiteouts), so a poisoned cache image is copied in instead.
                long n = TarValidator.withPlainParents(l.layerPath(), NO_CAPS)
                        .copy(in, tar)
                        .archiveBytes();
                if (n != l.size()) {
                    throw new IOException("layer " + l.digest().shortHex() + " of " + repository + " holds " + n
                            + " bytes, its manifest says " + l.size());
                }
            } catch (InterruptedException e2) {
                Thread.currentThread().interrupt();
                throw new IOException(
                        "interrupted while reading layer " + l.digest().shortHex(), e2);
            }
            tar.closeArchiveEntry();
        }
        ObjectNode m = JSON.createObjectNode();
        m.put("Config", configDigest.hex() + ".json");
        m.putArray("RepoTags").add(tag);
        ArrayNode files = m.putArray("Layers");
        diffIds.forEach(d -> files.add(Digest.parse(d).hex() + "/layer.tar"));
        put(tar, "manifest.json", JSON.writeValueAsBytes(JSON.createArrayNode().add(m)));
        tar.finish();
        out.flush();
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        tar.putArchiveEntry(e);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    private static String hex16(String s) {
        return Digests.sha256(s.getBytes(StandardCharsets.UTF_8)).hex().substring(0, 16);
    }
}
