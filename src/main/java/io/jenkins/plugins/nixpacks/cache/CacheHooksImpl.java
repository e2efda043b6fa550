package io.jenkins.plugins.nixpacks.cache;

import io.jenkins.plugins.nixpacks.dockerfile.CacheHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cache's hooks into the generated Dockerfile: restore the directories the cache image holds. The save is no
 * Dockerfile step: the agent reads the directories from the build stage after the build, so its hook is a comment.
 *
 * <p>With the layer cache the restore is decided per phase, after the phase's inputs are known: {@link #points}
 * first writes a marker line where each restore goes, and {@link #resolve} then puts in the decided lines.
 */
public final class CacheHooksImpl implements CacheHooks {
    /** A marker line: the phase name and the layer paths its hook was asked to restore follow. */
    public static final String POINT = "#nixpacks-cache-restore-point ";

    private final String restoreFrom;
    private final Set<String> restorable;
    private final boolean save;
    private final boolean points;

    /**
     * @param restoreFrom the local image to copy from (a pulled cache image, pinned by digest), or null on a miss
     * @param restorable layer paths the cache image holds
     * @param save whether the build saves (only a comment says so in the Dockerfile)
     */
    public CacheHooksImpl(String restoreFrom, Set<String> restorable, boolean save) {
        this(restoreFrom, restorable, save, false);
    }

    private CacheHooksImpl(String restoreFrom, Set<String> restorable, boolean save, boolean points) {
        this.restoreFrom = restoreFrom;
        this.restorable = Set.copyOf(restorable);
        this.save = save;
        this.points = points;
    }

    /** Hooks that mark each restore point with a {@link #POINT} line instead of restoring. */
    public static CacheHooksImpl points(boolean save) {
        return new CacheHooksImpl(null, Set.of(), save, true);
    }

    /**
     * The Dockerfile with each {@link #POINT} line replaced by the restore lines decided for its phase: a phase
     * without an entry restores nothing.
     *
     * @param restores per phase, the image to copy from (pinned by digest) and the layer paths to copy
     */
    public static String resolve(String marked, Map<String, Map.Entry<String, List<String>>> restores) {
        StringBuilder out = new StringBuilder();
        String[] lines = marked.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(POINT)) {
                String phase = line.substring(POINT.length()).strip().split(" +")[0];
                Map.Entry<String, List<String>> r = restores.get(phase);
                if (r != null && !r.getValue().isEmpty()) {
                    for (String copy : CacheDockerfileSteps.restore(r.getKey(), r.getValue())) {
                        out.append(copy).append('\n');
                    }
                }
                continue;
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public List<String> restore(String phase, List<CacheDir> dirs) {
        if (points) {
            StringBuilder line = new StringBuilder(POINT).append(phase);
            dirs.forEach(d -> line.append(' ').append(d.layerPath()));
            return List.of(line.toString());
        }
        if (restoreFrom == null) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (CacheDir d : dirs) {
            if (restorable.contains(d.layerPath())) {
                paths.add(d.layerPath());
            }
        }
        return CacheDockerfileSteps.restore(restoreFrom, paths);
    }

    @Override
    public List<String> save(List<CacheDir> dirs) {
        if (!save) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        dirs.forEach(d -> paths.add(d.absolutePath()));
        return List.of(
                "# nixpacks-cache: after the build, the agent reads " + String.join(", ", paths) + " from this stage");
    }
}
