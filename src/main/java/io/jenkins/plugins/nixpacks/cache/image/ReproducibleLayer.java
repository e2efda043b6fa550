package io.jenkins.plugins.nixpacks.cache.image;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException.Rule;
import io.jenkins.plugins.nixpacks.registry.Digest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Turns a cache directory's tar (as the engine's archive endpoint streams it, or any tar rooted at one folder) into
 * layers whose bytes depend only on the directory's content: entries sorted by name, each name once, one fixed
 * modification time, owner root, no user or group names, every ancestor folder present. So the same content always
 * gives the same layer digests, and an unchanged directory is never sent again.
 *
 * <p>The tar is read once: file data goes to a spool file and the entries to a compact index ({@link EntryIndex}),
 * so a million entries fit a small heap. Then the index is sorted and the layers are written from the spool.
 *
 * <p>Where a directory is cut into layers depends only on entry names ({@link LayerBoundaries}), so a change in one
 * corner of a cache (npm's rewritten index, one of go-build's 256 hash folders) changes the layers of that corner.
 *
 * <p>Times are fixed rather than kept because build tools rewrite index files on every run; a stale time can only
 * make a make-like tool rebuild, never skip work it should do. Hard links become copies: sorting could otherwise put
 * a link before its target.
 */
public final class ReproducibleLayer {
    /** One second after the epoch, as jib does: some tools treat 0 as "no time". */
    static final long FIXED_MTIME_MILLIS = 1000L;

    private ReproducibleLayer() {}

    /** The layer's digest (equal to its diff id: layers are uncompressed) and size. */
    public record Blob(String layerPath, Path file, Digest digest, long size) {}

    /**
     * How to cut one directory.
     *
     * @param maxLayers layers at most (the image's budget shared by its directories)
     * @param excluded names below the directory left out with everything under them, e.g. npm's {@code _logs}
     * @param minLayerBytes a layer's average size at least (tests cut small directories with a small one)
     */
    public record Cut(int maxLayers, List<String> excluded, long minLayerBytes) {
        public Cut {
            if (maxLayers < 1) {
                throw new IllegalArgumentException("a directory needs at least one layer, got " + maxLayers);
            }
            excluded = List.copyOf(excluded);
        }

        public Cut(int maxLayers, List<String> excluded) {
            this(maxLayers, excluded, LayerBoundaries.MIN_LAYER_BYTES);
        }

        /**
         * How the save cuts the cache directory {@code layerPath}: what a tool writes there for itself, not as a
         * cache, left out (npm's {@code _logs}), and the layer size {@link LayerBoundaries} gives it.
         */
        public static Cut forDirectory(int maxLayers, String layerPath) {
            boolean npm = layerPath.endsWith("/.npm") || layerPath.equals(".npm");
            return new Cut(maxLayers, npm ? List.of("_logs") : List.of(), LayerBoundaries.MIN_LAYER_BYTES);
        }

        public static Cut single() {
            return new Cut(1, List.of());
        }
    }

    /** The previous cache image's layers of a directory and their listing, for a save to build on. */
    public record Previous(List<CacheImage.Layer> layers, LayerListing.Dir listing) {
        public Previous {
            layers = List.copyOf(layers);
            if (layers.size() != listing.layers().size()) {
                throw new IllegalArgumentException(layers.size() + " layers, a listing of "
                        + listing.layers().size());
            }
        }
    }

    /** A layer of the directory in the new image: kept from the previous image, or written now; its listing. */
    public record Part(Blob written, CacheImage.Layer kept, long[] keys) {
        public CacheImage.Layer layer() {
            return kept != null ? kept : new CacheImage.Layer(written.layerPath(), written.digest(), written.size());
        }
    }

    /**
     * A directory's layers, in image order; the first {@code baseLayers} are a full cut. {@code freshReason} says why
     * the directory was cut afresh although the previous image had a listing of it, null otherwise.
     */
    public record Layers(List<Part> parts, int baseLayers, String freshReason) {
        public List<Blob> written() {
            return parts.stream()
                    .map(Part::written)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }

        public LayerListing.Dir listing() {
            return new LayerListing.Dir(
                    baseLayers, parts.stream().map(Part::keys).toList());
        }
    }

    /**
     * Cuts the directory {@code layerPath} from {@code archive}, whose entries are named from {@code archiveRoot}
     * ({@code .npm/...} as the engine names a copy of {@code /root/.npm}; {@code root/.npm/...} for a tar rooted at
     * {@code /}). Refuses a tar with two entries of the same name or an entry below a symbolic link; entries outside
     * {@code archiveRoot} are refused too. Layer files are written into {@code workDir}.
     *
     * @throws TarRejectedException naming the entry and the rule it breaks
     */
    public static List<Blob> cut(InputStream archive, String archiveRoot, String layerPath, Path workDir, Cut cut)
            throws IOException {
        return cut(archive, archiveRoot, layerPath, workDir, cut, null).written();
    }

    /**
     * The same, on top of {@code previous} (null for none): its layers are kept and what is new goes into one layer
     * more when {@link Generations} allows, else the directory is cut afresh, leaving room for added layers.
     */
    public static Layers cut(
            InputStream archive, String archiveRoot, String layerPath, Path workDir, Cut cut, Previous previous)
            throws IOException {
        String root = trimSlashes(layerPath);
        String from = trimSlashes(archiveRoot);
        if (root.isEmpty() || from.isEmpty()) {
            throw new IllegalArgumentException("layer path and archive root must not be empty");
        }
        Path spool = Files.createTempFile(workDir, "spool-", ".data");
        try (EntryIndex index = new EntryIndex(spool)) {
            read(archive, from, root, cut.excluded(), index);
            int[] order = index.sorted();
            checkNames(index, order);
            LayerWriter writer = new LayerWriter(index, root, workDir, order);
            Generations.Keys keys = keys(index, order, writer);
            Generations.Plan plan = Generations.plan(index, order, keys, previous, cut.maxLayers());
            List<Part> parts = new ArrayList<>();
            if (plan.fresh()) {
                // Room for the layers later saves add on top, when the budget allows them at all.
                int budget = cut.maxLayers() >= Generations.MAX_ADDED + 2
                        ? cut.maxLayers() - Generations.MAX_ADDED
                        : cut.maxLayers();
                boolean[] starts =
                        LayerBoundaries.of(index, order, root, new Cut(budget, cut.excluded(), cut.minLayerBytes()));
                List<Blob> blobs = writer.write(order, starts);
                List<long[]> listed = listed(keys, starts, blobs.size());
                for (int i = 0; i < blobs.size(); i++) {
                    parts.add(new Part(blobs.get(i), null, listed.get(i)));
                }
                return new Layers(parts, blobs.size(), previous == null ? null : plan.reason());
            }
            for (int i = 0; i < plan.kept(); i++) {
                parts.add(new Part(
                        null,
                        previous.layers().get(i),
                        previous.listing().layers().get(i)));
            }
            int[] added = plan.added();
            if (added.length > 0) {
                int[] entries = new int[added.length];
                for (int j = 0; j < added.length; j++) {
                    entries[j] = order[added[j]];
                }
                Blob b = writer.write(entries, new boolean[entries.length]).get(0);
                parts.add(new Part(b, null, keys.listing(added)));
            }
            return new Layers(parts, plan.baseLayers(), null);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static Generations.Keys keys(EntryIndex index, int[] order, LayerWriter writer) {
        long[] names = new long[order.length];
        long[] entries = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            int target = i;
            if (index.type(i) == EntryIndex.HARDLINK) {
                int t = writer.find(index.link(i));
                target = t < 0 ? i : t;
            }
            names[k] = index.nameKey(i);
            entries[k] = index.entryKey(i, target);
        }
        return new Generations.Keys(names, entries);
    }

    /** The keys of each layer {@code starts} cuts. */
    private static List<long[]> listed(Generations.Keys keys, boolean[] starts, int layers) {
        List<long[]> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= starts.length; k++) {
            if (k == starts.length || starts[k]) {
                out.add(keys.listing(java.util.stream.IntStream.range(from, k).toArray()));
                from = k;
            }
        }
        while (out.size() < layers) {
            out.add(new long[0]); // an empty directory still makes one layer
        }
        return out;
    }

    /** Writes the tar at {@code tar} (rooted at {@code /}) as one layer at {@code target}, whatever its size. */
    public static Blob write(Path tar, String layerPath, Path target) throws IOException {
        List<Blob> blobs;
        try (InputStream in = Files.newInputStream(tar)) {
            blobs = cut(in, layerPath, layerPath, target.getParent(), Cut.single());
        }
        Files.move(blobs.get(0).file(), target, StandardCopyOption.REPLACE_EXISTING);
        Blob b = blobs.get(0);
        return new Blob(b.layerPath(), target, b.digest(), b.size());
    }

    private static void read(InputStream archive, String from, String root, List<String> excluded, EntryIndex index)
            throws IOException {
        // UTF-8 whatever the platform's charset: names are bytes in the tar, and PAX names are UTF-8 by definition.
        TarArchiveInputStream tar =
                new TarArchiveInputStream(new BufferedInputStream(archive, 1 << 16), StandardCharsets.UTF_8.name());
        TarArchiveEntry e;
        while ((e = tar.getNextEntry()) != null) {
            String name = renamed(e.getName(), from, root);
            if (name == null || isExcluded(name, root, excluded)) {
                continue;
            }
            byte type;
            String link = null;
            if (e.isDirectory()) {
                type = EntryIndex.DIR;
            } else if (e.isSymbolicLink()) {
                type = EntryIndex.SYMLINK;
                link = e.getLinkName();
            } else if (e.isLink()) {
                type = EntryIndex.HARDLINK;
                link = renamed(e.getLinkName(), from, root);
            } else if (e.isFile()) {
                type = EntryIndex.FILE;
            } else {
                throw new TarRejectedException(Rule.SPECIAL_FILE, e.getName(), "type '" + (char) e.getLinkFlag() + "'");
            }
            if ((e.getMode() & 06000) != 0) {
                throw new TarRejectedException(Rule.SPECIAL_MODE, e.getName(), Integer.toOctalString(e.getMode()));
            }
            index.add(name, type, e.getMode() & 07777, link, type == EntryIndex.FILE ? tar : null, e.getSize());
        }
    }

    /** {@code .npm/x} → {@code root/.npm/x}; null for a folder above the root (written anew as the layer says). */
    private static String renamed(String name, String from, String root) throws TarRejectedException {
        String n = normalize(name);
        if (n.isEmpty() || from.startsWith(n + "/")) {
            return null;
        }
        if (n.equals(from)) {
            return root;
        }
        if (!n.startsWith(from + "/")) {
            throw new TarRejectedException(Rule.OUTSIDE_DIRECTORY, name, "allowed: " + from + "/...");
        }
        return root + n.substring(from.length());
    }

    private static boolean isExcluded(String name, String root, List<String> excluded) {
        for (String x : excluded) {
            String p = root + "/" + x;
            if (name.equals(p) || name.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each name once and none below a link: what the layer keeps is then exactly what the validator checks (the
     * extracted tree keeps the last entry of a name, and a write below a link lands where the link points).
     */
    private static void checkNames(EntryIndex index, int[] order) throws TarRejectedException {
        java.util.Set<String> links = new java.util.HashSet<>();
        for (int k = 0; k < order.length; k++) {
            if (k > 0 && index.compareNames(order[k - 1], order[k]) == 0) {
                throw new TarRejectedException(Rule.DUPLICATE_NAME, index.name(order[k]), null);
            }
            if (index.type(order[k]) == EntryIndex.SYMLINK) {
                links.add(index.name(order[k]));
            }
        }
        if (links.isEmpty()) {
            return;
        }
        for (int i = 0; i < index.size(); i++) {
            String n = index.name(i);
            for (int s = n.indexOf('/'); s > 0; s = n.indexOf('/', s + 1)) {
                if (links.contains(n.substring(0, s))) {
                    throw new TarRejectedException(Rule.PARENT_IS_SYMLINK, n, "link " + n.substring(0, s));
                }
            }
        }
    }

    static List<String> ancestors(String root) {
        List<String> out = new ArrayList<>();
        int i = root.indexOf('/');
        while (i > 0) {
            out.add(root.substring(0, i));
            i = root.indexOf('/', i + 1);
        }
        return out;
    }

    static String normalize(String name) {
        String n = name;
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        return trimSlashes(n);
    }

    static String trimSlashes(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == '/') {
            b++;
        }
        while (e > b && s.charAt(e - 1) == '/') {
            e--;
        }
        return s.substring(b, e);
    }
}
