package io.jenkins.plugins.nixpacks.cache.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides how a save lays out a directory on top of the previous cache image: keep its layers and add one layer of
 * what is new, or cut the whole directory afresh.
 *
 * <p>Why: go-build files each new compile result under one of 256 hash folders, npm's and Maven's caches name theirs
 * by hash or coordinates, so new files land in every part of the name space and a cut by names changes every layer
 * on every build (go-svc sent 123-157 MB of 194 MB per save with 16 MiB layers). Kept by generation instead, the
 * layers of the last full cut stay as they are and each save adds a layer of its new and changed files; the layers
 * stay few (a restore pays about 57 ms per layer) and a save sends what is new.
 *
 * <p>A layer on top replaces the files of the same name below it when the engine stacks the layers, and that is all
 * it may do: only regular files are replaced, only files and folders are added. Anything else (an entry removed, a
 * link added or changed, a folder changed) cuts afresh, so the stacked layers always show exactly the directory the
 * save read, and no link of a kept layer resolves differently than when that layer was checked. After {@link
 * #MAX_ADDED} added layers they are merged into one; when what was added since the last full cut outweighs {@link
 * #MAX_ADDED_SHARE} of the directory, it is cut afresh.
 */
final class Generations {
    /** Added layers on top of a full cut, at most. */
    static final int MAX_ADDED = 4;

    /** The share of a directory's bytes the added layers may hold before the directory is cut afresh. */
    static final double MAX_ADDED_SHARE = 0.5;

    private Generations() {}

    /**
     * What to do: keep the first {@code kept} layers of the previous image and add one layer of the entries at
     * {@code added} (positions in name order); or, when {@code fresh}, cut everything ({@code reason} says why when
     * there was a previous listing).
     */
    record Plan(boolean fresh, int kept, int baseLayers, int[] added, String reason) {
        static Plan cutAfresh(String reason) {
            return new Plan(true, 0, 0, new int[0], reason);
        }
    }

    /** Keys of the entries in name order: {@code names[k]}, {@code entries[k]} for {@code order[k]}. */
    record Keys(long[] names, long[] entries) {
        /** The listing of the entries at {@code positions} of the name order: each one's name key, then entry key. */
        long[] listing(int[] positions) {
            long[] out = new long[positions.length * 2];
            for (int j = 0; j < positions.length; j++) {
                out[2 * j] = names[positions[j]];
                out[2 * j + 1] = entries[positions[j]];
            }
            return out;
        }
    }

    static Plan plan(EntryIndex index, int[] order, Keys keys, ReproducibleLayer.Previous previous, int maxLayers) {
        if (previous == null || maxLayers < MAX_ADDED + 2) {
            return Plan.cutAfresh(null);
        }
        LayerListing.Dir listing = previous.listing();
        int base = listing.baseLayers();
        Map<Long, Long> all = view(listing.layers(), listing.layers().size());
        Set<Long> present = new HashSet<>();
        for (long n : keys.names()) {
            present.add(n);
        }
        int removed = 0;
        for (Long n : all.keySet()) {
            if (!present.contains(n)) {
                removed++;
            }
        }
        if (removed > 0) {
            return Plan.cutAfresh(
                    removed + " entr" + (removed == 1 ? "y was" : "ies were") + " removed since the last save");
        }
        int addedLayers = listing.layers().size() - base;
        int[] changed = changed(index, order, keys, all);
        if (changed == null) {
            return Plan.cutAfresh("a link or folder changed since the last save");
        }
        if (changed.length == 0) {
            return new Plan(false, listing.layers().size(), base, changed, null);
        }
        int kept = listing.layers().size();
        if (addedLayers + 1 > MAX_ADDED) {
            // Merge the added layers: what differs from the full cut goes into one layer.
            changed = changed(index, order, keys, view(listing.layers(), base));
            kept = base;
            if (changed == null) {
                return Plan.cutAfresh("a link or folder changed since the last save");
            }
        }
        long addedBytes = 0;
        for (int i = base; i < kept; i++) {
            addedBytes += previous.layers().get(i).size();
        }
        for (int k : changed) {
            addedBytes += tarBytes(index.dataSize(order[k]));
        }
        long total = 0;
        for (int i = 0; i < index.size(); i++) {
            total += tarBytes(index.dataSize(i));
        }
        if (addedBytes > MAX_ADDED_SHARE * total) {
            return Plan.cutAfresh("what was added since its last full cut would be over half of it");
        }
        return new Plan(false, kept, base, withFolders(index, order, changed), null);
    }

    /** What an entry takes in a layer, as a kept layer's size counts it: a header and the data in whole blocks. */
    private static long tarBytes(long data) {
        return 512 + (data + 511) / 512 * 512;
    }

    /** Name key to entry key, as the first {@code layers} layers stack (a later layer's entry wins). */
    private static Map<Long, Long> view(List<long[]> listing, int layers) {
        Map<Long, Long> out = new HashMap<>();
        for (int l = 0; l < layers; l++) {
            long[] keys = listing.get(l);
            for (int i = 0; i < keys.length; i += 2) {
                out.put(keys[i], keys[i + 1]);
            }
        }
        return out;
    }

    /**
     * Positions whose entry the view lacks or holds otherwise; null when one of them may not go on top (anything but
     * a new file or folder, or a file that replaces a file).
     */
    private static int[] changed(EntryIndex index, int[] order, Keys keys, Map<Long, Long> view) {
        int[] out = new int[order.length];
        int n = 0;
        for (int k = 0; k < order.length; k++) {
            Long before = view.get(keys.names()[k]);
            long now = keys.entries()[k];
            if (before != null && before == now) {
                continue;
            }
            int kind = (int) (now & 3);
            boolean ok = before == null
                    ? kind == EntryIndex.FILE || kind == EntryIndex.DIR
                    : kind == EntryIndex.FILE && (before & 3) == EntryIndex.FILE;
            if (!ok) {
                return null;
            }
            out[n++] = k;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The positions with the folders above each of them inside the directory (a layer holds every ancestor of its
     * entries, as the validator asks), in name order.
     */
    private static int[] withFolders(EntryIndex index, int[] order, int[] changed) {
        Map<String, Integer> folders = new HashMap<>();
        for (int k = 0; k < order.length; k++) {
            if (index.type(order[k]) == EntryIndex.DIR) {
                folders.put(index.name(order[k]), k);
            }
        }
        Set<Integer> out = new HashSet<>();
        for (int k : changed) {
            out.add(k);
            String name = index.name(order[k]);
            for (int s = name.lastIndexOf('/'); s > 0; s = name.lastIndexOf('/', s - 1)) {
                Integer f = folders.get(name.substring(0, s));
                if (f != null && !out.add(f)) {
                    break; // that folder's own folders are in already
                }
            }
        }
        List<Integer> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return sorted.stream().mapToInt(Integer::intValue).toArray();
    }
}
