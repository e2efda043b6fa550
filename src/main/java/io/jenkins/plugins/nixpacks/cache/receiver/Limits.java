package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.TarLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * What one upload and one build may cost the receiver.
 *
 * @param maxFileBytes largest single upload (one cache directory's tar)
 * @param maxBuildBytes largest sum of one build's uploads on disk, in flight included
 * @param maxEntries most entries in one tar
 * @param maxEntryBytes largest single entry in a tar
 * @param readTimeout longest wait for the next bytes of a body before the upload is dropped
 */
public record Limits(long maxFileBytes, long maxBuildBytes, int maxEntries, long maxEntryBytes, Duration readTimeout) {
    public Limits {
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxFileBytes < 1 || maxBuildBytes < 1 || maxEntryBytes < 0 || maxEntries < 1) {
            throw new IllegalArgumentException("Upload limits must be positive: file " + maxFileBytes + ", build "
                    + maxBuildBytes + ", entries " + maxEntries + ", entry " + maxEntryBytes);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Upload read timeout must be positive, is " + readTimeout);
        }
    }

    /** 8 GiB per directory, 16 GiB per build, a million entries, 60 s without bytes. */
    public static Limits defaults() {
        long gib = 1024L * 1024 * 1024;
        return new Limits(8 * gib, 16 * gib, 1_000_000, 8 * gib, Duration.ofSeconds(60));
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxBuildBytes, maxEntries, maxEntryBytes, readTimeout);
    }

    public Limits withMaxBuildBytes(long bytes) {
        return new Limits(maxFileBytes, bytes, maxEntries, maxEntryBytes, readTimeout);
    }

    public Limits withMaxEntries(int entries) {
        return new Limits(maxFileBytes, maxBuildBytes, entries, maxEntryBytes, readTimeout);
    }

    public Limits withMaxEntryBytes(long bytes) {
        return new Limits(maxFileBytes, maxBuildBytes, maxEntries, bytes, readTimeout);
    }

    public Limits withReadTimeout(Duration timeout) {
        return new Limits(maxFileBytes, maxBuildBytes, maxEntries, maxEntryBytes, timeout);
    }

    /** The tar caps: entries as declared in their headers can never add up to more than the upload itself. */
    public TarLimits tarLimits() {
        return new TarLimits(maxEntries, Math.min(maxEntryBytes, maxFileBytes), maxFileBytes);
    }
}
