package io.jenkins.plugins.nixpacks.cache.receiver;

import java.util.Optional;

/**
 * The cache directory a build declared under an index, as a layer path ({@code root/.npm}). The token proves who may
 * upload; this says what the tar may contain. Empty for an index the build never declared.
 */
@FunctionalInterface
public interface DirectoryLookup {
    Optional<String> layerPath(String buildId, int dirIndex);
}
