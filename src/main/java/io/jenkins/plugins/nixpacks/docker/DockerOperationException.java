package io.jenkins.plugins.nixpacks.docker;

import java.io.IOException;

/**
 * An engine operation that failed in a way the user can act on. The message names the engine, the image or
 * registry, the daemon's own error and, where there is one, the fix. It never carries a password.
 */
public class DockerOperationException extends IOException {
    private static final long serialVersionUID = 1L;

    public DockerOperationException(String message) {
        super(message);
    }

    public DockerOperationException(String message, Throwable cause) {
        super(message, cause);
    }
}
