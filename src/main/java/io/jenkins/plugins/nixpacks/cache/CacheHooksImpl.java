package io.jenkins.plugins.nixpacks.cache;

import io.jenkins.plugins.nixpacks.dockerfile.CacheHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cache's hooks into the generated Dockerfile: restore the directories the cache image holds. The save is no
 * Dockerfile step: the agent reads the directories from the build stage after the build, so its hook is a comment.
 */
public final class CacheHooksImpl implements CacheHooks {
    private final String restoreFrom;
    private final Set<String> restorable;
    private final boolean save;

    /**
     * @param restoreFrom the local image to copy from (a pulled cache image, pinned by digest), or null on a miss
     * @param restorable layer paths the cache image holds
     * @param save whether the build saves (only a comment says so in the Dockerfile)
     */
    public CacheHooksImpl(String restoreFrom, Set<String> restorable, boolean save) {
        this.restoreFrom = restoreFrom;
        this.restorable = Set.copyOf(restorable);
        this.save = save;
    }

    @Override
    public List<String> restore(String phase, List<CacheDir> dirs) {
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
