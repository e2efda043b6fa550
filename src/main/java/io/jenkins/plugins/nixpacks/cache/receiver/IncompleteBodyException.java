package io.jenkins.plugins.nixpacks.cache.receiver;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeoutException;

/**
 * The request body stopped before its end: the client went away, or sent nothing for longer than the read timeout.
 * Nothing of the upload is kept.
 */
public final class IncompleteBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long bytesRead;

    public IncompleteBodyException(long bytesRead, IOException cause) {
        super(
                (timedOut(cause) ? "the upload stalled" : "the upload body ended early") + " after " + bytesRead
                        + " bytes: " + cause.getMessage(),
                cause);
        this.bytesRead = bytesRead;
    }

    public long bytesRead() {
        return bytesRead;
    }

    /** True when the body stalled (HTTP 408) rather than broke off (HTTP 400). */
    public boolean timedOut() {
        return timedOut(getCause());
    }

    private static boolean timedOut(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TimeoutException || c instanceof InterruptedIOException) {
                return true; // SocketTimeoutException is an InterruptedIOException
            }
        }
        return false;
    }
}
