package io.jenkins.plugins.nixpacks.build;

import java.util.Locale;

/**
 * Sizes and times as a person reads them in a log line. Sizes are decimal (1 MB = 1,000,000 bytes), as {@code docker
 * images} and registries print them, so the numbers here and there agree; results carry exact bytes.
 */
public final class Sizes {
    private Sizes() {}

    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    public static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double v = bytes;
        int u = -1;
        // Round first, so 999,950 bytes reads "1.0 MB", not "1000 kB".
        while (u < UNITS.length - 1 && Math.round(v * 10) / 10.0 >= 999.95) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, UNITS[u]);
    }

    public static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
