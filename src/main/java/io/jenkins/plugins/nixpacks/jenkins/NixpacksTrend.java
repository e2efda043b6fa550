package io.jenkins.plugins.nixpacks.jenkins;

import java.util.ArrayList;
import java.util.List;

/**
 * The job page's trend: per run, the time its Nixpacks builds took and the share of cache directories they
 * restored. Plain data, computed from the runs' records, oldest first.
 */
final class NixpacksTrend {
    /** How many runs the chart shows. */
    static final int RUNS = 30;

    /** One run: its number, Nixpacks time, directories restored and carried. */
    record Point(int number, long millis, int hits, int dirs) {
        /** Percent of the directories restored; 0 when the run carried none. */
        int hitRate() {
            return dirs == 0 ? 0 : Math.round(100f * hits / dirs);
        }
    }

    private NixpacksTrend() {}

    /**
     * The points of the newest {@link #RUNS} runs that have one, oldest first, from points given newest first.
     */
    static List<Point> newest(Iterable<Point> newestFirst) {
        List<Point> out = new ArrayList<>();
        for (Point p : newestFirst) {
            if (out.size() == RUNS) {
                break;
            }
            out.add(0, p);
        }
        return out;
    }

    /** The chart script's input: {@code {"builds":["#1",...],"seconds":[...],"hitRate":[...]}}. */
    static String json(List<Point> points) {
        List<String> builds = new ArrayList<>();
        List<String> seconds = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        for (Point p : points) {
            builds.add(Json.string("#" + p.number()));
            seconds.add(Json.seconds(p.millis()));
            rates.add(Integer.toString(p.hitRate()));
        }
        return "{\"builds\":[" + String.join(",", builds) + "],\"seconds\":[" + String.join(",", seconds)
                + "],\"hitRate\":[" + String.join(",", rates) + "]}";
    }
}
