package io.jenkins.plugins.nixpacks.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table at the end of a build, and the same rows in the result for the build page. */
class SummaryTest {
    private static BuildResult restoredBuild() {
        BuildResult r = new BuildResult();
        r.cacheImage = "reg/app-cache:main";
        r.bytesRestored = 83_400_000;
        r.bytesSaved = 85_500_000;
        r.dirsSaved.add("/root/.m2/repository");
        r.cacheBytesUploaded = 2_100_000;
        r.cacheBytesSent = 2_100_000;
        r.timeline.add("plan", Timeline.Kind.PLAN, 120);
        r.timeline.add("cache restore", Timeline.Kind.RESTORE, 2_400, 83_400_000, "83.4 MB restored");
        r.timeline.add("phase install", Timeline.Kind.PHASE, 20_100);
        r.timeline.add("phase build", Timeline.Kind.PHASE, 5_000);
        r.timeline.add("cache save", Timeline.Kind.SAVE, 3_100, 85_500_000, "85.5 MB saved, 2.1 MB sent");
        r.totalMillis = 31_000;
        return r;
    }

    @Test
    void oneRowPerStepThenTheTotalAndWhatTheCacheMoved() {
        List<String> lines = Summary.lines(restoredBuild());
        assertThat(lines.get(0)).isEqualTo("Summary: where the time went");
        assertThat(lines)
                .contains(
                        "  plan                           0.1 s",
                        "  cache restore                  2.4 s  83.4 MB restored",
                        "  phase install                 20.1 s",
                        "  cache save                     3.1 s  85.5 MB saved, 2.1 MB sent",
                        "  other                          0.3 s  (temp files, clean-up)",
                        "  total                         31.0 s");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("  cache: 83.4 MB restored, 85.5 MB saved, 2.1 MB sent to the registry, 2.1 MB new"
                        + " (fetched from outside by the build tools)");
    }

    @Test
    void aBuildWhoseInstallTookTheLayerCacheCountsOnlyItsNewLayersAsNew() {
        // Seen on a fresh host: nothing restored (the layer cache filled ~/.m2), 76.5 MB saved, 3.4 MB of new layers.
        BuildResult r = new BuildResult();
        r.cacheImage = "reg/app-cache:main";
        r.bytesSaved = 76_500_000;
        r.dirsSaved.add("/root/.m2/repository");
        r.cacheBytesSent = 3_400_000;
        r.cacheBytesUploaded = 3_400_000;
        assertThat(Summary.fetched(r)).isEqualTo(3_400_000);
        r.dirsSaved.clear();
        assertThat(Summary.fetched(r)).as("nothing saved: nothing known").isZero();
    }

    @Test
    void theResultCarriesTheRowsForACharts() {
        Map<String, Object> m = restoredBuild().toMap();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) m.get("timeline");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(2))
                .containsEntry("name", "phase install")
                .containsEntry("kind", "phase")
                .containsEntry("millis", 20_100L);
        assertThat(m).containsEntry("bytesFetched", 2_100_000L).containsEntry("error", null);
    }

    @Test
    void aFailedBuildSaysSoAboveItsRows() {
        BuildResult r = restoredBuild();
        r.errorMessage = "RUN mvn package failed";
        assertThat(Summary.lines(r).get(0)).isEqualTo("Summary (the build failed): where the time went");
    }
}
