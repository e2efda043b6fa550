package io.jenkins.plugins.nixpacks.dockerfile;

import io.jenkins.plugins.nixpacks.cache.CacheDir;
import java.util.List;

/**
 * Where the incremental cache plugs into the generated Dockerfile. Each method returns Dockerfile lines that are
 * inserted as they are (classic-builder syntax only).
 */
public interface CacheHooks {
    /**
     * Lines that bring the cached folders back, placed in the build stage after the phase's source copy and before
     * its first {@code RUN}. Called once per phase that runs commands and has cache directories, with those of its
     * directories that no earlier phase restored.
     */
    List<String> restore(String phase, List<CacheDir> dirs);

    /**
     * Lines that hand the folders to the cache, placed after the last phase and before the cache folders under
     * {@code /app} are removed. Called once, with every cache directory of the phases that run commands, in phase
     * order, each once; not called when there are none.
     */
    List<String> save(List<CacheDir> dirs);

    /** No cache: nothing restored, nothing saved. */
    CacheHooks NONE = new CacheHooks() {
        @Override
        public List<String> restore(String phase, List<CacheDir> dirs) {
            return List.of();
        }

        @Override
        public List<String> save(List<CacheDir> dirs) {
            return List.of();
        }

        @Override
        public String toString() {
            return "CacheHooks.NONE";
        }
    };
}
