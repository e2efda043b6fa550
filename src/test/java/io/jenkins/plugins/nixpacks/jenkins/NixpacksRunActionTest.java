package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.nixpacks.build.BuildResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;
import org.junit.jupiter.api.Test;

/** The run's Nixpacks page and the job's trend, as far as the facade allows: data, stored shape, views. */
class NixpacksRunActionTest {
    private static final String VIEWS = "/io/jenkins/plugins/nixpacks/jenkins/";

    static BuildResult result(long total, List<String> carried, List<String> restored) {
        BuildResult r = new BuildResult();
        r.image = "reg.example/app:7";
        r.imageId = "sha256:1111";
        r.pushedDigest = "sha256:2222";
        r.cacheImage = "reg.example/app-cache:main";
        r.cacheRestoredFrom = restored.isEmpty() ? null : "reg.example/app-cache:main";
        r.cacheImageDigest = "sha256:3333";
        r.layerCachePulled = "reg.example/app-cache@sha256:4444";
        r.phasesFromLayerCache = new ArrayList<>(List.of("install"));
        r.providers = new ArrayList<>(List.of("node"));
        r.plan = new ArrayList<>(List.of("Build plan (providers: node)", "  phase install", "    $ npm ci"));
        r.cacheDirs = new ArrayList<>(carried);
        r.dirsRestored = new ArrayList<>(restored);
        r.dirsSaved = new ArrayList<>(carried);
        r.bytesRestored = 5_000_000;
        r.bytesSaved = 6_000_000;
        r.cacheBytesUploaded = 1_000_000;
        r.restoreMillis = 1_200;
        r.buildMillis = 20_000;
        r.saveMillis = 2_300;
        r.totalMillis = total;
        return r;
    }

    @Test
    void theChartHasTheBuildsOwnRowsPerPhaseWhenTheResultHasThem() {
        BuildResult b = result(30_000, List.of("/root/.npm"), List.of("/root/.npm"));
        b.timeline.add("plan", io.jenkins.plugins.nixpacks.build.Timeline.Kind.PLAN, 300);
        b.timeline.add("phase install", io.jenkins.plugins.nixpacks.build.Timeline.Kind.PHASE, 14_000);
        b.timeline.add("phase build", io.jenkins.plugins.nixpacks.build.Timeline.Kind.PHASE, 6_500);
        b.timeline.add("cache save", io.jenkins.plugins.nixpacks.build.Timeline.Kind.SAVE, 2_300);

        NixpacksRecord r = NixpacksRecord.of(b);

        assertThat(r.getTimeline())
                .containsExactly(
                        new NixpacksRecord.Span("plan", 300),
                        new NixpacksRecord.Span("phase install", 14_000),
                        new NixpacksRecord.Span("phase build", 6_500),
                        new NixpacksRecord.Span("cache save", 2_300));
        assertThat(r.getTimelineJson())
                .isEqualTo("{\"names\":[\"plan\",\"phase install\",\"phase build\",\"cache save\"],"
                        + "\"seconds\":[0.3,14.0,6.5,2.3]}");
    }

    @Test
    void theRecordShowsEachDirectorysHitOrMissAndWhereTheTimeWent() {
        NixpacksRecord r = NixpacksRecord.of(
                result(30_000, List.of("/root/.npm", "/app/node_modules/.cache"), List.of("/root/.npm")));

        assertThat(r.getDirectories())
                .containsExactly(
                        new NixpacksRecord.Directory("/root/.npm", true, true),
                        new NixpacksRecord.Directory("/app/node_modules/.cache", false, true));
        assertThat(r.getHits()).isEqualTo(1);
        assertThat(r.getTimeline())
                .extracting(NixpacksRecord.Span::millis)
                .containsExactly(1_200L, 20_000L, 2_300L, 6_500L);
        assertThat(r.getTimeline().stream()
                        .mapToLong(NixpacksRecord.Span::millis)
                        .sum())
                .as("the parts add up to the step's time")
                .isEqualTo(30_000L);
        assertThat(r.getTimelineJson())
                .isEqualTo("{\"names\":[\"restore\",\"image build\",\"save\",\"plan, pulls, push\"],"
                        + "\"seconds\":[1.2,20.0,2.3,6.5]}");
        assertThat(r.getProviders()).containsExactly("node");
        assertThat(r.getPlan()).contains("    $ npm ci");
        assertThat(r.getPushedDigest()).isEqualTo("sha256:2222");
        assertThat(r.getLayerCachePulled()).isEqualTo("reg.example/app-cache@sha256:4444");
        assertThat(r.getPhasesFromLayerCache()).containsExactly("install");
        assertThat(NixpacksRecord.size(r.getBytesRestored())).isNotBlank();
    }

    @Test
    void aTokenInAWarningNeverReachesTheStoredRecord() {
        BuildResult b = result(1, List.of(), List.of());
        b.warnings.add("save: curl: (22) http://jenkins:8080/nixpacks-cache/eyJzIjoiMSJ9.c2ln/0 returned 403");

        NixpacksRecord r = NixpacksRecord.of(b);

        assertThat(r.getWarnings())
                .containsExactly("save: curl: (22) http://jenkins:8080/nixpacks-cache/****/0 returned 403");
    }

    @Test
    void aRunWithSeveralBuildsGetsOnePageWithEachOfThem() throws IOException {
        FakeRun run = new FakeRun(5, null);

        NixpacksRunAction.record(run, result(10_000, List.of("/a", "/b"), List.of("/a", "/b")));
        NixpacksRunAction.record(run, result(20_000, List.of("/c"), List.of()));

        assertThat(run.actions).hasSize(1);
        NixpacksRunAction action = (NixpacksRunAction) run.actions.get(0);
        assertThat(action.getBuilds()).hasSize(2);
        assertThat(action.point(5)).isEqualTo(new NixpacksTrend.Point(5, 30_000, 2, 3));
        assertThat(action.point(5).hitRate()).isEqualTo(67);
        assertThat(action.getUrlName()).isEqualTo("nixpacks");
        assertThat(action.getIconFileName()).isEqualTo("symbol-cube");
        assertThat(action).isInstanceOf(RunAction2.class).isInstanceOf(SimpleBuildStep.LastBuildAction.class);
    }

    @Test
    void theTrendWalksBackOverRunsOldestFirstSkippingRunsWithoutABuild() throws IOException {
        FakeRun r1 = new FakeRun(1, null);
        NixpacksRunAction.record(r1, result(60_000, List.of("/a"), List.of()));
        FakeRun r2 = new FakeRun(2, r1); // failed before the step: no page
        FakeRun r3 = new FakeRun(3, r2);
        NixpacksRunAction.record(r3, result(15_000, List.of("/a"), List.of("/a")));
        NixpacksRunAction action = (NixpacksRunAction) r3.actions.get(0);
        action.onAttached(r3);

        List<? extends Action> projectActions = List.copyOf(action.getProjectActions());
        assertThat(projectActions).hasSize(1).first().isInstanceOf(NixpacksJobAction.class);
        NixpacksJobAction job = (NixpacksJobAction) projectActions.get(0);

        assertThat(job.getPoints())
                .containsExactly(new NixpacksTrend.Point(1, 60_000, 0, 1), new NixpacksTrend.Point(3, 15_000, 1, 1));
        assertThat(job.getTrendJson())
                .isEqualTo("{\"builds\":[\"#1\",\"#3\"],\"seconds\":[60.0,15.0],\"hitRate\":[0,100]}");
        assertThat(job.getUrlName()).as("only a floating box on the job page").isNull();
    }

    @Test
    void theTrendShowsTheNewestRunsOnly() {
        List<NixpacksTrend.Point> newestFirst = new ArrayList<>();
        for (int n = 100; n > 0; n--) {
            newestFirst.add(new NixpacksTrend.Point(n, n * 1000L, n % 2, 1));
        }

        List<NixpacksTrend.Point> shown = NixpacksTrend.newest(newestFirst);

        assertThat(shown).hasSize(NixpacksTrend.RUNS);
        assertThat(shown.get(0).number()).isEqualTo(71);
        assertThat(shown.get(shown.size() - 1).number()).isEqualTo(100);
        assertThat(new NixpacksTrend.Point(1, 0, 0, 0).hitRate())
                .as("no directories: no hits")
                .isZero();
    }

    /** A record stored before the layer cache was recorded has no list of phases: read as none. */
    @Test
    void aRecordStoredBeforeTheLayerCacheWasShownReadsAsNone() throws Exception {
        NixpacksRecord r = NixpacksRecord.of(result(1, List.of(), List.of()));
        Field f = NixpacksRecord.class.getDeclaredField("phasesFromLayerCache");
        f.setAccessible(true);
        f.set(r, null); // XStream leaves a field out of the old build.xml null: no constructor runs
        assertThat(r.getPhasesFromLayerCache()).isEmpty();
    }

    /** build.xml holds the records through XStream: plain fields only, and the run is never stored. */
    @Test
    void theStoredFieldsAreStringsNumbersAndListsOfThem() throws Exception {
        Set<Class<?>> plain = Set.of(String.class, long.class, int.class, boolean.class);
        List<String> odd = new ArrayList<>();
        for (Class<?> c : List.of(NixpacksRecord.class, NixpacksRunAction.class)) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)) {
                    continue;
                }
                if (Modifier.isTransient(m)) {
                    assertThat(f.getType()).as("only the run is transient").isEqualTo(Run.class);
                    continue;
                }
                if (plain.contains(f.getType())) {
                    continue;
                }
                if (f.getType() == List.class
                        && f.getGenericType() instanceof ParameterizedType p
                        && Set.of(String.class, Long.class, NixpacksRecord.class)
                                .contains(p.getActualTypeArguments()[0])) {
                    continue;
                }
                odd.add(c.getSimpleName() + "." + f.getName() + ": " + f.getGenericType());
            }
        }
        assertThat(odd).isEmpty();
        assertThat(NixpacksRecord.class.getDeclaredConstructor().getParameterCount())
                .as("a no-argument constructor for XStream")
                .isZero();
    }

    @Test
    void theViewsExistAndUseTheEchartsAdjunct() throws IOException {
        String page = resource(VIEWS + "NixpacksRunAction/index.jelly");
        String box = resource(VIEWS + "NixpacksJobAction/floatingBox.jelly");
        String script = resource(VIEWS + "charts.js");

        for (String view : List.of(page, box)) {
            // The adjunct echarts-api defines (io/jenkins/plugins/echarts.jelly) and ours that draws with it.
            assertThat(view)
                    .contains("<st:adjunct includes=\"io.jenkins.plugins.echarts\"/>")
                    .contains("<st:adjunct includes=\"io.jenkins.plugins.nixpacks.jenkins.charts\"/>")
                    .contains("escape-by-default='true'")
                    .doesNotContain("<script");
        }
        assertThat(page)
                .contains("${b.timelineJson}")
                .contains("${d.hit() ? 'hit' : 'miss'}")
                .contains("${b.layerCachePulled ?: 'not pulled'}")
                .contains("b.phasesFromLayerCache");
        assertThat(box).contains("${action.trendJson}");
        assertThat(script)
                .contains("echarts.init")
                .contains("nixpacks-timeline")
                .contains("nixpacks-trend");
    }

    @Test
    void chartJsonCannotBreakOutOfItsAttribute() {
        assertThat(Json.string("a\"</div><script>\\\n"))
                .isEqualTo("\"a\\\"\\u003c/div\\u003e\\u003cscript\\u003e\\\\\\u000a\"");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NixpacksRunActionTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A run with a number, a previous run and actions: the part of Run the page and the trend read. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class FakeRun extends Run {
        final List<Action> actions = new ArrayList<>();
        private final int number;
        private final FakeRun previous;

        FakeRun(int number, FakeRun previous) throws IOException {
            super(null);
            this.number = number;
            this.previous = previous;
        }

        @Override
        public void addAction(Action a) {
            actions.add(a);
            if (a instanceof RunAction2 r) {
                r.onAttached(this);
            }
        }

        @Override
        public Action getAction(Class type) {
            for (Action a : actions) {
                if (type.isInstance(a)) {
                    return a;
                }
            }
            return null;
        }

        @Override
        public Run getPreviousBuild() {
            return previous;
        }

        @Override
        public int getNumber() {
            return number;
        }
    }
}
