package io.jenkins.plugins.nixpacks.cache.image;

import java.io.IOException;

/**
 * The cache image tag holds an image this plugin did not write: an application image, a multi-platform list. Unlike a
 * damaged cache image, it is someone's data, so the build neither restores from it nor overwrites it.
 */
public final class ForeignImageException extends IOException {
    private static final long serialVersionUID = 1L;

    public ForeignImageException(String message) {
        super(message);
    }
}
