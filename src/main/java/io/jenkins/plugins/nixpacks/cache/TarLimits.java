package io.jenkins.plugins.nixpacks.cache;

/**
 * Caps that keep a hostile or runaway cache tar from filling the disk or the heap. Sizes are the entries' declared
 * sizes, checked on the header before any of the entry's bytes arrive.
 *
 * @param maxEntries most entries (files, directories, links) in one tar
 * @param maxEntryBytes largest single entry
 * @param maxTotalBytes largest sum of all entries
 */
public record TarLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    /** Largest PAX extended header or GNU long name: read into memory by the tar reader, so kept small. */
    public static final int MAX_METADATA_BYTES = 64 * 1024;

    public TarLimits {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, is " + maxEntries);
        }
        if (maxEntryBytes < 0 || maxTotalBytes < 0) {
            throw new IllegalArgumentException(
                    "Tar size limits must not be negative: entry " + maxEntryBytes + ", total " + maxTotalBytes);
        }
    }
}
