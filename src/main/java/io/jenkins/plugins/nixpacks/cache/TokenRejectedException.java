package io.jenkins.plugins.nixpacks.cache;

/**
 * An upload token that does not grant what was asked. The message names the reason only: never the token, and for a
 * forged or malformed token not even the build it claims, since that part is attacker-chosen.
 */
public final class TokenRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a token at all: wrong shape, bad encoding, out-of-range fields. */
        MALFORMED,
        /** Well-formed, but the MAC does not match: tampered or made with another key (e.g. before a restart). */
        FORGED,
        /** Genuine, but for another build than the one asked about. */
        WRONG_BUILD,
        /** Genuine, but for another cache directory than the one in the URL. */
        WRONG_INDEX,
        /** Genuine, but past its expiry. */
        EXPIRED
    }

    private final Reason reason;

    public TokenRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
