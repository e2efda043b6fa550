package io.jenkins.plugins.nixpacks.cache.receiver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The builds that may upload right now and their declared directories, held in memory: the runner's and the tests'
 * {@link BuildGate} and {@link DirectoryLookup}. Jenkins answers both from the run instead.
 */
public final class UploadSessions implements BuildGate, DirectoryLookup {
    private final Map<String, List<String>> open = new ConcurrentHashMap<>();

    /** Accepts uploads for {@code buildId}; index {@code i} of the upload URL is {@code layerPaths.get(i)}. */
    public void open(String buildId, List<String> layerPaths) {
        open.put(buildId, List.copyOf(layerPaths));
    }

    /** Refuses further uploads for {@code buildId}, even with unexpired tokens. */
    public void close(String buildId) {
        open.remove(buildId);
    }

    @Override
    public boolean accepts(String buildId) {
        return open.containsKey(buildId);
    }

    @Override
    public Optional<String> layerPath(String buildId, int dirIndex) {
        List<String> dirs = open.get(buildId);
        return dirs == null || dirIndex < 0 || dirIndex >= dirs.size()
                ? Optional.empty()
                : Optional.of(dirs.get(dirIndex));
    }
}
