package io.jenkins.plugins.nixpacks.cache.receiver;

import java.io.IOException;

/** The receiver's cap across all sessions is reached: HTTP 507, nothing accepted. */
public final class ReceiverFullException extends IOException {
    private static final long serialVersionUID = 1L;

    public ReceiverFullException(String message) {
        super(message);
    }
}
