package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.RunResult;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.Digests;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer cache across hosts, on two real engines and the registry: engine A builds and pushes the build stage as
 * {@code CACHE-build}; engine B, which never built the project, takes the install layer from it for a source-only
 * change, restores the cache and runs the install for a dependency change, and treats an absent, foreign or broken
 * layer-cache image as a miss.
 */
class LayerCacheIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /**
     * Dependency-first: the install copies only deps.txt, prints a marker unique to this test run (so no earlier run's
     * layers on either engine can match), and appends deps.txt to its cache folder; the build copies the whole app.
     */
    private Path project(BuildFixture fx, String marker) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(
                dir.resolve("nixpacks.toml"),
                String.join(
                        "\n",
                        "buildImage = \"" + fx.infra.imageBusybox() + "\"",
                        "[phases.install]",
                        "onlyIncludeFiles = [\"deps.txt\"]",
                        "cmds = [\"echo " + marker
                                + " && mkdir -p /root/.lc-cache && cat deps.txt >> /root/.lc-cache/log"
                                + " && cp /root/.lc-cache/log /app/seen.txt\"]",
                        "cacheDirectories = [\"/root/.lc-cache\"]",
                        "[phases.build]",
                        "dependsOn = [\"install\"]",
                        "cmds = [\"echo BUILD-PHASE-RAN && cat src.txt > out.txt\"]",
                        "[start]",
                        "cmd = \"cat /app/seen.txt /app/out.txt\"",
                        ""),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("deps.txt"), "dep-1\n");
        Files.writeString(dir.resolve("src.txt"), "src-1\n");
        Files.writeString(dir.resolve(".dockerignore"), "scratch/\n");
        return dir;
    }

    /** The project with a setup step of its own, unique to this run: a static asset, written by a RUN before the
     * install (setup cmds would copy the whole app first). */
    private static Path withSetupStep(Path dir, String setupMarker) throws Exception {
        Path toml = dir.resolve("nixpacks.toml");
        Files.writeString(
                toml,
                Files.readString(toml)
                        .replace(
                                "[phases.install]",
                                "[staticAssets]\n\"setup.txt\" = \"" + setupMarker + "\"\n[phases.install]"));
        return dir;
    }

    /** A branch's build on engine B, which never saw it: its own {@code cacheImage}, {@code fallbacks} as cacheFrom. */
    private static BuildResult onBranch(
            BuildFixture fx, Path dir, String image, String cacheImage, LocalReceiver receiver, String... fallbacks)
            throws Exception {
        fx.log.clear();
        BuildOptions o = fx.options(image, cacheImage);
        o.cacheFrom = List.of(fallbacks);
        return fx.build(dir, fx.infra.engineB(), o, receiver);
    }

    private static String run(TestInfra infra, String engine, String image) throws Exception {
        try (DockerEngine e = infra.connect(engine)) {
            RunResult r = e.run(image);
            assertThat(r.exitCode()).as("container output: %s", r.output()).isZero();
            return r.output().strip();
        }
    }

    @Test
    void sourceOnlyChangeOnAFreshHostTakesTheInstallLayerAndADependencyChangeRestores() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String marker = "INSTALL-RAN-" + UUID.randomUUID();
        Path dir = project(fx, marker);
        String cacheImage = fx.infra.uniqueRegistryImage("it/layercache", "main");
        String image = TestInfra.uniqueName("it-layercache-app");
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            // 1. Engine A, cold: both misses are info lines; the stage goes to the registry.
            BuildResult cold = fx.build(dir, fx.infra.engineA(), fx.options(image, cacheImage), receiver);
            assertThat(cold.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: " + cacheImage + "-build does not exist yet")
                    .contains("layer cache: install: no layer cache; no cache image to restore from")
                    .contains("layer cache: pushed " + cacheImage + "-build");
            assertThat(fx.log).contains(marker);

            // 2. Engine B never built it: a source-only change takes the install layer, restores nothing.
            Files.writeString(dir.resolve("src.txt"), "src-2\n");
            Files.createDirectories(dir.resolve("scratch"));
            Files.writeString(dir.resolve("scratch/ignored.txt"), "left out by .dockerignore\n");
            fx.log.clear();
            BuildResult b1 = fx.build(dir, fx.infra.engineB(), fx.options(image, cacheImage), receiver);
            assertThat(b1.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: install: inputs unchanged since " + cacheImage + "-build")
                    .contains("taking the layer cache, no restore")
                    .doesNotContain("cache: pulled " + cacheImage + " ");
            assertThat(BuildFixture.lastStep(fx.log, "RUN echo " + marker))
                    .as("the install RUN comes from the layer cache and its command does not run")
                    .anyMatch(l -> l.contains("Using cache"))
                    .doesNotContain(marker);
            assertThat(BuildFixture.lastStep(fx.log, "RUN echo BUILD-PHASE-RAN"))
                    .as("the final build takes the build phase from the stage just built")
                    .anyMatch(l -> l.contains("Using cache"));
            assertThat(fx.log.stream().filter(l -> l.strip().equals("BUILD-PHASE-RAN")))
                    .as("the build phase runs once: the final build takes the stage's steps (the stage is one of its"
                            + " --cache-from sources)")
                    .hasSize(1);
            assertThat(b1.phasesFromLayerCache).containsExactly("install");
            assertThat(b1.layerCachePulled)
                    .startsWith(ImageReference.parse(cacheImage).repositoryName() + "@sha256:");
            assertThat(cold.layerCacheDigest).startsWith("sha256:");
            assertThat(run(fx.infra, fx.infra.engineB(), image)).isEqualTo("dep-1\nsrc-2");

            // 3. A dependency change on B: the cache is restored before the install, which runs warm.
            Files.writeString(dir.resolve("deps.txt"), "dep-2\n");
            fx.log.clear();
            BuildResult b2 = fx.build(dir, fx.infra.engineB(), fx.options(image, cacheImage), receiver);
            assertThat(b2.warnings).isEmpty();
            assertThat(fx.logText())
                    .as("no phase can be taken from the stage: it is not pulled, the cache image restores")
                    .contains("layer cache: not pulled: install: deps.txt changed since " + cacheImage + "-build")
                    .contains("layer cache: install: deps.txt changed; restoring 1 dir /root/.lc-cache")
                    .doesNotContain("layer cache: pulled " + cacheImage + "-build");
            assertThat(b2.layerCachePulled).isNull();
            assertThat(b2.dirsRestored).contains("/root/.lc-cache");
            assertThat(fx.log).contains(marker);
            assertThat(run(fx.infra, fx.infra.engineB(), image))
                    .as("the install appended to what the cache held")
                    .isEqualTo("dep-1\ndep-2\nsrc-2");

            // 4. Back on A, a source-only change: the install is rebuilt as recorded (the same restore) and hits.
            Files.writeString(dir.resolve("src.txt"), "src-3\n");
            fx.log.clear();
            BuildResult a2 = fx.build(dir, fx.infra.engineA(), fx.options(image, cacheImage), receiver);
            assertThat(a2.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: install: inputs unchanged since")
                    .contains("taking the layer cache, restoring /root/.lc-cache from")
                    .as("the cache image b2 recorded, whose files equal those b2 copied from b1's stage")
                    .contains("which install restored when the layer cache was built");
            assertThat(BuildFixture.lastStep(fx.log, "RUN echo " + marker))
                    .anyMatch(l -> l.contains("Using cache"))
                    .doesNotContain(marker);
            assertThat(run(fx.infra, fx.infra.engineA(), image)).isEqualTo("dep-1\ndep-2\nsrc-3");
        }
    }

    @Test
    void aBranchsFirstBuildAndAPullRequestTakeMainsLayerCacheAndNeverWriteIt() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String marker = "INSTALL-RAN-" + UUID.randomUUID();
        Path dir = project(fx, marker);
        String main = fx.infra.uniqueRegistryImage("it/layercache-branch", "main");
        String feature = main.replace(":main", ":feature-x");
        String pr = main.replace(":main", ":pr-7");
        String image = TestInfra.uniqueName("it-layercache-branch");
        RegistryProbe probe = new RegistryProbe(fx.infra, Files.createDirectories(tmp.resolve("probe")));
        ImageReference mainLayers = ImageReference.parse(main + "-build");
        Digest mainDigest;
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            BuildResult cold = fx.build(dir, fx.infra.engineA(), fx.options(image, main), receiver);
            assertThat(cold.warnings).isEmpty();
            mainDigest = probe.digest(mainLayers).orElseThrow();

            // A branch's first build, on a host that never built the project: its own layer-cache image does not
            // exist yet, so main's (its cacheFrom) gives the install layer; it publishes its own.
            Files.writeString(dir.resolve("src.txt"), "src-2\n");
            BuildResult b = onBranch(fx, dir, image, feature, receiver, main);
            assertThat(b.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: " + feature + "-build does not exist yet; trying cacheFrom's")
                    .contains("cache: " + feature + " does not exist yet; trying cacheFrom's")
                    .contains("layer cache: pulled " + main + "-build (the layer-cache image of cacheFrom " + main
                            + ", read only)")
                    .contains("layer cache: install: inputs unchanged since " + main + "-build")
                    .contains("layer cache: pushed " + feature + "-build");
            assertThat(b.phasesFromLayerCache).containsExactly("install");
            assertThat(fx.log).as("the install is taken, not run").doesNotContain(marker);
            assertThat(run(fx.infra, fx.infra.engineB(), image)).isEqualTo("dep-1\nsrc-2");

            // A pull request (untrusted: restore only): it has no layer-cache image of its own and never will, so
            // main's is its layer cache every build; it writes none.
            Files.writeString(dir.resolve("src.txt"), "src-3\n");
            fx.log.clear();
            BuildOptions pull = fx.options(image, pr);
            pull.cacheFrom = List.of(main);
            pull.decideTrust(java.util.Map.of(BuildOptions.CHANGE_ID, "7"), false);
            BuildResult p = fx.build(dir, fx.infra.engineA(), pull, receiver);
            assertThat(p.warnings).isEmpty();
            assertThat(p.phasesFromLayerCache).containsExactly("install");
            assertThat(fx.logText())
                    .contains("layer cache: pulled " + main + "-build (the layer-cache image of cacheFrom " + main)
                    .doesNotContain("layer cache: pushed");
            assertThat(probe.digest(ImageReference.parse(pr + "-build")))
                    .as("an untrusted build publishes nothing")
                    .isEmpty();
            assertThat(run(fx.infra, fx.infra.engineA(), image)).isEqualTo("dep-1\nsrc-3");
        }
        assertThat(probe.digest(mainLayers))
                .as("main's layer cache is read only")
                .contains(mainDigest);
    }

    @Test
    void aForeignFallbackLayerCacheIsAWarningAndTheNextFallbackIsRead() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String marker = "INSTALL-RAN-" + UUID.randomUUID();
        Path dir = project(fx, marker);
        String main = fx.infra.uniqueRegistryImage("it/layercache-fallbacks", "main");
        String theirs = main.replace(":main", ":theirs");
        RegistryProbe probe = new RegistryProbe(fx.infra, Files.createDirectories(tmp.resolve("probe")));
        ImageReference theirLayers = ImageReference.parse(theirs + "-build");
        Digest foreign = probe.pushImage(
                theirLayers,
                JSON.createObjectNode().put("org.example.owner", "someone else"),
                List.of(RegistryProbe.layer(List.of(RegistryProbe.Entry.file("data.txt", "theirs")))));
        String image = TestInfra.uniqueName("it-layercache-fallbacks");
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            assertThat(fx.build(dir, fx.infra.engineA(), fx.options(image, main), receiver).warnings)
                    .isEmpty();
            Files.writeString(dir.resolve("src.txt"), "src-2\n");
            BuildResult b = onBranch(fx, dir, image, main.replace(":main", ":feature-y"), receiver, theirs, main);
            assertThat(b.warnings)
                    .anyMatch(w -> w.startsWith(theirs + "-build (the layer-cache image of cacheFrom " + theirs)
                            && w.contains("has no label " + LayerRecord.LABEL));
            assertThat(b.phasesFromLayerCache).as("main's, the next fallback").containsExactly("install");
            assertThat(fx.log).doesNotContain(marker);
        }
        assertThat(probe.digest(theirLayers)).contains(foreign);
    }

    @Test
    void aDependencyChangeOnAFreshHostTakesTheSetupStepsFromTheSetupImage() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String marker = "INSTALL-RAN-" + UUID.randomUUID();
        String setupMarker = "SETUP-RAN-" + UUID.randomUUID();
        Path dir = withSetupStep(project(fx, marker), setupMarker);
        String cacheImage = fx.infra.uniqueRegistryImage("it/layercache-setup", "main");
        String image = TestInfra.uniqueName("it-layercache-setup");
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            BuildResult cold = fx.build(dir, fx.infra.engineA(), fx.options(image, cacheImage), receiver);
            assertThat(cold.warnings).isEmpty();
            assertThat(fx.logText()).contains("layer cache: pushed the setup steps as " + cacheImage + "-build-setup");

            // Engine B never built it; the dependency changed, so no phase can be taken and the stage is not pulled,
            // but the setup steps come from their own image.
            Files.writeString(dir.resolve("deps.txt"), "dep-2\n");
            fx.log.clear();
            BuildResult b = fx.build(dir, fx.infra.engineB(), fx.options(image, cacheImage), receiver);
            assertThat(b.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: not pulled: install: deps.txt changed")
                    .contains("layer cache: pulled the setup steps " + cacheImage + "-build-setup");
            assertThat(BuildFixture.lastStep(fx.log, "RUN mkdir -p /assets"))
                    .as("the setup RUN comes from the setup image and does not run")
                    .anyMatch(l -> l.contains("Using cache"))
                    .noneMatch(l -> l.contains("Running in"));
            assertThat(fx.log).as("the install runs: its input changed").contains(marker);
            assertThat(run(fx.infra, fx.infra.engineB(), image)).isEqualTo("dep-1\ndep-2\nsrc-1");
        }
    }

    @Test
    void aBranchsFirstBuildWithADependencyChangeTakesTheSetupStepsFromMainsSetupImage() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        String marker = "INSTALL-RAN-" + UUID.randomUUID();
        Path dir = withSetupStep(project(fx, marker), "SETUP-RAN-" + UUID.randomUUID());
        String main = fx.infra.uniqueRegistryImage("it/layercache-branch-setup", "main");
        String image = TestInfra.uniqueName("it-layercache-branch-setup");
        String feature = main.replace(":main", ":feature-z");
        RegistryProbe probe = new RegistryProbe(fx.infra, Files.createDirectories(tmp.resolve("probe")));
        ImageReference mainSetup = ImageReference.parse(main + "-build-setup");
        Digest mainSetupDigest;
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            assertThat(fx.build(dir, fx.infra.engineA(), fx.options(image, main), receiver).warnings)
                    .isEmpty();
            mainSetupDigest = probe.digest(mainSetup).orElseThrow();
            Files.writeString(dir.resolve("deps.txt"), "dep-2\n");
            BuildResult b = onBranch(fx, dir, image, feature, receiver, main);
            assertThat(b.warnings).isEmpty();
            assertThat(fx.logText())
                    .contains("layer cache: pushed the setup steps as " + feature + "-build-setup")
                    .contains("layer cache: not pulled: install: deps.txt changed since " + main + "-build (the"
                            + " layer-cache image of cacheFrom " + main + ", read only)")
                    .contains("layer cache: pulled the setup steps " + main + "-build-setup");
            assertThat(BuildFixture.lastStep(fx.log, "RUN mkdir -p /assets"))
                    .as("the setup RUN comes from main's setup image")
                    .anyMatch(l -> l.contains("Using cache"))
                    .noneMatch(l -> l.contains("Running in"));
            assertThat(fx.log).as("the install runs: its input changed").contains(marker);
            assertThat(run(fx.infra, fx.infra.engineB(), image)).isEqualTo("dep-1\ndep-2\nsrc-1");
        }
        assertThat(probe.digest(mainSetup))
                .as("main's setup image is read only")
                .contains(mainSetupDigest);
    }

    @Test
    void aForeignLayerCacheImageIsAWarningAndIsNotOverwritten() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        Path dir = project(fx, "INSTALL-RAN-" + UUID.randomUUID());
        String cacheImage = fx.infra.uniqueRegistryImage("it/layercache-foreign", "main");
        ImageReference layer = ImageReference.parse(cacheImage + "-build");
        RegistryProbe probe = new RegistryProbe(fx.infra, Files.createDirectories(tmp.resolve("probe")));
        ObjectNode labels = JSON.createObjectNode().put("org.example.owner", "someone else");
        Digest foreign = probe.pushImage(
                layer, labels, List.of(RegistryProbe.layer(List.of(RegistryProbe.Entry.file("data.txt", "theirs")))));
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            BuildResult r = fx.build(
                    dir, fx.infra.engineA(), fx.options(TestInfra.uniqueName("it-lc-foreign"), cacheImage), receiver);
            assertThat(r.warnings)
                    .anyMatch(w -> w.contains("has no label " + LayerRecord.LABEL) && w.contains("nor overwritten"));
            assertThat(r.dirsSaved).as("the incremental cache still saves").contains("/root/.lc-cache");
        }
        assertThat(probe.digest(layer)).as("their image is still there").contains(foreign);
    }

    @Test
    void anUnpullableLayerCacheImageIsAWarningAndTheBuildGoesOn() throws Exception {
        BuildFixture fx = new BuildFixture(tmp);
        Path dir = project(fx, "INSTALL-RAN-" + UUID.randomUUID());
        String cacheImage = fx.infra.uniqueRegistryImage("it/layercache-broken", "main");
        ImageReference layer = ImageReference.parse(cacheImage + "-build");
        RegistryProbe probe = new RegistryProbe(fx.infra, Files.createDirectories(tmp.resolve("probe")));
        // Our label (a record of a later version, so it cannot say that no phase can be taken and the image is
        // pulled for its layers), but a config whose diff_ids do not match its layer: the engine refuses to pull it.
        byte[] tar = RegistryProbe.layer(List.of(RegistryProbe.Entry.file("x.txt", "x")));
        ObjectNode config = JSON.createObjectNode().put("architecture", "amd64").put("os", "linux");
        config.putObject("config").putObject("Labels").put(LayerRecord.LABEL, "{\"version\":99,\"points\":[]}");
        config.putObject("rootfs")
                .put("type", "layers")
                .putArray("diff_ids")
                .add(Digests.sha256("not the layer".getBytes(StandardCharsets.UTF_8))
                        .toString());
        probe.pushRaw(layer, JSON.writeValueAsBytes(config), List.of(tar));
        try (LocalReceiver receiver = LocalReceiver.start(fx::line)) {
            BuildResult r = fx.build(
                    dir, fx.infra.engineB(), fx.options(TestInfra.uniqueName("it-lc-broken"), cacheImage), receiver);
            assertThat(r.warnings).anyMatch(w -> w.startsWith("pulling layer-cache image " + layer));
            assertThat(r.imageId).isNotNull();
            assertThat(fx.logText()).contains("layer cache: install: no layer cache");
        }
    }
}
