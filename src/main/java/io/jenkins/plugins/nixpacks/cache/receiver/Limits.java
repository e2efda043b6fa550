package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.TarLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * What one upload and one build may cost the receiver.
 *
 * @param maxFileBytes largest single upload (the new layers of one cache directory)
 * @param maxBuildBytes largest sum of one build's uploads, in flight included
 * @param maxTotalBytes largest sum of the uploads of all open sessions, across builds
 * @param maxEntries most entries in one tar
 * @param maxEntryBytes largest single entry in a tar
 * @param readTimeout longest wait for the next bytes of a body before the upload is dropped
 */
public record Limits(
        long maxFileBytes,
        long maxBuildBytes,
        int maxEntries,
        long maxEntryBytes,
        Duration readTimeout,
        long maxTotalBytes) {
    /** Limits with a global cap of four builds' worth. */
    public Limits(long maxFileBytes, long maxBuildBytes, int maxEntries, long maxEntryBytes, Duration readTimeout) {
        this(maxFileBytes, maxBuildBytes, maxEntries, maxEntryBytes, readTimeout, saturated(maxBuildBytes, 4));
    }

    public Limits {
        if (maxTotalBytes < 1) {
            throw new IllegalArgumentException("The receiver's total upload limit must be positive: " + maxTotalBytes);
        }
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxFileBytes < 1 || maxBuildBytes < 1 || maxEntryBytes < 0 || maxEntries < 1) {
            throw new IllegalArgumentException("Upload limits must be positive: file " + maxFileBytes + ", build "
                    + maxBuildBytes + ", entries " + maxEntries + ", entry " + maxEntryBytes);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Upload read timeout must be positive, is " + readTimeout);
        }
    }

    /** 8 GiB per directory, 16 GiB per build, 64 GiB in all, a million entries, 60 s without bytes. */
    public static Limits defaults() {
        long gib = 1024L * 1024 * 1024;
        return new Limits(8 * gib, 16 * gib, 1_000_000, 8 * gib, Duration.ofSeconds(60), 64 * gib);
    }

    private static long saturated(long a, long factor) {
        return a > Long.MAX_VALUE / factor ? Long.MAX_VALUE : a * factor;
    }

    public Limits withMaxTotalBytes(long bytes) {
        return new Limits(maxFileBytes, maxBuildBytes, maxEntries, maxEntryBytes, readTimeout, bytes);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxBuildBytes, maxEntries, maxEntryBytes, readTimeout, maxTotalBytes);
    }

    public Limits withMaxBuildBytes(long bytes) {
        return new Limits(maxFileBytes, bytes, maxEntries, maxEntryBytes, readTimeout, maxTotalBytes);
    }

    public Limits withMaxEntries(int entries) {
        return new Limits(maxFileBytes, maxBuildBytes, entries, maxEntryBytes, readTimeout, maxTotalBytes);
    }

    public Limits withMaxEntryBytes(long bytes) {
        return new Limits(maxFileBytes, maxBuildBytes, maxEntries, bytes, readTimeout, maxTotalBytes);
    }

    public Limits withReadTimeout(Duration timeout) {
        return new Limits(maxFileBytes, maxBuildBytes, maxEntries, maxEntryBytes, timeout, maxTotalBytes);
    }

    /** The tar caps: entries as declared in their headers can never add up to more than the upload itself. */
    public TarLimits tarLimits() {
        return new TarLimits(maxEntries, Math.min(maxEntryBytes, maxFileBytes), maxFileBytes);
    }
}
