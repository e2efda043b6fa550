package io.jenkins.plugins.nixpacks.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * One cache directory of a build plan: the path as the plan writes it ({@code /root/.npm}, {@code ~/.npm},
 * {@code node_modules/.cache}, {@code .m2/repository}) and where it lives in the build container ({@code ~} is
 * {@code /root}, a relative path is under {@code /app}).
 *
 * <p>Validated on construction: the path goes into Dockerfile lines and shell commands unquoted, so only a
 * conservative set of characters is allowed, and {@code ..}, the root folder and {@code /app} itself are refused
 * (the build stage removes cache directories under {@code /app}, which must never be the app itself).
 *
 * <p>Two spellings of the same folder ({@code ~/.npm} and {@code /root/.npm}) are equal: identity is the absolute
 * path.
 */
public final class CacheDir {
    /** Where the generated Dockerfile puts the source and where relative cache directories live. */
    public static final String APP_DIR = "/app";

    private static final String HOME_DIR = "/root";

    private final String path;
    private final String absolutePath;

    private CacheDir(String path, String absolutePath) {
        this.path = path;
        this.absolutePath = absolutePath;
    }

    /**
     * Parses a cache directory as written in a plan, a config file, an environment variable or a step option.
     *
     * @throws IllegalArgumentException with a message naming the directory and what is wrong with it
     */
    public static CacheDir of(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("A cache directory is empty; give a folder such as /root/.npm.");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!allowed(c)) {
                throw new IllegalArgumentException("Cache directory '" + printable(path) + "' contains "
                        + describe(c) + ", which cannot be used in a Dockerfile line; use letters, digits and"
                        + " . _ - / ~ @ + = : only.");
            }
        }
        String expanded;
        if (path.equals("~") || path.startsWith("~/")) {
            expanded = HOME_DIR + path.substring(1);
        } else if (path.startsWith("~")) {
            throw new IllegalArgumentException("Cache directory '" + path + "' names another user's home folder;"
                    + " only ~ (the build user's home, /root) is supported.");
        } else if (path.startsWith("/")) {
            expanded = path;
        } else {
            expanded = APP_DIR + "/" + path;
        }
        if (expanded.indexOf('~') >= 0) {
            throw new IllegalArgumentException(
                    "Cache directory '" + path + "' has a ~ inside it; ~ is only understood at the start.");
        }
        List<String> parts = new ArrayList<>();
        for (String part : expanded.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new IllegalArgumentException(
                        "Cache directory '" + path + "' contains '..'; give the folder without going up.");
            }
            parts.add(part);
        }
        String absolute = "/" + String.join("/", parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cache directory '" + path + "' is the root folder; give a folder such as /root/.npm.");
        }
        if (absolute.equals(APP_DIR)) {
            throw new IllegalArgumentException("Cache directory '" + path + "' is the app folder " + APP_DIR
                    + " itself; give a folder inside it, such as node_modules/.cache.");
        }
        return new CacheDir(path, absolute);
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || ".-_/~@+=:".indexOf(c) >= 0;
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        if (c == 0) {
            return "a NUL character";
        }
        if (Character.isISOControl(c)) {
            return "a control character";
        }
        return "'" + c + "'";
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return b.toString();
    }

    /** The path as the plan writes it, e.g. {@code ~/.npm} or {@code node_modules/.cache}. */
    public String path() {
        return path;
    }

    /** The absolute path in the build container, e.g. {@code /root/.npm} or {@code /app/node_modules/.cache}. */
    public String absolutePath() {
        return absolutePath;
    }

    /** The absolute path without its leading slash, as a tar entry or image layer holds it: {@code root/.npm}. */
    public String layerPath() {
        return absolutePath.substring(1);
    }

    /** True for a folder under {@code /app}: the build stage removes it so it does not reach the run stage. */
    public boolean insideApp() {
        return absolutePath.startsWith(APP_DIR + "/");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheDir && ((CacheDir) o).absolutePath.equals(absolutePath);
    }

    @Override
    public int hashCode() {
        return absolutePath.hashCode();
    }

    @Override
    public String toString() {
        return path.equals(absolutePath) ? path : path + " (" + absolutePath + ")";
    }
}
