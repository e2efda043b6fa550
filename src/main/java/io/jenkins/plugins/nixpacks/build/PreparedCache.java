package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.docker.ContextDigest;
import io.jenkins.plugins.nixpacks.dockerfile.DockerfileGenerator;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Both caches made ready for one build, before docker builds anything (docs/build-path.md): the layer cache is read
 * first, since it decides per phase whether the cache image is pulled at all (#11); then the cache image's
 * directories are found, composed into the stage's base where they can be ({@link CacheBase}), and each restore
 * point is decided ({@link LayerDecision}); last the Dockerfile's restore markers are resolved into those decisions,
 * and an npm install phase is rebased on the previous install where one was chosen ({@link NpmIncremental}).
 *
 * @param cache the build's cache session, or null when the cache is off
 * @param restored what the cache image holds of the build's directories, or null when nothing was looked up
 * @param layers the layer cache, or null when the cache is off
 * @param points the Dockerfile's restore points with their inputs
 * @param decisions per restore point, taken from the layer cache or restored
 * @param npmPhase the phase whose {@code npm ci} may run as {@code npm install} on the previous install, or null
 * @param generated whether the Dockerfile was generated from a plan (not the project's own)
 * @param dockerfile the Dockerfile to build, restore lines in place
 */
record PreparedCache(
        CacheSession cache,
        CacheSession.Restore restored,
        LayerCache layers,
        List<PhaseInputs.Point> points,
        List<LayerDecision> decisions,
        String npmPhase,
        boolean generated,
        String dockerfile) {

    /** Without a cache image: the markers are resolved to nothing. */
    static PreparedCache none(String marked, boolean generated) {
        return new PreparedCache(
                null, null, null, List.of(), List.of(), null, generated, CacheHooksImpl.resolve(marked, Map.of()));
    }

    /** What one build brings to the preparation. */
    record Inputs(
            ImageReference cacheImage,
            List<ImageReference> fallbacks,
            RegistryAuth auth,
            BuildOptions options,
            Path source,
            boolean generated,
            List<CacheDir> dirs,
            Path work) {}

    /**
     * Reads the layer cache and the cache image for {@code in}, restores what is needed, and resolves {@code marked}
     * (the Dockerfile with a marker at each restore point) accordingly; adds the timeline rows of both.
     */
    static PreparedCache prepare(Inputs in, String marked, Engine engine, BuildLog log, BuildResult result)
            throws BuildException, IOException, InterruptedException {
        BuildOptions o = in.options();
        CacheSession cache = new CacheSession(in.cacheImage(), in.fallbacks(), in.auth(), o.strictCache, log, result);
        // The phase whose npm ci can run as npm install on the previous install (generated plans only).
        String npmPhase = in.generated() ? NpmIncremental.phase(marked, DockerfileGenerator.BUILD_STAGE) : null;
        List<PhaseInputs.Point> points =
                PhaseInputs.of(marked, ContextDigest.of(in.source()), o.buildArgs, engine::imageId);
        long l0 = System.nanoTime();
        LayerCache layers = LayerCache.lookup(
                in.cacheImage(), cache, engine, o.noCache, points, npmPhase, PhaseInputs.argsDigest(o.buildArgs), log);
        result.timeline.add("layer-cache pull", Timeline.Kind.LAYER_CACHE, (System.nanoTime() - l0) / 1_000_000);
        CacheSession.Restore restored = null;
        if (in.dirs().isEmpty()) {
            log.line("cache: the plan has no cache directories; nothing to restore or save");
        } else {
            restored = cache.find(in.dirs());
            String decision = o.saveDecisionLine();
            if (decision != null) {
                log.line("cache: " + decision);
            }
        }

        long r0 = System.nanoTime();
        Optional<CacheBase.Candidate> candidate = restored == null
                ? Optional.empty()
                : CacheBase.candidate(marked, in.generated(), layers.unused(), restored.dirs());
        CacheBase.Composed base =
                candidate.isPresent() ? cache.composeBase(restored, candidate.get(), engine, in.work()) : null;
        List<LayerDecision> decisions = layers.plan(points, restored, engine, base == null);
        if (!in.dirs().isEmpty()) {
            result.timeline.add(
                    "cache restore",
                    Timeline.Kind.RESTORE,
                    (System.nanoTime() - r0) / 1_000_000,
                    result.bytesRestored,
                    result.dirsRestored.isEmpty()
                            ? "nothing restored"
                            : Sizes.human(result.bytesRestored) + " restored");
        }

        Map<String, Map.Entry<String, List<String>>> restores = new LinkedHashMap<>(LayerDecision.restores(decisions));
        String resolved;
        if (base != null) {
            restores.remove(candidate.get().phase());
            resolved = CacheBase.rebase(
                    CacheHooksImpl.resolve(marked, restores), candidate.get().buildImage(), base.tag());
        } else {
            resolved = CacheHooksImpl.resolve(marked, restores);
            for (LayerDecision d : decisions) {
                if (d.onto() != null) {
                    resolved = NpmIncremental.rebase(resolved, DockerfileGenerator.BUILD_STAGE, d.phase(), d.onto());
                }
            }
        }
        return new PreparedCache(cache, restored, layers, points, decisions, npmPhase, in.generated(), resolved);
    }

    /** The labels of the stage build (the layer cache's record); none without a layer cache. */
    Map<String, String> stageLabels(String buildId) {
        return layers == null ? Map.of() : layers.stageLabels(buildId, points, decisions);
    }

    /**
     * The prefixes of the stage a saving build publishes beside the layer-cache image: its setup steps (generated
     * Dockerfiles with a restore point), and its steps through the npm install when that install ran here: one taken
     * from the layer cache is in the registry as the install image already (and its parents are not all local).
     */
    PrefixImages.Prefixes prefixes(String stage) {
        boolean labelled = layers != null; // the stage then ends with the LABEL step of stageLabels
        SetupImage.Prelude setup = !generated || points.isEmpty()
                ? null
                : SetupImage.prelude(dockerfile, stage, points.get(0).phase(), labelled);
        boolean installTaken =
                decisions.stream().anyMatch(d -> d.take() && d.phase().equals(npmPhase));
        SetupImage.Prelude install =
                npmPhase == null || installTaken ? null : SetupImage.through(dockerfile, stage, npmPhase, labelled);
        return new PrefixImages.Prefixes(setup, install);
    }
}
