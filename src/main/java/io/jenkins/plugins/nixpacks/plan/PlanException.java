package io.jenkins.plugins.nixpacks.plan;

/**
 * A build plan that cannot be made or used, for a reason the user can fix: an unknown provider, a malformed
 * {@code nixpacks.toml}, a phase that depends on a missing phase, no start command. The message is short, names the
 * file, phase or option at fault and says what to do; callers print it without a stack trace.
 */
public final class PlanException extends Exception {
    private static final long serialVersionUID = 1L;

    public PlanException(String message) {
        super(message);
    }

    public PlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
