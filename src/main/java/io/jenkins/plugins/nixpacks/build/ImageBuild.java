package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The docker work of one build once its Dockerfile is written (docs/build-path.md): the stage the save reads, when
 * there is one, then the final image ({@link StageBuild}); the side tasks (the save, the layer-cache push) start on
 * threads of their own as soon as the stage is built ({@link SideTasks}); then the image is pushed and the side
 * tasks are waited for. Writes the build's time, its phases and the side tasks' rows into the timeline. It knows
 * nothing of the cache: what runs beside the final build is the caller's.
 */
final class ImageBuild {
    /** The save's row in the timeline; its note says what it saved and sent. */
    static final String SAVE_ROW = "cache save";

    private static final String ALONGSIDE = " (alongside the final build)";

    /** A task to run beside the final build once the stage is built; {@code name} is its timeline row. */
    record Side(String name, SideTasks.Task task) {}

    /**
     * The stage: {@code name} is the stage the save reads (null: none, the final image alone is built), built under
     * {@code tag} with {@code labels} (the layer cache's record).
     */
    record Stage(String name, String tag, Map<String, String> labels) {}

    private final Engine engine;
    private final BuildLog log;
    private final BuildLog raw;
    private final BuildResult result;

    /** {@code raw} takes docker's output as it came; {@code log} the build's own lines. */
    ImageBuild(Engine engine, BuildLog log, BuildLog raw, BuildResult result) {
        this.engine = engine;
        this.log = log;
        this.raw = raw;
        this.result = result;
    }

    /**
     * Builds {@code spec} (after {@code stage} when it has a name, with {@code sides} beside the final build) and
     * pushes it as {@code image} when {@code push}. A later stage that fails lets the side tasks end first (the
     * stage's cache is as good as in a build that passes); a stopped build or a lost engine cancels them.
     */
    void run(Engine.Spec spec, String dockerfileText, Stage stage, List<Side> sides, ImageReference image, boolean push)
            throws BuildException, IOException, InterruptedException {
        long b0 = System.nanoTime();
        PhaseClock clock = new PhaseClock(dockerfileText);
        BuildLog watched = clock.watch(raw);
        String stageTag = stage.name() == null ? null : stage.tag();
        try (SideTasks after = new SideTasks(Math.max(1, sides.size()))) {
            try {
                if (stageTag != null) {
                    StageBuild.stage(engine, spec, stage.name(), stageTag, stage.labels(), watched);
                    // The save and the layer-cache push need the stage and the registry only, not the final image.
                    for (Side side : sides) {
                        after.start(side.name(), side.task());
                    }
                }
                result.imageId = StageBuild.last(engine, spec, stageTag, watched);
            } catch (BuildException e) {
                if (stageTag != null) {
                    log.line("cache: the final image failed; the save of stage '" + stage.name()
                            + "', which was built, ends first");
                }
                try {
                    after.join();
                } catch (BuildException saveFault) {
                    e.addSuppressed(saveFault);
                }
                throw e;
            } catch (IOException | RuntimeException | InterruptedException e) {
                // The engine gone, or the build stopped: the side tasks stop too.
                after.cancel();
                throw e;
            } finally {
                result.buildMillis = (System.nanoTime() - b0) / 1_000_000;
                timePhases(clock, result.buildMillis);
            }
            log.line("Built " + image + " (" + shortId(result.imageId) + ") in " + Sizes.seconds(result.buildMillis));
            if (push) {
                long p0 = System.nanoTime();
                result.pushedDigest = engine.push(image, spec.auth(), log);
                long pushMillis = (System.nanoTime() - p0) / 1_000_000;
                result.timeline.add("push", Timeline.Kind.PUSH, pushMillis);
                log.line("Pushed " + image + " (" + result.pushedDigest + ") in " + Sizes.seconds(pushMillis));
            }
            long w0 = System.nanoTime();
            List<SideTasks.Done> done = after.join();
            timeSides(done, (System.nanoTime() - w0) / 1_000_000);
        }
    }

    /** The docker build's time per phase, and what the steps do not account for (sending the context, commits). */
    private void timePhases(PhaseClock clock, long buildMillis) {
        clock.finish();
        long steps = 0;
        for (Map.Entry<String, Long> e : clock.millis().entrySet()) {
            result.timeline.add(e.getKey(), Timeline.Kind.PHASE, e.getValue());
            steps += e.getValue();
        }
        result.timeline.add("docker, between steps", Timeline.Kind.DOCKER, buildMillis - steps);
    }

    private void timeSides(List<SideTasks.Done> done, long waited) {
        for (SideTasks.Done d : done) {
            if (d.name().equals(SAVE_ROW)) {
                result.timeline.add(
                        SAVE_ROW,
                        Timeline.Kind.SAVE,
                        d.millis(),
                        result.bytesSaved,
                        (result.dirsSaved.isEmpty()
                                        ? "nothing saved"
                                        : Sizes.human(result.bytesSaved) + " saved, "
                                                + Sizes.human(result.cacheBytesSent) + " sent")
                                + ALONGSIDE);
            } else {
                result.timeline.add(d.name(), Timeline.Kind.SAVE, d.millis(), -1, ALONGSIDE.strip());
            }
        }
        if (!done.isEmpty()) {
            result.timeline.add(
                    "waiting for the save",
                    Timeline.Kind.SAVE,
                    waited,
                    -1,
                    "what the save and the layer-cache push took after the final build");
        }
    }

    private static String shortId(String id) {
        if (id == null) {
            return "?";
        }
        String s = id.startsWith("sha256:") ? id.substring(7) : id;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }
}
