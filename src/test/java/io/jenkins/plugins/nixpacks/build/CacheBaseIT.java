package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.docker.BuildRequest;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.DockerOperationException;
import io.jenkins.plugins.nixpacks.docker.ImageLoad;
import io.jenkins.plugins.nixpacks.registry.Digests;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache directories as the build stage's base (CacheBase), on real engines and the registry: a host that never
 * saw the app loads the build image with the cache layers on top and starts the stage from it, with nothing copied
 * in; the next build there loads only the new layer; and the engine refuses an archive whose layer is not what its
 * config says.
 */
class CacheBaseIT {
    @TempDir
    Path tmp;

    private BuildFixture f;
    private final List<String> images = new ArrayList<>();
    private final List<ImageReference> caches = new ArrayList<>();

    @AfterEach
    void clean() throws Exception {
        if (f != null) {
            List<String> all = new ArrayList<>(images);
            for (String engine : List.of(f.infra.engineA(), f.infra.engineB())) {
                try (DockerEngine e = f.infra.connect(engine)) {
                    for (String t : e.tags(CacheBase.REPOSITORY_PREFIX + "*")) {
                        all.add(t);
                    }
                }
            }
            f.removeFromEngines(all, caches);
        }
    }

    @Test
    void aHostThatNeverSawTheAppBuildsOnTheCacheAndNextTimeLoadsOnlyWhatIsNew() throws Exception {
        f = new BuildFixture(tmp);
        // A build image of its own, with an environment the stage must keep when it starts from the composed image.
        String buildImage = TestInfra.uniqueName("it-cachebase-image");
        images.add(buildImage);
        Path context = Files.createDirectories(tmp.resolve("image"));
        Files.writeString(
                context.resolve("Dockerfile"),
                "FROM " + f.infra.imageBusybox() + "\nENV CACHEBASE_MARKER=from-the-base-config\n");
        for (String engine : List.of(f.infra.engineA(), f.infra.engineB())) {
            try (DockerEngine e = f.infra.connect(engine)) {
                e.build(BuildRequest.builder(context).tag(buildImage).build(), f::line);
            }
        }
        Path dir = f.project(
                "app",
                buildImage,
                "/root/.base-cache",
                "mkdir -p /root/.base-cache && ([ -f /root/.base-cache/base.bin ] || head -c 262144 /dev/urandom >"
                        + " /root/.base-cache/base.bin) && (cat /root/.base-cache/seen 2>/dev/null || echo none) >"
                        + " /app/out.txt && echo $CACHEBASE_MARKER >> /app/out.txt && cat /app/marker.txt >>"
                        + " /root/.base-cache/seen");
        String cacheImage = f.infra.uniqueRegistryImage("it/cachebase-cache", "main");
        caches.add(ImageReference.parse(cacheImage));
        String image = TestInfra.uniqueName("it-cachebase-app");
        images.add(image);
        try (LocalReceiver receiver = LocalReceiver.start(f::line)) {
            Files.writeString(dir.resolve("marker.txt"), "one\n");
            f.build(dir, f.infra.engineA(), f.options(image, cacheImage), receiver);

            List<String> before;
            try (DockerEngine b = f.infra.connectB()) {
                before = b.tags(CacheBase.REPOSITORY_PREFIX + "*"); // other tests' composed images
            }
            Files.writeString(dir.resolve("marker.txt"), "two\n");
            f.log.clear();
            BuildResult fresh = f.build(dir, f.infra.engineB(), f.options(image, cacheImage), receiver);
            String log = f.logText();
            assertThat(log)
                    .contains("restored as the build stage's base")
                    .contains("layer loaded")
                    .doesNotContain("COPY --from=" + cacheImage.substring(0, cacheImage.lastIndexOf(':')))
                    .doesNotContain("copied in");
            assertThat(fresh.dirsRestored).containsExactly("/root/.base-cache");
            assertThat(fresh.cacheRestoredFrom).isEqualTo(cacheImage);
            assertThat(run(f.infra.engineB(), image)).isEqualTo("one\nfrom-the-base-config");
            List<String> first;
            try (DockerEngine b = f.infra.connectB()) {
                first = new ArrayList<>(b.tags(CacheBase.REPOSITORY_PREFIX + "*"));
                first.removeAll(before);
                assertThat(b.imageExists(cacheImage))
                        .as("the cache image itself is not pulled")
                        .isFalse();
            }
            assertThat(first).hasSize(1);

            Files.writeString(dir.resolve("marker.txt"), "three\n");
            f.log.clear();
            f.build(dir, f.infra.engineB(), f.options(image, cacheImage), receiver);
            assertThat(f.logText())
                    .as("the second save added one layer on top; the rest is on the engine")
                    .contains("1 layer loaded")
                    .contains("already on the engine");
            assertThat(run(f.infra.engineB(), image)).isEqualTo("one\ntwo\nfrom-the-base-config");
            String repository = first.get(0).substring(0, first.get(0).lastIndexOf(':'));
            try (DockerEngine b = f.infra.connectB()) {
                List<String> now = new ArrayList<>(b.tags(CacheBase.REPOSITORY_PREFIX + "*"));
                now.removeAll(before);
                assertThat(now)
                        .as("the previous composed image, loaded a moment ago, is kept: a build may be about to use it")
                        .hasSize(2)
                        .containsAll(first);
                // One loaded long ago under the same name: nothing can be about to start from it.
                ImageLoad.Base busybox =
                        ImageLoad.base(b, f.infra.imageBusybox()).orElseThrow();
                ImageLoad.load(b, archive(busybox, List.of(), "2000-01-01T00:00:00Z", repository + ":old", null), tmp);
                assertThat(b.tags(repository)).contains(repository + ":old");
            }
            Files.writeString(dir.resolve("marker.txt"), "four\n");
            f.build(dir, f.infra.engineB(), f.options(image, cacheImage), receiver);
            try (DockerEngine b = f.infra.connectB()) {
                assertThat(b.tags(repository))
                        .as("the one loaded long ago is removed, the recent ones stay")
                        .doesNotContain(repository + ":old")
                        .containsAll(first)
                        .hasSize(3);
            }
        }
    }

    /** The attacker's archive: a layer whose bytes are not the diff id its config names. Nothing is loaded. */
    @Test
    void theEngineRefusesALayerThatIsNotWhatTheConfigSays() throws Exception {
        f = new BuildFixture(tmp);
        String tag = CacheBase.REPOSITORY_PREFIX + "it-" + TestInfra.uniqueName("crafted") + ":x";
        images.add(tag);
        try (DockerEngine a = f.infra.connectA()) {
            ImageLoad.Base base = ImageLoad.base(a, f.infra.imageBusybox()).orElseThrow();
            byte[] honest = layer("root/.demo/file", "the bytes the config names");
            byte[] crafted = layer("root/.demo/file", "other bytes, same size!!!!");
            ImageLoad.Archive archive =
                    archive(base, List.of(Digests.sha256(honest).toString()), null, tag, crafted);

            assertThatThrownBy(() -> ImageLoad.load(a, archive, tmp))
                    .isInstanceOf(DockerOperationException.class)
                    .hasMessageContaining("loading an image archive");
            assertThat(a.imageExists(tag)).isFalse();
        }
    }

    /**
     * An image archive by hand: {@code base}'s layers (named, not held: the engine has them) with {@code added} diff
     * ids on top, under {@code tag}; {@code lastLayer}, when not null, is the file given for the last of them.
     */
    private static ImageLoad.Archive archive(
            ImageLoad.Base base, List<String> added, String created, String tag, byte[] lastLayer) {
        List<String> diffIds = new ArrayList<>(base.diffIds());
        diffIds.addAll(added);
        String config = "{\"architecture\":\"" + base.architecture() + "\",\"os\":\"linux\","
                + (created == null ? "" : "\"created\":\"" + created + "\",")
                + "\"config\":{},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + String.join("\",\"", diffIds)
                + "\"]}}";
        String configName =
                Digests.sha256(config.getBytes(StandardCharsets.UTF_8)).hex() + ".json";
        List<String> files = new ArrayList<>();
        diffIds.forEach(d -> files.add("\"" + d.substring(7) + "/layer.tar\""));
        String manifest = "[{\"Config\":\"" + configName + "\",\"RepoTags\":[\"" + tag + "\"],\"Layers\":["
                + String.join(",", files) + "]}]";
        return out -> {
            TarArchiveOutputStream t = new TarArchiveOutputStream(out, "UTF-8");
            put(t, configName, config.getBytes(StandardCharsets.UTF_8));
            if (lastLayer != null) {
                put(t, diffIds.get(diffIds.size() - 1).substring(7) + "/layer.tar", lastLayer);
            }
            put(t, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
            t.finish();
        };
    }

    private String run(String engine, String image) throws Exception {
        try (DockerEngine e = f.infra.connect(engine)) {
            var r = e.run(image);
            assertThat(r.exitCode()).as("output: %s", r.output()).isZero();
            return r.output().strip();
        }
    }

    private static byte[] layer(String name, String content) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(b, "UTF-8")) {
            put(t, name, content.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private static void put(TarArchiveOutputStream t, String name, byte[] data) throws java.io.IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        t.putArchiveEntry(e);
        t.write(data);
        t.closeArchiveEntry();
    }
}
