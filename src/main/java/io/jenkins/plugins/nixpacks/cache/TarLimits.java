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
    /**
     * Most characters of symbolic link names and targets held at once: links are resolved at the end of the archive,
     * so they stay in memory while it streams.
     */
    public static final int MAX_SYMLINK_CHARS = 8 * 1024 * 1024;

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
