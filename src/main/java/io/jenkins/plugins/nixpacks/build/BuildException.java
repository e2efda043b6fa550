package io.jenkins.plugins.nixpacks.build;

/**
 * A build failed for a reason the user can act on: a bad option, a plan error, a failed RUN step, a strict-mode cache
 * fault. The message is the whole story; no stack trace is shown for it.
 */
public final class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
