package io.jenkins.plugins.nixpacks.cache;

import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Dockerfile lines of the incremental cache, in classic-builder syntax.
 *
 * <p>Restore is a plain {@code COPY --from=<cache image> /<dir> /<dir>} for each directory the cache image holds;
 * Nixpacks' version built a glob ({@code root?/.npm?}) that never matched anything, so ours names the path itself.
 *
 * <p>Save is one RUN step that tars each directory and streams it to the receiver with curl, or with wget through a
 * base64 temporary file (busybox wget, as in Alpine images, sends its post file as a C string and would cut a tar
 * at its first NUL byte), and always exits 0: a failed upload is a cache miss next time, never a failed build. The upload
 * URLs arrive as a build argument, so the Dockerfile text and the "Step n/m" lines of the log never show a token, and
 * only this last step's layer cache is invalidated by a new token.
 */
public final class CacheDockerfileSteps {
    /** The build argument that carries one upload URL per directory, space separated, in directory order. */
    public static final String URLS_ARG = "NIXPACKS_CACHE_URLS";

    /** What the save step prints; the orchestrator and tests read these. */
    public static final String LOG_PREFIX = "nixpacks-cache:";

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

    /** The ARG and RUN lines that send {@code layerPaths} to the receiver, one URL per path. */
    public static List<String> save(List<String> layerPaths) {
        if (layerPaths.isEmpty()) {
            return List.of();
        }
        StringBuilder dirs = new StringBuilder();
        for (String p : layerPaths) {
            check(p);
            dirs.append(dirs.length() == 0 ? "" : " ").append(p);
        }
        String p = LOG_PREFIX;
        String run = "RUN set +e; "
                + "if command -v curl >/dev/null 2>&1; then f=curl; elif command -v wget >/dev/null 2>&1; then f=wget;"
                + " else f=; fi; "
                + "if [ -z \"$f\" ]; then echo \"" + p
                + " the build image has neither curl nor wget; cache not saved\";"
                + " exit 0; fi; "
                + "set -- $" + URLS_ARG + "; "
                + "for d in " + dirs + "; do u=\"$1\"; shift; "
                + "if [ ! -d \"/$d\" ]; then echo \"" + p + " /$d does not exist; nothing to save\"; continue; fi; "
                + "if [ \"$f\" = curl ]; then tar -C / -cf - \"$d\" | curl -sS --fail -T - -o /dev/null \"$u\"; r=$?; "
                + "else tar -C / -cf - \"$d\" | base64 > /tmp/.nixpacks-cache.b64"
                + " && wget -q -O /dev/null --header \"Content-Type: " + CacheUploadHandler.BASE64_CONTENT_TYPE
                + "\" --post-file=/tmp/.nixpacks-cache.b64 \"$u\"; r=$?; rm -f /tmp/.nixpacks-cache.b64; fi; "
                + "if [ \"$r\" = 0 ]; then echo \"" + p + " sent /$d with $f\";"
                + " else echo \"" + p + " sending /$d failed ($f exit $r); it is not saved\"; fi; "
                + "done; exit 0";
        return List.of("ARG " + URLS_ARG, run);
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
