package io.jenkins.plugins.nixpacks.registry;

import java.io.IOException;

/** A registry said no, or could not be reached. {@link #kind()} tells a miss apart from a fault. */
public final class RegistryException extends IOException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The image or blob does not exist. */
        NOT_FOUND,
        /** The registry refused the credentials, or none were given where it wants some. */
        UNAUTHORIZED,
        /** Connection refused, DNS failure, timeout: nothing answered. */
        UNREACHABLE,
        /** The registry answered something we cannot use. */
        PROTOCOL
    }

    private final Kind kind;

    public RegistryException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RegistryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
