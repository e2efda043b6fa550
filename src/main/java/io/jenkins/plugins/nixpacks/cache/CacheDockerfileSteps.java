package io.jenkins.plugins.nixpacks.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Dockerfile lines of the incremental cache, in classic-builder syntax: only the restore. The save is no step of
 * the build; the agent reads the directories from the build stage afterwards (see {@code build.CacheSave}).
 *
 * <p>Restore is a plain {@code COPY --from=<cache image> /<dir> /<dir>} for each directory the cache image holds;
 * Nixpacks' version built a glob ({@code root?/.npm?}) that never matched anything, so ours names the path itself.
 */
public final class CacheDockerfileSteps {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._@+=:/-]+");

    private CacheDockerfileSteps() {}

    /** COPY lines restoring {@code layerPaths} (absolute paths without the leading slash) from {@code image}. */
    public static List<String> restore(String image, List<String> layerPaths) {
        List<String> out = new ArrayList<>();
        for (String p : layerPaths) {
            check(p);
            out.add("COPY --from=" + image + " /" + p + " /" + p);
        }
        return out;
    }

    private static void check(String layerPath) {
        if (layerPath.isEmpty()
                || layerPath.startsWith("/")
                || !SAFE_PATH.matcher(layerPath).matches()
                || layerPath.contains("..")) {
            throw new IllegalArgumentException("cache directory '/" + layerPath + "' cannot be used in a Dockerfile:"
                    + " use letters, digits and . _ @ + = : - / only");
        }
    }
}
