package io.jenkins.plugins.nixpacks.build;

/**
 * A build failed for a reason the user can act on: a bad option, a plan error, a failed RUN step, a strict-mode cache
 * fault. The message is the whole story; no stack trace is shown for it.
 */
public final class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, so a front end can tell them apart (the runner's exit code, the result's error). */
    public enum Kind {
        /** An option is missing or malformed: nothing was built. */
        USAGE,
        /** The plan, the Dockerfile, the engine or a build step failed. */
        BUILD,
        /** A cache fault that strictCache turned into a failure. */
        CACHE
    }

    private final Kind kind;

    public BuildException(String message) {
        this(Kind.BUILD, message, null);
    }

    public BuildException(String message, Throwable cause) {
        this(Kind.BUILD, message, cause);
    }

    public BuildException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
