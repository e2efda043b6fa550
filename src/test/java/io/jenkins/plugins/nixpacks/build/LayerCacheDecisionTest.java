package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import io.jenkins.plugins.nixpacks.cache.image.CacheImage;
import io.jenkins.plugins.nixpacks.docker.ContextDigest;
import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-phase decision of the layer cache over its inputs: recorded against current, without an engine. */
class LayerCacheDecisionTest {
    private static final ImageReference LAYERS = ImageReference.parse("reg.example:5000/team/app-cache:main-build");
    private static final ImageReference CACHE = ImageReference.parse("reg.example:5000/team/app-cache:main");
    private static final String OLD = "reg.example:5000/team/app-cache@sha256:" + "a".repeat(64);

    @TempDir
    Path dir;

    /** What the engine says the build image's id is. */
    private String baseId = "sha256:" + "b".repeat(64);

    /** A dependency-first Dockerfile, restore points still markers, as the generator writes it with points(). */
    private static String marked(String installCmd) {
        return String.join(
                "\n",
                "FROM node:20 AS build",
                "WORKDIR /app/",
                "",
                "# install phase",
                "COPY package.json /app/package.json",
                "COPY package-lock.json /app/package-lock.json",
                CacheHooksImpl.POINT + "install root/.npm",
                "RUN " + installCmd,
                "",
                "# build phase",
                "COPY . /app/.",
                CacheHooksImpl.POINT + "build app/node_modules/.cache",
                "RUN npm run build",
                "",
                "# after the last phase",
                "FROM node:20",
                "COPY --from=build /app /app",
                "");
    }

    @BeforeEach
    void app() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"name\":\"a\"}");
        Files.writeString(dir.resolve("package-lock.json"), "{\"lockfileVersion\":3}");
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/index.js"), "console.log(1)");
    }

    private List<PhaseInputs.Point> points(String installCmd) throws Exception {
        return PhaseInputs.of(marked(installCmd), ContextDigest.of(dir), Map.of(), image -> baseId);
    }

    private static CacheSession.Restore cache() {
        return cache(Map.of());
    }

    private static CacheSession.Restore cache(Map<String, String> labels) {
        Digest manifest = Digest.parse("sha256:" + "c".repeat(64));
        CacheImage image = new CacheImage(
                manifest,
                List.of(
                        new CacheImage.Layer("root/.npm", Digest.parse("sha256:" + "1".repeat(64)), 83L << 20),
                        new CacheImage.Layer(
                                "app/node_modules/.cache", Digest.parse("sha256:" + "2".repeat(64)), 1L << 20)),
                labels);
        List<CacheDir> dirs = List.of(CacheDir.of("/root/.npm"), CacheDir.of("node_modules/.cache"));
        return new CacheSession.Restore(CACHE, CACHE.withDigest(manifest), image, dirs, 84L << 20);
    }

    /** The record a build that made these decisions labels its stage with, read back as the next build reads it. */
    private static LayerRecord recorded(List<PhaseInputs.Point> points, List<LayerDecision> decisions) {
        return LayerRecord.parse(
                LayerDecision.record("build-1", points, decisions, null).toJson());
    }

    @Test
    void eachPointHasItsOwnInputsAndTheDirsItsHookWasGiven() throws Exception {
        List<PhaseInputs.Point> p = points("npm ci");
        assertThat(p).extracting(PhaseInputs.Point::phase).containsExactly("install", "build");
        assertThat(p.get(0).dirs()).containsExactly("root/.npm");
        assertThat(p.get(0).files()).containsOnlyKeys("package.json", "package-lock.json");
        assertThat(p.get(1).files()).containsOnlyKeys(".");
    }

    @Test
    void noLayerCacheRestoresEveryPoint() throws Exception {
        List<LayerDecision> d = LayerDecision.decide(null, LAYERS, points("npm ci"), cache(), null, Set.of(), null);
        assertThat(d).extracting(LayerDecision::take).containsExactly(false, false);
        assertThat(d.get(0).reason())
                .isEqualTo("install: no layer cache; restoring 1 dir /root/.npm (87.0 MB) from " + CACHE);
        assertThat(d.get(0).restoreFrom()).isEqualTo(cache().pinned());
    }

    @Test
    void aSourceOnlyChangeTakesTheInstallWithoutRestoreAndRestoresTheBuild() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerRecord rec = recorded(before, LayerDecision.decide(null, LAYERS, before, null, null, Set.of(), null));

        Files.writeString(dir.resolve("src/index.js"), "console.log(2)");
        List<LayerDecision> d = LayerDecision.decide(rec, LAYERS, points("npm ci"), cache(), null, Set.of(), null);
        assertThat(d.get(0).take()).isTrue();
        assertThat(d.get(0).restoreFrom())
                .as("the newer cache must not change the install's key")
                .isNull();
        assertThat(d.get(0).reason())
                .startsWith("install: inputs unchanged since " + LAYERS + " (sha256:")
                .endsWith("; taking the layer cache, no restore");
        assertThat(d.get(1).take()).isFalse();
        assertThat(d.get(1).reason())
                .startsWith("build: the app's files changed; restoring 1 dir /app/node_modules/.cache");
    }

    @Test
    void aLockfileChangeWithThePreviousInstallPulledRunsOnItRestoresNothingAndIsRecordedSo() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerRecord rec = recorded(before, LayerDecision.decide(null, LAYERS, before, null, null, Set.of(), null));
        ImageReference deps = ImageReference.parse("reg.example:5000/team/app-cache@sha256:" + "d".repeat(64));

        Files.writeString(dir.resolve("package-lock.json"), "{\"lockfileVersion\":3,\"packages\":{}}");
        List<PhaseInputs.Point> now = points("npm ci");
        List<LayerDecision> d = LayerDecision.decide(
                rec, LAYERS, now, cache(), null, Set.of(), new LayerDecision.Onto("install", deps, 0));
        assertThat(d.get(0).take()).isFalse();
        assertThat(d.get(0).onto()).isEqualTo(deps);
        assertThat(d.get(0).depth()).isEqualTo(1);
        assertThat(d.get(0).copyFrom())
                .as("node_modules and ~/.npm are in the previous install")
                .isNull();
        assertThat(d.get(0).reason())
                .isEqualTo("install: package-lock.json changed; npm install on the previous install " + deps
                        + " (1 of at most 3 stacked), nothing restored");
        assertThat(d.get(1).restoreFrom())
                .as("a later point restores as after any change")
                .isEqualTo(cache().pinned());

        // The next build with the same lockfile takes it, on the same image, as recorded.
        LayerRecord after = recorded(now, d);
        assertThat(after.point("install").onto()).isEqualTo(deps.toString());
        assertThat(after.point("install").depth()).isEqualTo(1);
        Files.writeString(dir.resolve("src/index.js"), "console.log(3)");
        List<LayerDecision> next = LayerDecision.decide(after, LAYERS, points("npm ci"), cache(), null, Set.of(), null);
        assertThat(next.get(0).take()).isTrue();
        assertThat(next.get(0).onto()).isEqualTo(deps);
        assertThat(next.get(0).depth()).isEqualTo(1);
        assertThat(next.get(0).reason())
                .endsWith("taking the layer cache, on " + deps + " as when it was built (an incremental npm install)");

        // Its install image cannot be pulled: the install runs again the usual way, restoring ~/.npm.
        List<LayerDecision> lost =
                LayerDecision.decide(after, LAYERS, points("npm ci"), cache(), null, Set.of("install"), null);
        assertThat(lost.get(0).take()).isFalse();
        assertThat(lost.get(0).onto()).isNull();
        assertThat(lost.get(0).dirs()).containsExactly("root/.npm");
    }

    @Test
    void onlyTheFirstPointRunsOnThePreviousInstall() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerRecord rec = recorded(before, LayerDecision.decide(null, LAYERS, before, null, null, Set.of(), null));
        ImageReference deps = ImageReference.parse("reg.example:5000/team/app-cache@sha256:" + "d".repeat(64));
        Files.writeString(dir.resolve("src/index.js"), "console.log(2)");
        List<LayerDecision> d = LayerDecision.decide(
                rec, LAYERS, points("npm ci"), cache(), null, Set.of(), new LayerDecision.Onto("build", deps, 0));
        assertThat(d).extracting(LayerDecision::onto).containsOnlyNulls();
    }

    @Test
    void aLockfileChangeRestoresTheInstallAndEveryLaterPoint() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerRecord rec = recorded(before, LayerDecision.decide(null, LAYERS, before, null, null, Set.of(), null));
        Files.writeString(dir.resolve("package-lock.json"), "{\"lockfileVersion\":3,\"x\":1}");
        List<LayerDecision> d = LayerDecision.decide(rec, LAYERS, points("npm ci"), cache(), null, Set.of(), null);
        assertThat(d.get(0).reason()).startsWith("install: package-lock.json changed; restoring 1 dir /root/.npm");
        assertThat(d.get(1).take()).isFalse();
    }

    @Test
    void aChangedCommandIsAChangeEvenWithTheSameFiles() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerRecord rec = recorded(before, LayerDecision.decide(null, LAYERS, before, null, null, Set.of(), null));
        List<LayerDecision> d =
                LayerDecision.decide(rec, LAYERS, points("npm ci --prefer-offline"), cache(), null, Set.of(), null);
        assertThat(d.get(0).reason()).startsWith("install: its Dockerfile lines or base image changed; restoring");
    }

    @Test
    void aBaseImageTagThatMovedIsAChange() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerRecord rec = recorded(before, LayerDecision.decide(null, LAYERS, before, null, null, Set.of(), null));
        baseId = "sha256:" + "d".repeat(64);
        List<LayerDecision> d = LayerDecision.decide(rec, LAYERS, points("npm ci"), cache(), null, Set.of(), null);
        assertThat(d.get(0).take())
                .as("the layer cache would miss: restore, so the install runs warm")
                .isFalse();
        assertThat(d.get(0).reason()).startsWith("install: its Dockerfile lines or base image changed");
        Set<String> stages = new java.util.HashSet<>();
        assertThat(PhaseInputs.fromImage("FROM node:20 AS build", stages)).isEqualTo("node:20");
        assertThat(PhaseInputs.fromImage("FROM build AS app", stages)).isNull();
        assertThat(PhaseInputs.fromImage("FROM --platform=linux/amd64 debian:12", stages))
                .isEqualTo("debian:12");
    }

    @Test
    void aPointRecordedWithARestoreIsRebuiltWithThatVeryImage() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerDecision restoredOld =
                new LayerDecision("install", false, null, ImageReference.parse(OLD), List.of("root/.npm"), "");
        LayerRecord rec = recorded(before, List.of(restoredOld));
        assertThat(rec.point("install").restoredFrom()).isEqualTo(OLD);

        List<LayerDecision> d = LayerDecision.decide(rec, LAYERS, points("npm ci"), cache(), null, Set.of(), null);
        assertThat(d.get(0).take()).isTrue();
        assertThat(d.get(0).restoreFrom())
                .as("the recorded image, not the newer cache")
                .hasToString(OLD);
        assertThat(d.get(0).dirs()).containsExactly("root/.npm");

        // Cannot pull the old one: decided again as changed, from the current cache.
        List<LayerDecision> again =
                LayerDecision.decide(rec, LAYERS, points("npm ci"), cache(), null, Set.of("install"), null);
        assertThat(again.get(0).take()).isFalse();
        assertThat(again.get(0).restoreFrom()).isEqualTo(cache().pinned());
        assertThat(again.get(0).reason()).contains("cannot be pulled");
    }

    @Test
    void aChangedPointCopiesFromThePulledStageWhenTheSameBuildSavedTheCacheAndNoPullIsNeeded() throws Exception {
        ImageReference stage = LAYERS.withDigest(Digest.parse("sha256:" + "5".repeat(64)));
        CacheSession.Restore saved = cache(Map.of(
                CacheImage.LABEL_BUILD,
                "build-1",
                LayerCache.LABEL_FRESH,
                LayerCache.freshLabel(List.of("root/.npm"))));
        List<LayerDecision> d = LayerDecision.decide(null, LAYERS, points("npm ci"), saved, stage, Set.of(), null);
        assertThat(d.get(0).copyFrom())
                .as("the same files, already on the engine")
                .isEqualTo(stage);
        assertThat(d.get(0).restoreFrom())
                .as("recorded: the cache image, for a rebuild")
                .isEqualTo(saved.pinned());
        assertThat(d.get(0).reason()).contains("pulled already");
        assertThat(d.get(1).copyFrom())
                .as("node_modules/.cache was kept from an older image, so the stage may lack it")
                .isEqualTo(saved.pinned());
        assertThat(LayerDecision.record("build-2", points("npm ci"), d, null)
                        .point("install")
                        .restoredFrom())
                .isEqualTo(saved.pinned().toString());
    }

    @Test
    void theRestoreLinesGoWhereTheMarkersWere() throws Exception {
        List<LayerDecision> d = LayerDecision.decide(null, LAYERS, points("npm ci"), cache(), null, Set.of(), null);
        String out = CacheHooksImpl.resolve(marked("npm ci"), LayerDecision.restores(d));
        assertThat(out)
                .doesNotContain(CacheHooksImpl.POINT)
                .contains("COPY package-lock.json /app/package-lock.json\nCOPY --from=" + cache().pinned()
                        + " /root/.npm /root/.npm\nRUN npm ci")
                .endsWith("COPY --from=build /app /app\n");
        assertThat(CacheHooksImpl.resolve(marked("npm ci"), Map.of()))
                .doesNotContain("#nixpacks")
                .contains("COPY package-lock.json /app/package-lock.json\nRUN npm ci");
    }

    @Test
    void aRecordThatIsNotOursIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LayerRecord.parse("{\"version\":7}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(LayerRecord.LABEL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LayerRecord.parse("not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copySourcesSkipFromCopiesAndFlags() {
        assertThat(PhaseInputs.copySources("COPY --chown=1000 a b /app/")).containsExactly("a", "b");
        assertThat(PhaseInputs.copySources("COPY --from=build /app /app")).isEmpty();
        assertThat(PhaseInputs.copySources("COPY [\"x y\", \"/app/\"]")).containsExactly("x y");
        assertThat(PhaseInputs.copySources("RUN cp a b")).isEmpty();
    }

    @Test
    void theLayerCacheIsWorthItOnlyWhenSomePhaseCopiesLessThanTheWholeApp() {
        PhaseInputs.Point install = new PhaseInputs.Point(
                "install", List.of("root/.npm"), "sha256:1", "sha256:2", Map.of("package.json", "sha256:3"));
        PhaseInputs.Point build = new PhaseInputs.Point(
                "build", List.of("root/.cache/go-build"), "sha256:4", "sha256:5", Map.of(".", "sha256:6"));
        assertThat(LayerCache.canTakeAPhase(List.of(install, build))).isTrue();
        assertThat(LayerCache.canTakeAPhase(List.of(build)))
                .as("vendored Go: the only phase copies the whole app, so no phase could ever be taken")
                .isFalse();
        assertThat(LayerCache.canTakeAPhase(List.of())).isFalse();
    }

    @Test
    void theLayerCacheIsPulledOnlyWhenItsFirstPhaseCanBeTaken() throws Exception {
        List<PhaseInputs.Point> before = points("npm ci");
        LayerRecord rec = recorded(before, LayerDecision.decide(null, LAYERS, before, null, null, Set.of(), null));

        Files.writeString(dir.resolve("src/index.js"), "console.log(2)");
        assertThat(LayerCache.noneTaken(rec, points("npm ci")))
                .as("a source-only change: the install can be taken, so the stage is worth its pull")
                .isNull();

        Files.writeString(dir.resolve("package-lock.json"), "{\"lockfileVersion\":3,\"packages\":{}}");
        assertThat(LayerCache.noneTaken(rec, points("npm ci")))
                .as("the lockfile changed: no phase can be taken, the pull would buy nothing")
                .isEqualTo("install: package-lock.json changed");

        assertThat(LayerCache.noneTaken(rec, points("npm ci --no-audit")))
                .isEqualTo("install: package-lock.json changed");
        Files.writeString(dir.resolve("package-lock.json"), "{\"lockfileVersion\":3}");
        assertThat(LayerCache.noneTaken(rec, points("npm ci --no-audit")))
                .isEqualTo("install: its Dockerfile lines or base image changed");
        baseId = "sha256:" + "d".repeat(64);
        assertThat(LayerCache.noneTaken(rec, points("npm ci")))
                .as("another base image under the same tag")
                .isEqualTo("install: its Dockerfile lines or base image changed");
        assertThat(LayerCache.noneTaken(rec, List.of())).isEqualTo("the plan has no restore point");
    }
}
