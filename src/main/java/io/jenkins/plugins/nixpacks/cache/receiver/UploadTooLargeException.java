package io.jenkins.plugins.nixpacks.cache.receiver;

import java.io.IOException;

/** An upload over the per-file or per-build cap: HTTP 413, nothing kept. */
public final class UploadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(String message) {
        super(message);
    }
}
