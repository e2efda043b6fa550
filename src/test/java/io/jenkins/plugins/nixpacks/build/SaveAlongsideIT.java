package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.runner.LocalReceiver;
import io.jenkins.plugins.nixpacks.testing.EngineProbe;
import io.jenkins.plugins.nixpacks.testing.RegistryProbe;
import io.jenkins.plugins.nixpacks.testing.TestInfra;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The save and the layer-cache push run alongside the final build ({@link SideTasks}), on a real engine, registry
 * and receiver: the save can wait for the final image to be built (it could not if it ran after it), a final image
 * that fails still leaves the stage's cache whole, and a build stopped while the save waits leaves nothing behind.
 * And the save's read of the stage over the engine's socket leaves out npm's logs and keeps what follows them.
 */
class SaveAlongsideIT {
    @TempDir
    Path tmp;

    private final TestInfra infra = TestInfra.get();
    private BuildFixture fx;
    private RegistryProbe registry;
    private LocalReceiver receiver;
    private final String cacheDir =
            "/root/.alongside-" + UUID.randomUUID().toString().substring(0, 8);
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

    private Path project() throws Exception {
        return fx.project(
                "app-" + UUID.randomUUID(),
                cacheDir,
                "mkdir -p " + cacheDir + " && head -c 262144 /dev/urandom > " + cacheDir
                        + "/blob && echo ok > /app/out.txt");
    }

    private String appImage() {
        String image = TestInfra.uniqueName("it-alongside-app");
        images.add(image);
        return image;
    }

    private ImageReference cacheRef(String name) {
        ImageReference ref = ImageReference.parse(infra.uniqueRegistryImage("alongside/" + name, "main"));
        cacheRefs.add(ref);
        return ref;
    }

    private static final String FINAL_BUILT = "Built the final image after the stage";

    /** A channel whose first send waits until the log says the final image is built: it deadlocks if run after it. */
    private BuildFixture.Hook waitForTheFinalImage(CountDownLatch finalBuilt, AtomicReference<String> saw) {
        return () -> {
            boolean built = finalBuilt.await(120, TimeUnit.SECONDS);
            saw.compareAndSet(null, built ? "built" : "timed out");
        };
    }

    @Test
    void theSaveSendsWhileTheFinalImageIsBuilt() throws Exception {
        ImageReference ref = cacheRef("concurrent");
        Path app = project();
        CountDownLatch finalBuilt = new CountDownLatch(1);
        AtomicReference<String> saw = new AtomicReference<>();
        fx.watcher = line -> {
            if (line.startsWith(FINAL_BUILT)) {
                finalBuilt.countDown();
            }
        };
        BuildResult r = fx.build(
                app,
                infra.engineA(),
                fx.options(appImage(), ref.toString()),
                infra.credentials(),
                receiver,
                c -> BuildFixture.wrap(c, waitForTheFinalImage(finalBuilt, saw)));

        assertThat(saw.get()).as("what the save's send saw").isEqualTo("built");
        assertThat(r.warnings).isEmpty();
        assertThat(r.dirsSaved).containsExactly(cacheDir);
        assertThat(registry.missingBlobs(ref)).isEmpty();
        assertThat(registry.labels(ref)).containsEntry(CacheImage.LABEL_BUILD, fx.buildIds.get(app));
        String log = fx.logText();
        assertThat(log.indexOf("cache: saved "))
                .as("the save ends after the final image")
                .isGreaterThan(log.indexOf(FINAL_BUILT));
        assertThat(r.timeline.entries()).anySatisfy(e -> assertThat(e.name() + " " + e.note())
                .isEqualTo("cache save " + Sizes.human(r.bytesSaved) + " saved, " + Sizes.human(r.cacheBytesSent)
                        + " sent (alongside the final build)"));
    }

    /**
     * npm's {@code _logs} is left out of the saved layers, end to end: the reader passes over its 2 MB in the engine's
     * archive stream (read over the engine's Unix socket, {@code UnixSocketHttp}), and what follows in the stream is
     * saved whole. (Commons Compress reads over a skipped entry rather than calling {@code skip}, checked by taking
     * {@code UnixSocketHttp}'s own skip out: this passed; {@code UnixSocketHttpTest} covers that skip.)
     */
    @Test
    void npmLogsAreSkippedInTheArchiveStreamAndWhatFollowsIsSavedWhole() throws Exception {
        ImageReference ref = cacheRef("npm-logs");
        Path app = fx.project(
                "app-" + UUID.randomUUID(),
                "/root/.npm",
                "mkdir -p /root/.npm/_cacache /root/.npm/_logs && head -c 1048576 /dev/urandom > /root/.npm/_cacache/a"
                        + " && head -c 2097152 /dev/urandom > /root/.npm/_logs/debug-0.log"
                        + " && echo after > /root/.npm/zz-after && echo ok > /app/out.txt");
        BuildResult r = fx.build(app, infra.engineA(), fx.options(appImage(), ref.toString()), receiver);

        assertThat(r.warnings).isEmpty();
        java.util.Map<String, String> files = registry.files(ref);
        assertThat(files).containsEntry("root/.npm/zz-after", "after\n").containsKey("root/.npm/_cacache/a");
        assertThat(files.keySet()).noneMatch(f -> f.contains("_logs"));
        // The 1 MiB file and the tar's headers, not the 2 MiB of logs.
        assertThat(r.bytesSaved).isBetween(1_048_576L, 2_000_000L);
    }

    @Test
    void aFinalImageThatFailsStillSavesTheStageItBuiltAndLeavesNoStageTag() throws Exception {
        ImageReference ref = cacheRef("final-fails");
        Path app = project();
        BuildOptions o = fx.options(appImage(), ref.toString());
        // The run stage's base image does not exist: the stage builds, the final image fails at its FROM.
        o.runImage = infra.registry() + "/alongside/no-such-run-image:" + UUID.randomUUID();
        try (EngineProbe a = new EngineProbe(infra.engineA())) {
            assertThatThrownBy(() -> fx.build(app, infra.engineA(), o, receiver))
                    .isInstanceOf(BuildException.class)
                    .hasMessageContaining("no-such-run-image");

            assertThat(fx.logText())
                    .contains("cache: the final image failed; the save of stage 'build', which was"
                            + " built, ends first");
            assertThat(registry.missingBlobs(ref)).isEmpty();
            assertThat(registry.labels(ref)).containsEntry(CacheImage.LABEL_BUILD, fx.buildIds.get(app));
            assertThat(registry.files(ref)).containsKey(cacheDir.substring(1) + "/blob");
            String stages = StageBuild.stageRepository(fx.buildIds.get(app));
            assertThat(a.tagsStartingWith(stages)).as("stage tags of the build").isEmpty();
            assertThat(a.containersNamed(StageCacheReader.CONTAINER_PREFIX))
                    .as("save containers")
                    .isEmpty();
        }
    }

    @Test
    void aBuildStoppedWhileTheSaveWaitsPublishesNothingAndLeavesNoStageTag() throws Exception {
        ImageReference ref = cacheRef("stopped");
        Path app = project();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        try (EngineProbe a = new EngineProbe(infra.engineA())) {
            Thread build = new Thread(() -> {
                try {
                    fx.build(
                            app,
                            infra.engineA(),
                            fx.options(appImage(), ref.toString()),
                            infra.credentials(),
                            receiver,
                            c -> BuildFixture.wrap(c, () -> {
                                sending.countDown();
                                never.await(); // a send that hangs until the build is stopped
                            }));
                    outcome.set(new AssertionError("the build finished"));
                } catch (Throwable t) {
                    outcome.set(t);
                }
            });
            build.start();
            assertThat(sending.await(180, TimeUnit.SECONDS))
                    .as("the save began")
                    .isTrue();
            String stages = StageBuild.stageRepository(fx.buildIds.get(app));
            assertThat(a.tagsStartingWith(stages))
                    .as("the stage tag while the save runs")
                    .hasSize(1);

            build.interrupt();
            build.join(TimeUnit.SECONDS.toMillis(150));

            assertThat(build.isAlive()).as("the build returned").isFalse();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(a.tagsStartingWith(stages)).as("the stage tag is gone").isEmpty();
            assertThat(a.containersNamed(StageCacheReader.CONTAINER_PREFIX))
                    .as("the save's container is gone")
                    .isEmpty();
        }
        assertThat(registry.digest(ref)).as("nothing published under %s", ref).isEmpty();
    }
}
