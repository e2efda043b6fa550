package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache across two hosts: engine A builds cold and saves, engine B (which never saw the project) restores the
 * same files from the registry, and saving again with nothing changed pushes no cache-layer bytes.
 */
class IncrementalCacheIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>() {
        @Override
        public boolean add(String line) {
            System.out.println(line); // the build log, in the failsafe report of this test
            return super.add(line);
        }
    });

    /**
     * A project whose install step reports what the cache held (into /app/restored.txt) and then writes a new marker
     * into the cache directory. The agent reads the directory from the build stage afterwards: the image needs no tool.
     */
    private Path project(String buildImage) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(
                dir.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"" + buildImage + "\"",
                        "[phases.install]",
                        "cmds = [\"mkdir -p /root/.demo-cache && if [ -f /root/.demo-cache/marker ]; then cp"
                                + " /root/.demo-cache/marker /app/restored.txt; else echo none > /app/restored.txt; fi"
                                + " && cat /app/marker.txt > /root/.demo-cache/marker\"]",
                        "cacheDirectories = [\"/root/.demo-cache\"]",
                        "[start]",
                        "cmd = \"cat /app/restored.txt\"",
                        ""),
                StandardCharsets.UTF_8);
        return dir;
    }

    private BuildResult build(Path dir, String engine, BuildOptions o, LocalReceiver receiver) throws Exception {
        String buildId = "it-" + UUID.randomUUID();
        NixpacksBuild.Request probe =
                new NixpacksBuild.Request(dir, Map.of(), o, infra.credentials(), engine, buildId, null, null);
        List<String> dirs = NixpacksBuild.cacheLayerPaths(probe);
        UploadChannel channel = dirs.isEmpty() ? null : receiver.open(buildId, dirs);
        return NixpacksBuild.run(
                new NixpacksBuild.Request(dir, Map.of(), o, infra.credentials(), engine, buildId, channel, null),
                log::add);
    }

    private BuildOptions options(String image, String cacheImage) {
        BuildOptions o = new BuildOptions();
        o.image = image;
        o.cacheImage = cacheImage;
        return o;
    }

    private String runImage(String engine, String image) throws Exception {
        try (DockerEngine e = infra.connect(engine)) {
            RunResult r = e.run(image);
            assertThat(r.exitCode()).as("container output: %s", r.output()).isZero();
            return r.output().strip();
        }
    }

    @Test
    void hostBRestoresWhatHostASavedAndAnUnchangedResavePushesNoLayerBytes() throws Exception {
        Path dir = project(infra.imageBusybox());
        String marker = "marker-" + UUID.randomUUID();
        Files.writeString(dir.resolve("marker.txt"), marker + "\n");
        String cacheImage = infra.uniqueRegistryImage("it/demo-cache", "main");
        String image = TestInfra.uniqueName("it-demo-app");

        try (LocalReceiver receiver = LocalReceiver.start(log::add)) {
            BuildResult cold = build(dir, infra.engineA(), options(image, cacheImage), receiver);
            assertThat(cold.cacheRestoredFrom).isNull();
            assertThat(cold.dirsSaved).containsExactly("/root/.demo-cache");
            assertThat(cold.cacheBytesUploaded).isPositive();
            assertThat(runImage(infra.engineA(), image)).isEqualTo("none");
            assertThat(cold.cacheLayersSent).isPositive();
            assertThat(cold.cacheBytesSent).isEqualTo(cold.cacheBytesUploaded);
            assertThat(String.join("\n", log)).contains("does not exist yet").contains("receiver: Accepted cache");

            try (DockerEngine b = infra.connectB()) {
                b.remove(image);
                assertThat(b.imageExists(cacheImage)).isFalse();
            }
            log.clear();
            // Without noCache the layer cache would take the unchanged install from A and restore nothing
            // (LayerCacheIT shows that); this test is about the incremental cache alone.
            BuildOptions warmOptions = options(image, cacheImage);
            warmOptions.noCache = true;
            BuildResult warm = build(dir, infra.engineB(), warmOptions, receiver);
            assertThat(warm.cacheRestoredFrom).isEqualTo(cacheImage);
            assertThat(warm.dirsRestored).containsExactly("/root/.demo-cache");
            assertThat(runImage(infra.engineB(), image))
                    .as("the file restored inside the build")
                    .isEqualTo(marker);
            // Same marker written again: 0 bytes to the receiver, 0 blob bytes to the registry, read from the result.
            assertThat(warm.cacheBytesSent).as("bytes sent to the receiver").isZero();
            assertThat(warm.cacheLayersSent).isZero();
            assertThat(warm.cacheBytesUploaded).as("blob bytes pushed").isZero();
            assertThat(warm.cacheLayersReused).isEqualTo(cold.cacheLayersSent);
            // The same layers under a new config that names this build, so that its layer-cache image can stand in
            // for the cache image (LayerCache.fresh): a new manifest, no layer byte.
            assertThat(warm.cacheImageDigest).isNotNull().isNotEqualTo(cold.cacheImageDigest);
            assertThat(String.join("\n", log))
                    .contains("restoring 1 dir")
                    .contains("cache: unchanged")
                    .doesNotContain("receiver: Accepted cache");

            // The cache never ships in the final image.
            try (DockerEngine b = infra.connectB()) {
                RunResult ls = b.run(image, "sh", "-c", "ls -a /root/.demo-cache 2>&1 || echo absent");
                assertThat(ls.output()).contains("absent");
            }
        }
    }

    /**
     * A save on top of the previous cache image (Generations): a file rewritten and a file added go into one layer
     * over the kept one, and the engine, stacking them on another host, restores the new content of the file, not
     * the old one below it.
     */
    @Test
    void aRewrittenFileGoesOnTopAndAnotherHostRestoresItsNewContent() throws Exception {
        // 64 kB written once, so what each build adds stays a small part of the directory.
        Path dir = new BuildFixture(tmp)
                .project(
                        "app",
                        "/root/.demo-cache",
                        "mkdir -p /root/.demo-cache && ([ -f /root/.demo-cache/base.bin ] || head -c 65536"
                                + " /dev/urandom > /root/.demo-cache/base.bin) && (cat /root/.demo-cache/marker"
                                + " 2>/dev/null || echo none) > /app/out.txt && ls /root/.demo-cache >> /app/out.txt"
                                + " && cat /app/marker.txt > /root/.demo-cache/marker && cp /app/marker.txt"
                                + " /root/.demo-cache/seen-$(cat /app/marker.txt)");
        String cacheImage = infra.uniqueRegistryImage("it/generations-cache", "main");
        String image = TestInfra.uniqueName("it-generations-app");
        try (LocalReceiver receiver = LocalReceiver.start(log::add)) {
            Files.writeString(dir.resolve("marker.txt"), "one\n");
            BuildResult first = build(dir, infra.engineA(), options(image, cacheImage), receiver);
            assertThat(first.cacheLayersSent).isEqualTo(1);

            Files.writeString(dir.resolve("marker.txt"), "two\n");
            log.clear();
            BuildResult second = build(dir, infra.engineB(), options(image, cacheImage), receiver);
            assertThat(runImage(infra.engineB(), image)).isEqualTo("one\nbase.bin\nmarker\nseen-one");
            assertThat(second.cacheLayersSent).as("one layer on top").isEqualTo(1);
            assertThat(second.cacheLayersReused)
                    .as("the first save's layer, kept")
                    .isEqualTo(1);
            assertThat(String.join("\n", log)).doesNotContain("cut afresh");

            Files.writeString(dir.resolve("marker.txt"), "three\n");
            try (DockerEngine a = infra.connect(infra.engineA())) {
                a.remove(image);
            }
            BuildResult third = build(dir, infra.engineA(), options(image, cacheImage), receiver);
            assertThat(third.dirsRestored).containsExactly("/root/.demo-cache");
            assertThat(runImage(infra.engineA(), image))
                    .as("marker as the second build rewrote it, over the first save's")
                    .isEqualTo("two\nbase.bin\nmarker\nseen-one\nseen-two");
            assertThat(third.cacheLayersReused).isEqualTo(2);
        }
    }

    @Test
    void saveCacheFalseRestoresButNeverWrites() throws Exception {
        Path dir = project(infra.imageBusybox());
        Files.writeString(dir.resolve("marker.txt"), "first\n");
        String cacheImage = infra.uniqueRegistryImage("it/ro-cache", "main");
        String image = TestInfra.uniqueName("it-ro-app");
        try (LocalReceiver receiver = LocalReceiver.start(log::add)) {
            build(dir, infra.engineA(), options(image, cacheImage), receiver);
            Files.writeString(dir.resolve("marker.txt"), "second\n");
            BuildOptions ro = options(image, cacheImage);
            ro.saveCache = false;
            BuildResult r = build(dir, infra.engineA(), ro, receiver);
            assertThat(r.cacheRestoredFrom).isEqualTo(cacheImage);
            assertThat(r.dirsSaved).isEmpty();
            assertThat(runImage(infra.engineA(), image)).isEqualTo("first");
            // A third build still sees "first": the read-only build wrote nothing.
            BuildResult third = build(dir, infra.engineA(), options(image, cacheImage), receiver);
            assertThat(third.dirsRestored).containsExactly("/root/.demo-cache");
            assertThat(runImage(infra.engineA(), image)).isEqualTo("first");
        }
    }

    /**
     * Build images without curl, wget or tar, and a build without host networking ({@code none}: the engines run
     * with {@code --bridge=none}), all save their cache: nothing of the save runs in the build.
     */
    @Test
    void buildImagesWithoutCurlWgetOrTarAndABuildWithoutNetworkSaveTheirCache() throws Exception {
        String noTar = TestInfra.uniqueName("it-notar-image");
        Path notarContext = Files.createDirectories(tmp.resolve("notar-image"));
        // A static busybox with links for the few commands the project runs; no tar, curl or wget.
        Files.writeString(
                notarContext.resolve("Dockerfile"),
                String.join(
                        "\n",
                        "FROM " + infra.imageBusybox() + " AS tools",
                        "FROM scratch",
                        "COPY --from=tools /bin/busybox /bin/busybox",
                        "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"for c in sh mkdir cp cat echo test [; do"
                                + " /bin/busybox ln -s busybox /bin/$c; done; /bin/busybox mkdir -p /tmp /root\"]",
                        ""));
        try (DockerEngine a = infra.connectA()) {
            a.build(
                    io.jenkins.plugins.nixpacks.docker.BuildRequest.builder(notarContext)
                            .tag(noTar)
                            .networkMode("none")
                            .build(),
                    log::add);
            assertThat(a.run(
                                    noTar,
                                    "sh",
                                    "-c",
                                    "for t in tar curl wget; do for d in /bin /usr/bin /sbin /usr/sbin; do"
                                            + " [ -e $d/$t ] && echo $d/$t; done; done; echo checked")
                            .output()
                            .strip())
                    .isEqualTo("checked");
        }
        try (LocalReceiver receiver = LocalReceiver.start(log::add)) {
            for (String buildImage : List.of(infra.imageBusyboxNoFetch(), noTar)) {
                Path dir = project(buildImage);
                Files.writeString(dir.resolve("marker.txt"), "x\n");
                String cacheImage = infra.uniqueRegistryImage("it/notools-cache", "main");
                String image = TestInfra.uniqueName("it-notools-app");
                BuildOptions o = options(image, cacheImage);
                o.networkMode = "none";
                BuildResult r = build(dir, infra.engineA(), o, receiver);
                assertThat(r.imageId).isNotBlank();
                assertThat(r.dirsSaved).as(buildImage).containsExactly("/root/.demo-cache");
                assertThat(r.warnings).as(buildImage).isEmpty();
                try (DockerEngine a = infra.connectA()) {
                    a.remove(image);
                }
            }
        } finally {
            try (DockerEngine a = infra.connectA()) {
                a.remove(noTar);
            }
        }
    }

    @Test
    void registryFaultsAreMissesUnlessStrict() throws Exception {
        Path dir = project(infra.imageBusybox());
        Files.writeString(dir.resolve("marker.txt"), "x\n");
        String image = TestInfra.uniqueName("it-fault-app");
        try (LocalReceiver receiver = LocalReceiver.start(log::add)) {
            // Registry down: nothing listens on port 1.
            BuildResult down = build(dir, infra.engineA(), options(image, "127.0.0.1:1/it/cache:main"), receiver);
            assertThat(down.imageId).isNotBlank();
            assertThat(down.warnings).anyMatch(w -> w.contains("unreachable"));

            // Wrong credentials: a warning, the build goes on, nothing of the password in the log.
            BuildOptions o = options(image, infra.uniqueRegistryImage("it/cache", "main"));
            String buildId = "it-" + UUID.randomUUID();
            var bad = io.jenkins.plugins.nixpacks.registry.RegistryCredentials.of(
                    infra.registryUser(), "not-the-password-" + UUID.randomUUID());
            BuildResult denied = NixpacksBuild.run(
                    new NixpacksBuild.Request(dir, Map.of(), o, bad, infra.engineA(), buildId, null, null), log::add);
            assertThat(denied.warnings).anyMatch(w -> w.contains("refused the credentials"));
            assertThat(String.join("\n", log)).doesNotContain(bad.password());

            // Strict mode: the same fault fails the build with a clear message.
            BuildOptions strict = options(image, "127.0.0.1:1/it/cache:main");
            strict.strictCache = true;
            assertThatThrownBy(() -> build(dir, infra.engineA(), strict, receiver))
                    .isInstanceOf(BuildException.class)
                    .hasMessageContaining("strictCache")
                    .hasMessageContaining("unreachable");
        }
    }
}
