package io.jenkins.plugins.nixpacks.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The two builds of one Dockerfile: first the stage the cache is read from ({@code --target}), under a local stage
 * tag, then the final image. The second build runs the same Dockerfile on the same context, with the stage among its
 * {@code --cache-from} sources when it has any, so every step of the stage is a layer-cache hit and only the later
 * stages run; it sends the context again, which the classic builder
 * needs for any stage that copies from it (a project's own Dockerfile may), and costs a second tar of the context
 * (measured in {@code bench/}). The stage tag stays until {@link #remove}: the save reads it, and the layer cache is
 * pushed from it.
 */
public final class StageBuild {
    /** Local repository of stage tags; never pushed under this name. */
    public static final String STAGE_REPOSITORY = "nixpacks-stage";

    private static final SecureRandom RANDOM = new SecureRandom();

    private StageBuild() {}

    /** A fresh local tag for a stage of {@code buildId}: unique per build, never a registry name. */
    public static String stageTag(String buildId) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return stageRepository(buildId) + ":" + HexFormat.of().formatHex(random);
    }

    /** The local repository of {@code buildId}'s stage tags: {@code nixpacks-stage/<build hash>}. */
    public static String stageRepository(String buildId) {
        String hash = HexFormat.of()
                .formatHex(io.jenkins.plugins.nixpacks.registry.Digests.newSha256()
                        .digest(String.valueOf(buildId).getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
        return STAGE_REPOSITORY + "/" + hash;
    }

    /**
     * Builds stage {@code stage} of {@code spec} under {@code stageTag}, with {@code stageLabels} instead of the
     * image's labels (the layer cache's record; a LABEL at the end of the stage, so its steps still match the layer
     * cache). The caller removes {@code stageTag} in a finally ({@link #remove}), also when a build fails or is
     * interrupted. Returns the stage's image id.
     */
    public static String stage(
            Engine engine,
            Engine.Spec spec,
            String stage,
            String stageTag,
            java.util.Map<String, String> stageLabels,
            BuildLog log)
            throws IOException, InterruptedException, BuildException {
        log.line("Building stage '" + stage + "' (the cache is read from it) as " + stageTag);
        long t0 = System.nanoTime();
        String stageId = engine.build(spec.toStage(stage, stageTag, stageLabels), log);
        log.line("Built stage '" + stage + "' in " + Sizes.seconds((System.nanoTime() - t0) / 1_000_000)
                + "; building the final image " + spec.tag());
        return stageId;
    }

    /**
     * Builds the final image of {@code spec}; after {@link #stage} when {@code stageTag} is not null, so that the
     * stage's steps are layer-cache hits.
     */
    public static String last(Engine engine, Engine.Spec spec, String stageTag, BuildLog log)
            throws IOException, InterruptedException, BuildException {
        if (stageTag == null) {
            return engine.build(spec, log);
        }
        long t1 = System.nanoTime();
        // With --cache-from, the classic builder takes a local step only if it is in the history of one of those
        // images, and once a step matches a source's history that source is the only one left. So the stage just
        // built goes first, or the final build runs the stage's steps again after the first step it matched in the
        // pulled layer cache (measured: `npm ci`, `npm run build` and `mvn package` ran twice). Without --cache-from
        // every local step counts already.
        Engine.Spec last = spec.cacheFrom().isEmpty() || spec.noCache() ? spec : spec.withFirstCacheFrom(stageTag);
        String imageId = engine.build(last, log);
        log.line("Built the final image after the stage in " + Sizes.seconds((System.nanoTime() - t1) / 1_000_000)
                + " (the stage's steps from the layer cache)");
        return imageId;
    }

    /** Removes the stage tag; the image goes with it unless other names or images hold it. Never throws. */
    public static void remove(Engine engine, String stageTag, BuildLog log) {
        if (stageTag == null) {
            return;
        }
        try {
            engine.removeImage(stageTag);
        } catch (IOException | RuntimeException e) {
            log.warn("could not remove the stage tag " + stageTag + ": " + e.getMessage());
        }
    }
}
