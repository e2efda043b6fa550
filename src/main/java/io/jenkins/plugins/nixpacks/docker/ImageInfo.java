package io.jenkins.plugins.nixpacks.docker;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine knows of a local image.
 *
 * @param id the image id, {@code sha256:...}
 * @param labels the image's labels
 * @param repoTags the names it is tagged with locally
 * @param repoDigests {@code name@sha256:...} for each registry it was pushed to or pulled from
 */
public record ImageInfo(String id, Map<String, String> labels, List<String> repoTags, List<String> repoDigests) {
    public ImageInfo {
        Objects.requireNonNull(id, "id");
        labels = Map.copyOf(labels);
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
    }
}
