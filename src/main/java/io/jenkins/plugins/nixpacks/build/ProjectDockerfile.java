package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import io.jenkins.plugins.nixpacks.cache.CacheHooksImpl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's own Dockerfile with the cache's markers: {@code # nixpacks-cache: restore} is replaced by the restore
 * lines; {@code # nixpacks-cache: save} ends the stage the save reads, which must be the last line of a stage
 * (comments and blank lines aside). A stage without a name gets one ({@link #SAVE_STAGE}), so it can be built with
 * {@code --target}.
 */
final class ProjectDockerfile {
    static final String RESTORE_MARKER = NixpacksBuild.RESTORE_MARKER;
    static final String SAVE_MARKER = NixpacksBuild.SAVE_MARKER;

    /** The name given to an unnamed stage that ends with the save marker. */
    static final String SAVE_STAGE = "nixpacks-cache-save";

    private static final Pattern FROM =
            Pattern.compile("(?i)^\\s*FROM\\s+(?:--\\S+\\s+)*\\S+(?:\\s+AS\\s+(\\S+))?\\s*$");

    /** The Dockerfile text and the stage the save reads (null: no save). */
    record Result(String text, String saveStage) {}

    private ProjectDockerfile() {}

    static Result withMarkers(Path dockerfile, List<CacheDir> dirs, CacheHooksImpl hooks, boolean cacheOn, BuildLog log)
            throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dockerfile, StandardCharsets.UTF_8));
        int restore = -1;
        int save = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.equalsIgnoreCase(RESTORE_MARKER) && restore < 0) {
                restore = i;
            } else if (t.equalsIgnoreCase(SAVE_MARKER) && save < 0) {
                save = i;
            }
        }
        if (cacheOn && !dirs.isEmpty() && (restore < 0 || save < 0)) {
            log.warn("the cache is on but " + dockerfile.getFileName() + " lacks the line '"
                    + (restore >= 0 ? SAVE_MARKER : RESTORE_MARKER) + "'; put '" + RESTORE_MARKER
                    + "' before the install commands and '" + SAVE_MARKER + "' at the end of the stage that holds"
                    + " the cache directories");
        }
        String saveStage = save < 0 ? null : saveStage(lines, save, dockerfile, log);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (i == restore) {
                out.addAll(hooks.restore("dockerfile", dirs));
            }
        }
        return new Result(String.join("\n", out) + "\n", dirs.isEmpty() ? null : saveStage);
    }

    /** The name of the stage the save marker ends, naming it if it has none; null when the marker is misplaced. */
    private static String saveStage(List<String> lines, int marker, Path dockerfile, BuildLog log) {
        for (int i = marker + 1; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!FROM.matcher(t).matches()) {
                log.warn("cache: not saved: '" + SAVE_MARKER + "' in " + dockerfile.getFileName() + " is followed by '"
                        + t + "' in the same stage; put it on the last line of the stage that holds the cache"
                        + " directories");
                return null;
            }
            break;
        }
        for (int i = marker - 1; i >= 0; i--) {
            Matcher m = FROM.matcher(lines.get(i).strip());
            if (m.matches()) {
                if (m.group(1) != null) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
                lines.set(i, lines.get(i).stripTrailing() + " AS " + SAVE_STAGE);
                return SAVE_STAGE;
            }
        }
        log.warn("cache: not saved: '" + SAVE_MARKER + "' in " + dockerfile.getFileName() + " comes before any FROM");
        return null;
    }

    /**
     * What a user of the project's own Dockerfile should know: that it won over planning, and how to get the cache.
     * A {@code RUN --mount} (BuildKit) is refused here with the way out, rather than failing inside the classic
     * builder with no hint.
     */
    static List<String> notes(Path dockerfile, boolean cacheWithoutDirs) throws BuildException, IOException {
        String name = String.valueOf(dockerfile.getFileName());
        List<String> lines = Files.readAllLines(dockerfile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches("(?i)RUN\\s+--mount.*")) {
                throw new BuildException(name + ", line " + (i + 1) + ": RUN --mount is BuildKit syntax, which the"
                        + " classic builder used here does not have. Drop the --mount options (the incremental cache"
                        + " carries such directories: put '" + RESTORE_MARKER + "' before the install commands and '"
                        + SAVE_MARKER + "' after the build), or set ignoreDockerfile to plan Nixpacks-style.");
            }
        }
        List<String> notes = new ArrayList<>();
        if (cacheWithoutDirs) {
            notes.add("cache: off: the project's " + name + " is used instead of a plan, so no provider names cache"
                    + " directories. Name them (cacheDirectories in nixpacks.toml, or the cacheDirectories option) and"
                    + " put '" + RESTORE_MARKER + "' and '" + SAVE_MARKER + "' in " + name
                    + ", or set ignoreDockerfile to plan Nixpacks-style with the provider's caches.");
        }
        return notes;
    }
}
