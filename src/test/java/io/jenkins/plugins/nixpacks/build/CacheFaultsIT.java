package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.EngineProbe;
import io.jenkins.plugins.nixpacks.testing.FaultProxy;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe.Entry;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around a build that saves its cache: the registry breaking mid-push, refusing the credentials, holding an
 * image of another kind under the tag; the engine gone; the receiver at its cap; the build phase failing; the build
 * stopped while the agent sends; two builds saving one tag at once. Each ends in a built image with a warning, or a clear failure under strictCache,
 * and the cache tag always points at a complete image: the one before, or a whole new one.
 *
 * <p>Each test seeds the tag with a hand-made cache image first (no docker build needed), so "nothing published"
 * can be checked as "the tag still points at that manifest, and every blob of it is there".
 */
class CacheFaultsIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();
    private BuildFixture fx;
    private RegistryProbe registry;
    private LocalReceiver receiver;
    private final String dir = ".fault-" + UUID.randomUUID().toString().substring(0, 8);
    private final String cacheDir = "/root/" + dir;
    private final String layerPath = "root/" + dir;
    private final List<String> images = new ArrayList<>();
    private final List<ImageReference> cacheRefs = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fx = new BuildFixture(tmp);
        registry = new RegistryProbe(infra, tmp);
        receiver = LocalReceiver.start(fx::line);
    }

    @AfterEach
    void stop() throws Exception {
        receiver.close();
        fx.removeFromEngines(images, cacheRefs);
    }

    /** Reads what the cache held, then writes 256 KiB of new random bytes and a marker into it. */
    private Path project(String marker) throws Exception {
        return fx.project(
                "app-" + UUID.randomUUID(),
                cacheDir,
                "mkdir -p " + cacheDir + " && (cat " + cacheDir + "/marker 2>/dev/null || echo none) > /app/out.txt"
                        + " && head -c 262144 /dev/urandom > " + cacheDir + "/blob && echo " + marker + " > "
                        + cacheDir + "/marker");
    }

    private String appImage() {
        String image = TestInfra.uniqueName("it-fault-app");
        images.add(image);
        return image;
    }

    private ImageReference cacheRef(String name) {
        ImageReference ref = ImageReference.parse(infra.uniqueRegistryImage("faults/" + name, "main"));
        cacheRefs.add(ref);
        return ref;
    }

    /** A complete cache image of our directory, pushed by hand: the "previous" image a fault must not damage. */
    private Digest seed(ImageReference ref) throws Exception {
        byte[] layer = RegistryProbe.layer(
                List.of(Entry.dir("root/"), Entry.dir(layerPath + "/"), Entry.file(layerPath + "/marker", "seed\n")));
        return registry.pushCacheImage(ref, List.of(layerPath), List.of(layer), "seed#1");
    }

    private void assertStillPointsAt(ImageReference ref, Digest previous) throws Exception {
        assertThat(registry.digest(ref)).as("the tag %s", ref).hasValue(previous);
        assertThat(registry.missingBlobs(ref)).as("blobs of %s", ref).isEmpty();
    }

    /** The tag holds a whole cache image that this build wrote. */
    private void assertCompleteCacheImageOf(ImageReference ref, String buildId) throws Exception {
        assertThat(registry.missingBlobs(ref)).as("blobs of %s", ref).isEmpty();
        assertThat(registry.labels(ref)).containsEntry(CacheImage.LABEL_BUILD, buildId);
    }

    @Test
    void registryCutMidPushLeavesThePreviousImage() throws Exception {
        ImageReference direct = cacheRef("cut");
        Digest previous = seed(direct);
        try (FaultProxy proxy =
                FaultProxy.tcp(URI.create("http://" + infra.registry()).getPort())) {
            String viaProxy = "127.0.0.1:" + proxy.port() + "/" + direct.repository() + ":main";
            proxy.cutBlobUploadsAfter(16 * 1024);
            Path app = project("second");

            BuildResult r = fx.build(app, infra.engineA(), fx.options(appImage(), viaProxy), receiver);

            assertThat(r.imageId).isNotBlank();
            assertThat(r.cacheRestoredFrom).as("restored through the proxy").isEqualTo(viaProxy);
            assertThat(proxy.cuts()).as("blob uploads cut").isPositive();
            assertThat(r.warnings)
                    .anyMatch(w -> w.startsWith("saving the cache to " + viaProxy + " failed")
                            && w.contains("could not be reached while trying to upload blob"));
            assertThat(r.dirsSaved).as("nothing was saved").isEmpty();
            assertThat(r.cacheImageDigest).isNull();
            assertStillPointsAt(direct, previous);

            BuildOptions strict = fx.options(appImage(), viaProxy);
            strict.strictCache = true;
            assertThatThrownBy(() -> fx.build(app, infra.engineA(), strict, receiver))
                    .isInstanceOf(BuildException.class)
                    .hasMessageStartingWith("cache fault (strictCache is on): saving the cache to " + viaProxy)
                    .hasMessageContaining("upload blob");
            assertStillPointsAt(direct, previous);
        }
    }

    @Test
    void wrongCredentialsLeaveThePreviousImage() throws Exception {
        ImageReference ref = cacheRef("creds");
        Digest previous = seed(ref);
        RegistryCredentials bad = RegistryCredentials.of(infra.registryUser(), "wrong-" + UUID.randomUUID());

        BuildResult r = fx.build(
                project("second"),
                infra.engineA(),
                fx.options(appImage(), ref.toString()),
                bad,
                receiver,
                UnaryOperator.identity());

        assertThat(r.imageId).isNotBlank();
        assertThat(r.warnings)
                .anyMatch(w -> w.startsWith("cannot read cache image") && w.contains("refused the credentials"))
                .anyMatch(w -> w.startsWith("saving the cache") && w.contains("refused the credentials"));
        assertThat(r.dirsSaved).isEmpty();
        assertThat(fx.logText()).doesNotContain(bad.password());
        assertStillPointsAt(ref, previous);
    }

    @Test
    void anApplicationImageUnderTheCacheTagIsNeitherUsedNorOverwritten() throws Exception {
        ImageReference ref = cacheRef("busybox");
        Digest busybox;
        try (DockerEngine a = infra.connectA()) {
            a.tag(infra.imageBusybox(), ref.toString());
            busybox = Digest.parse(a.push(ref.toString(), infra.credentials()));
            a.remove(ref.toString());
        }
        Path app = project("second");

        BuildResult r = fx.build(app, infra.engineA(), fx.options(appImage(), ref.toString()), receiver);

        assertThat(r.imageId).isNotBlank();
        assertThat(r.cacheRestoredFrom).isNull();
        assertThat(r.warnings)
                .anyMatch(w -> w.contains("is not a cache image of this plugin (no " + CacheImage.LABEL_DIRECTORIES))
                .anyMatch(w -> w.contains("is not overwritten"));
        assertThat(r.dirsSaved).isEmpty();
        assertStillPointsAt(ref, busybox);

        assertStrictFailsAtRestore(app, ref, "is not a cache image of this plugin");
        assertStillPointsAt(ref, busybox);
    }

    @Test
    void aManifestListUnderTheCacheTagIsNeitherUsedNorOverwritten() throws Exception {
        ImageReference ref = cacheRef("list");
        Digest list = registry.pushManifestList(ref, seed(ref));
        Path app = project("second");

        BuildResult r = fx.build(app, infra.engineA(), fx.options(appImage(), ref.toString()), receiver);

        assertThat(r.imageId).isNotBlank();
        assertThat(r.warnings)
                .anyMatch(w -> w.contains("manifest.list.v2+json, not a single-platform image manifest"))
                .anyMatch(w -> w.contains("is not overwritten"));
        assertStillPointsAt(ref, list);

        assertStrictFailsAtRestore(app, ref, "not a single-platform image manifest");
        assertStillPointsAt(ref, list);
    }

    @Test
    void aCacheImageWithAGarbageConfigIsReplacedByAWholeOne() throws Exception {
        ImageReference ref = cacheRef("garbage");
        byte[] layer = RegistryProbe.layer(List.of(Entry.dir("root/")));
        Digest garbage = registry.pushRaw(ref, "{ this is not json".getBytes(StandardCharsets.UTF_8), List.of(layer));
        Path app = project("second");

        assertStrictFailsAtRestore(app, ref, "is unusable");
        assertStillPointsAt(ref, garbage);

        BuildResult r = fx.build(app, infra.engineA(), fx.options(appImage(), ref.toString()), receiver);

        assertThat(r.imageId).isNotBlank();
        assertThat(r.warnings).anyMatch(w -> w.startsWith("cache image " + ref + " is unusable"));
        assertThat(r.dirsSaved).containsExactly(cacheDir);
        assertCompleteCacheImageOf(ref, fx.buildIds.get(app));
    }

    @Test
    void aCacheImageWhoseLayerIsNotATarIsReplacedByAWholeOne() throws Exception {
        ImageReference ref = cacheRef("unreadable");
        byte[] notATar = ("not a tar " + UUID.randomUUID()).repeat(100).getBytes(StandardCharsets.UTF_8);
        Digest unreadable = registry.pushCacheImage(ref, List.of(layerPath), List.of(notATar), "evil#1");
        Path app = project("second");

        assertStrictFailsAtRestore(app, ref, "pulling cache image");
        assertStillPointsAt(ref, unreadable);

        BuildResult r = fx.build(app, infra.engineA(), fx.options(appImage(), ref.toString()), receiver);

        assertThat(r.imageId).isNotBlank();
        assertThat(r.cacheRestoredFrom).isNull();
        assertThat(r.warnings).anyMatch(w -> w.startsWith("pulling cache image " + ref.withDigest(unreadable)));
        assertCompleteCacheImageOf(ref, fx.buildIds.get(app));
    }

    private void assertStrictFailsAtRestore(Path app, ImageReference ref, String why) {
        BuildOptions strict = fx.options(appImage(), ref.toString());
        strict.strictCache = true;
        assertThatThrownBy(() -> fx.build(app, infra.engineA(), strict, receiver))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("cache fault (strictCache is on): ")
                .hasMessageContaining(ref.repositoryName())
                .hasMessageContaining(why);
    }

    @Test
    void anEngineThatDoesNotAnswerIsNamed() throws Exception {
        ImageReference ref = cacheRef("noengine");
        Path app = project("x");
        for (String engine : List.of("unix://" + tmp.resolve("no-engine.sock"), "tcp://127.0.0.1:1")) {
            assertThatThrownBy(() -> fx.build(app, engine, fx.options(appImage(), ref.toString()), receiver))
                    .isInstanceOf(BuildException.class)
                    .hasMessageContaining("cannot reach the Docker engine at " + engine);
        }
        assertThat(registry.digest(ref)).isEmpty();
    }

    @Test
    void anEngineGoneMidBuildFailsTheBuildNamingItAndLeavesNoContainer() throws Exception {
        ImageReference ref = cacheRef("engine-gone");
        Digest previous = seed(ref);
        String marker = TestInfra.uniqueName("engine-gone");
        Path app = fx.project(
                "app-gone", cacheDir, "echo " + marker + " > /app/out.txt && mkdir -p " + cacheDir + " && sleep 120");
        Path socket = Path.of(URI.create(infra.engineA()).getPath());
        try (FaultProxy engine = FaultProxy.unix(tmp.resolve("engine.sock"), socket);
                EngineProbe a = new EngineProbe(infra.engineA())) {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread build = new Thread(() -> {
                try {
                    fx.build(app, engine.address(), fx.options(appImage(), ref.toString()), receiver);
                    outcome.set(new AssertionError("the build finished"));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
            build.start();
            assertThat(awaitContainer(a, marker)).as("the RUN step started").isTrue();

            engine.killAll();
            build.join(TimeUnit.SECONDS.toMillis(120));

            assertThat(build.isAlive()).as("the build returned").isFalse();
            System.out.println("the build failed with: " + outcome.get());
            assertThat(outcome.get()).isInstanceOf(BuildException.class).hasMessageContaining(engine.address());
            assertThat(a.awaitNoContainerMentioning(marker))
                    .as("the engine stopped the step and removed its container")
                    .isEmpty();
        }
        assertStillPointsAt(ref, previous);
    }

    @Test
    void aReceiverAtItsCapAcrossBuildsRefusesWith507AndTheBuildGoesOn() throws Exception {
        ImageReference ref = cacheRef("full");
        Digest previous = seed(ref);
        // 2 MiB of cache; the receiver takes 1 MiB for all builds together.
        Path app = fx.project(
                "app-full",
                cacheDir,
                "echo built > /app/out.txt && mkdir -p " + cacheDir + " && head -c 2097152 /dev/urandom > " + cacheDir
                        + "/blob");
        try (LocalReceiver full = LocalReceiver.start(Limits.defaults().withMaxTotalBytes(1L << 20), fx::line)) {
            BuildResult r = fx.build(app, infra.engineA(), fx.options(appImage(), ref.toString()), full);

            assertThat(r.imageId).isNotBlank();
            assertThat(r.warnings).anyMatch(w -> w.contains("HTTP 507") && w.contains("its limit is 1048576 bytes"));
            assertThat(r.dirsSaved).isEmpty();
            assertThat(r.cacheLayersSent).isZero();
        }
        assertStillPointsAt(ref, previous);
    }

    @Test
    void aBuildWhoseBuildPhaseFailsLeavesNoContainerAndNoStageTag() throws Exception {
        ImageReference ref = cacheRef("phase-fails");
        Path app = fx.project("app-fails", cacheDir, "mkdir -p " + cacheDir + " && exit 3");
        try (EngineProbe a = new EngineProbe(infra.engineA())) {
            assertThatThrownBy(() -> fx.build(app, infra.engineA(), fx.options(appImage(), ref.toString()), receiver))
                    .isInstanceOf(BuildException.class);

            String stages = StageBuild.stageRepository(fx.buildIds.get(app));
            assertThat(a.tagsStartingWith(stages)).as("stage tags of the build").isEmpty();
            assertThat(a.containersNamed(StageCacheReader.CONTAINER_PREFIX))
                    .as("save containers")
                    .isEmpty();
        }
    }

    @Test
    void aBuildStoppedWhileTheAgentSendsLeavesNoContainerNoStageTagAndPublishesNothing() throws Exception {
        ImageReference ref = cacheRef("abort-upload");
        Digest previous = seed(ref);
        Path app = project("second");
        try (FaultProxy receiverPort =
                        FaultProxy.tcp(URI.create(receiver.baseUrl()).getPort());
                EngineProbe a = new EngineProbe(infra.engineA())) {
            receiverPort.hold(); // the request connects and then hangs, as to a receiver that stopped reading
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread build = new Thread(() -> {
                try {
                    fx.build(
                            app,
                            infra.engineA(),
                            fx.options(appImage(), ref.toString()),
                            infra.credentials(),
                            receiver,
                            c -> BuildFixture.viaPort(c, receiverPort.port()));
                    outcome.set(new AssertionError("the build finished"));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
            build.start();
            assertThat(receiverPort.awaitConnection(180))
                    .as("the agent connected")
                    .isTrue();
            String stages = StageBuild.stageRepository(fx.buildIds.get(app));
            assertThat(a.tagsStartingWith(stages))
                    .as("the stage tag while the save runs")
                    .hasSize(1);
            assertThat(a.containersNamed(StageCacheReader.CONTAINER_PREFIX))
                    .as("the save's container while it runs")
                    .isNotEmpty();

            build.interrupt();
            build.join(TimeUnit.SECONDS.toMillis(120));

            assertThat(build.isAlive()).as("the build returned").isFalse();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(a.tagsStartingWith(stages)).as("the stage tag is gone").isEmpty();
            assertThat(a.containersNamed(StageCacheReader.CONTAINER_PREFIX))
                    .as("the save's container is gone")
                    .isEmpty();
        }
        assertStillPointsAt(ref, previous);
    }

    @Test
    void aBuildStoppedWhileItPushesTheCacheImagePublishesNothing() throws Exception {
        ImageReference direct = cacheRef("abort-push");
        Digest previous = seed(direct);
        Path app = project("second");
        try (FaultProxy proxy =
                FaultProxy.tcp(URI.create("http://" + infra.registry()).getPort())) {
            String viaProxy = "127.0.0.1:" + proxy.port() + "/" + direct.repository() + ":main";
            // Once the receiver accepted the layers, the registry hangs: the cache image's push stalls.
            fx.watcher = line -> {
                if (line.startsWith("receiver: Accepted cache ")) {
                    proxy.hold();
                }
            };
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread build = new Thread(() -> {
                try {
                    fx.build(app, infra.engineA(), fx.options(appImage(), viaProxy), receiver);
                    outcome.set(new AssertionError("the build finished"));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
            build.start();
            assertThat(proxy.awaitHeld(180))
                    .as("the push reached the hanging registry")
                    .isTrue();

            build.interrupt();
            build.join(TimeUnit.SECONDS.toMillis(120));

            assertThat(build.isAlive()).as("the build returned").isFalse();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(fx.logText()).contains("receiver: Accepted cache ").doesNotContain("cache: saved ");
        }
        assertStillPointsAt(direct, previous);
    }

    @Test
    void twoBuildsSavingOneTagAtOnceLeaveOneWholeImageOfOneBuild() throws Exception {
        ImageReference ref = cacheRef("race");
        String markerA = "from-a-" + UUID.randomUUID();
        String markerB = "from-b-" + UUID.randomUUID();
        Path appA = project(markerA);
        Path appB = project(markerB);
        BuildResult ra;
        BuildResult rb;
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<BuildResult> a =
                    two.submit(() -> fx.build(appA, infra.engineA(), fx.options(appImage(), ref.toString()), receiver));
            Future<BuildResult> b =
                    two.submit(() -> fx.build(appB, infra.engineB(), fx.options(appImage(), ref.toString()), receiver));
            ra = a.get(5, TimeUnit.MINUTES);
            rb = b.get(5, TimeUnit.MINUTES);
        } finally {
            two.shutdownNow();
        }
        assertThat(ra.dirsSaved).containsExactly(cacheDir);
        assertThat(rb.dirsSaved).containsExactly(cacheDir);

        String tag = registry.digest(ref).orElseThrow().toString();
        assertThat(tag).as("the tag holds one writer's image").isIn(ra.cacheImageDigest, rb.cacheImageDigest);
        assertThat(registry.missingBlobs(ref)).isEmpty();
        boolean aWon = tag.equals(ra.cacheImageDigest);
        // Labels and layer of that one build, not a mixture.
        assertThat(registry.labels(ref))
                .containsEntry(CacheImage.LABEL_BUILD, fx.buildIds.get(aWon ? appA : appB))
                .containsEntry(CacheImage.LABEL_DIRECTORIES, "[\"" + layerPath + "\"]");
        assertThat(registry.files(ref)).containsEntry(layerPath + "/marker", (aWon ? markerA : markerB) + "\n");
    }

    private static boolean awaitContainer(EngineProbe engine, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!engine.containersMentioning(text).isEmpty()) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
