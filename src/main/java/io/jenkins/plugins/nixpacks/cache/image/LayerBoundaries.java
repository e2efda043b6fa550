package io.jenkins.plugins.nixpacks.cache.image;

import java.util.HashSet;
import java.util.Set;

/**
 * Where a directory is cut into layers: before an entry whose name hashes to a multiple of a power of two, and where
 * the first two folders below the directory change when there are few such folders. Both depend on names only, so
 * changing, adding or removing files changes the layers holding them (and, when a new name is itself a boundary,
 * its neighbour), never the rest. The power of two follows the directory's entry count and size, rounded to powers
 * of two, so the layers average at least {@link #MIN_LAYER_BYTES} and stay within the budget, and small changes do
 * not move any boundary.
 */
final class LayerBoundaries {
    /**
     * A layer's average size at least, so a directory is not sent as a swarm of small blobs. Every layer costs the
     * engine about 57 ms to pull and register, whatever its size (go-svc's 194 MB go-build cache in 50 layers pulled
     * in 4.3 s, the same files in 10 layers in 1.9 s), and a restore pays for every layer. Measured in bench round 4
     * against 4 MiB: a dependency added restored spring-web's {@code ~/.m2} in 1.9-2.3 s instead of 2.9-4.8 s and
     * vite-web's {@code ~/.npm} in 2.7 s instead of 4.5 s, for 38.6 MB sent instead of 26.5 MB. A cache that a
     * build writes across its whole name space (go-build) does not resend its layers each save for that: what is new
     * goes into a layer on top ({@link Generations}).
     */
    static final long MIN_LAYER_BYTES = 16L << 20;

    private LayerBoundaries() {}

    /** For each position of {@code order}, whether a new layer starts there; at most {@code cut.maxLayers()}. */
    static boolean[] of(EntryIndex index, int[] order, String root, ReproducibleLayer.Cut cut) {
        boolean[] starts = new boolean[order.length];
        long bytes = 0;
        for (int i = 0; i < index.size(); i++) {
            bytes += index.dataSize(i);
        }
        int target = floorPow2(
                Math.min(Math.max(1, cut.maxLayers() / 2), Math.max(1, bytes / Math.max(1, cut.minLayerBytes()))));
        if (target <= 1 || order.length < 2) {
            return starts;
        }
        int bits = Math.max(0, log2(floorPow2(order.length)) - log2(target));
        long mask = (1L << bits) - 1;
        boolean byPrefix = prefixes(index, order, root, cut.maxLayers() / 4 + 1) <= cut.maxLayers() / 4;
        int layers = 1;
        String previous = null;
        for (int k = 0; k < order.length && layers < cut.maxLayers(); k++) {
            String name = index.name(order[k]);
            if (name.equals(root)) {
                continue;
            }
            String prefix = byPrefix ? prefix(root, name) : null;
            boolean cutHere = previous != null
                    && ((hash(index.nameBytes(order[k])) & mask) == 0 || (byPrefix && !prefix.equals(previous)));
            if (cutHere) {
                starts[k] = true;
                layers++;
            }
            previous = byPrefix ? prefix : "";
        }
        return starts;
    }

    /** Distinct two-folder prefixes, counting up to {@code stopAt}. */
    private static int prefixes(EntryIndex index, int[] order, String root, int stopAt) {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < order.length && seen.size() < stopAt; k++) {
            seen.add(prefix(root, index.name(order[k])));
        }
        return seen.size();
    }

    /** The first two folders below the directory: {@code _cacache/index-v5}, {@code org/springframework}. */
    static String prefix(String root, String name) {
        String rest = name.length() > root.length() ? name.substring(root.length() + 1) : "";
        int first = rest.indexOf('/');
        if (first < 0) {
            return "";
        }
        int second = rest.indexOf('/', first + 1);
        return second < 0 ? rest.substring(0, first) : rest.substring(0, second);
    }

    /** FNV-1a, 64 bits, with a final mix: stable across JVMs and runs, which a String hash is too but weakly. */
    static long hash(byte[] name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static int floorPow2(long n) {
        return n <= 1 ? 1 : (int) Long.highestOneBit(Math.min(n, 1 << 30));
    }

    private static int log2(int pow2) {
        return Integer.numberOfTrailingZeros(pow2);
    }
}
