package io.jenkins.plugins.nixpacks.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table at the end of every build log: where the time went, and what the cache moved. */
public final class Summary {
    private Summary() {}

    public static final String TITLE = "Summary";

    public static List<String> lines(BuildResult r) {
        List<String> out = new ArrayList<>();
        out.add(TITLE + (r.errorMessage != null ? " (the build failed)" : "") + ": where the time went");
        long accounted = 0;
        for (Timeline.Entry e : r.timeline.entries()) {
            out.add(row(e.name(), e.millis(), e.note()));
            accounted += e.millis();
        }
        if (r.totalMillis > accounted + 50) {
            out.add(row("other", r.totalMillis - accounted, "(temp files, clean-up)"));
        }
        out.add(row("total", r.totalMillis, ""));
        if (r.cacheImage != null) {
            out.add(String.format(
                    Locale.ROOT,
                    "  cache: %s restored, %s saved, %s sent to the registry, %s new (fetched from outside by the build"
                            + " tools)",
                    Sizes.human(r.bytesRestored),
                    Sizes.human(r.bytesSaved),
                    Sizes.human(r.cacheBytesUploaded),
                    Sizes.human(fetched(r))));
        }
        return out;
    }

    /**
     * What is new in the cache directories after this build: the bytes of the layers the registry did not hold yet,
     * about what the build tools fetched. Not the saved size less the restored size: a phase that took the layer
     * cache filled its directories without a restore, from nothing fetched. 0 when nothing was saved; {@code bench/}
     * measures the real bytes through its proxy.
     */
    public static long fetched(BuildResult r) {
        return r.dirsSaved.isEmpty() ? 0 : r.cacheBytesSent;
    }

    private static String row(String name, long millis, String note) {
        return String.format(Locale.ROOT, "  %-26s %9s  %s", name, Sizes.seconds(millis), note)
                .stripTrailing();
    }
}
