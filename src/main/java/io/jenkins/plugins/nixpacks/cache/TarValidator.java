package io.jenkins.plugins.nixpacks.cache;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Checks a cache tar while copying it, so a multi-GB upload is read once and never held in memory.
 *
 * <p>The tar is a layer the agent cut from a cache directory ({@link
 * io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer}): entries sorted by name, each name once, so what this class
 * checks is exactly what a layer keeps when it is extracted (a second entry of the same name would replace the first
 * after the first was checked). No entry may lie below a symbolic link. Every entry must lie in
 * the declared directory ({@code root/.npm}, {@code root/.npm/...}; a leading {@code ./} is fine); the directory's
 * parent folders ({@code root/}) may appear, but only as directories. Names must be relative, without {@code ..},
 * empty or {@code .} segments or NUL, and no segment may start with {@code .wh.} (a layer's whiteout: the engine
 * would delete a name instead of writing one). Symbolic links must resolve inside the directory (relative to the link's
 * folder, following the archive's other links, never passing through a folder the archive does not control); hard
 * links must name an entry inside it. Devices, FIFOs, sparse files, setuid/setgid bits and other entry types are
 * refused. Entry count, entry size and total size are capped on the headers, before the data arrives.
 *
 * <p>A {@link TarRejectedException} names the entry and the rule; a truncated or corrupt stream is one too. An
 * {@link IOException} of the source or the sink passes through unchanged, so the caller can tell "the client went
 * away" or "the disk is full" from "the tar is bad".
 */
public final class TarValidator {
    /** The AUFS whiteout prefix that Docker and OCI layers use for deletions. */
    static final String WHITEOUT_PREFIX = ".wh.";

    private static final int BUFFER_SIZE = 64 * 1024;
    /** As Linux' MAXSYMLINKS. */
    private static final int MAX_LINK_HOPS = 40;

    private final String layerPath;
    private final List<String> dir;
    private final TarLimits limits;
    private final boolean plainParents;

    /**
     * @param layerPath the cache directory as an absolute container path without its leading slash, e.g.
     *     {@code root/.npm} or {@code app/.m2/repository}
     */
    public TarValidator(String layerPath, TarLimits limits) {
        this(layerPath, limits, false);
    }

    /**
     * The same checks, and the directory's parent folders, when they appear, only as the cut writes them: mode 755,
     * owned by root. For layers that become a build's file system whole ({@code build.CacheBase}), where a parent
     * folder lands on the build's own {@code /root}.
     */
    public static TarValidator withPlainParents(String layerPath, TarLimits limits) {
        return new TarValidator(layerPath, limits, true);
    }

    private TarValidator(String layerPath, TarLimits limits, boolean plainParents) {
        this.plainParents = plainParents;
        Objects.requireNonNull(layerPath, "layerPath");
        this.limits = Objects.requireNonNull(limits, "limits");
        String trimmed = layerPath.endsWith("/") ? layerPath.substring(0, layerPath.length() - 1) : layerPath;
        List<String> segments = Arrays.asList(trimmed.split("/", -1));
        if (trimmed.isEmpty()
                || layerPath.startsWith("/")
                || trimmed.indexOf('\0') >= 0
                || segments.stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException(
                    "Cache directory layer path '" + TarRejectedException.printable(layerPath)
                            + "' must be a container path without its leading slash, e.g. root/.npm");
        }
        this.layerPath = trimmed;
        this.dir = List.copyOf(segments);
    }

    public String layerPath() {
        return layerPath;
    }

    /**
     * Copies {@code in} to {@code out} byte for byte while checking it; reads {@code in} to its end. Neither stream is
     * closed. When this throws, {@code out} holds a partial or rejected copy that the caller must discard.
     *
     * @throws TarRejectedException the tar breaks a rule, is truncated or corrupt
     * @throws IOException reading {@code in} or writing {@code out} failed
     */
    public TarSummary copy(InputStream in, OutputStream out) throws IOException {
        Checker checker = checker();
        TarSummary summary = checker.copy(in, out);
        checker.finish();
        return summary;
    }

    /**
     * A check over several tars that together make one directory (the layers of one cut, in order): names must rise
     * across all of them, and links are resolved against the links of all of them, as the stacked layers show them.
     */
    public Checker checker() {
        return new Checker();
    }

    /** See {@link #checker()}. */
    public final class Checker {
        private final Scan scan = new Scan();

        private Checker() {}

        /** Copies and checks one tar of the sequence, as {@link TarValidator#copy} does. */
        public TarSummary copy(InputStream in, OutputStream out) throws IOException {
            CopyingInputStream tee = new CopyingInputStream(in, out);
            int entriesBefore = scan.entries;
            long bytesBefore = scan.totalBytes;
            try {
                TarHeaderGuard tar = new TarHeaderGuard(tee);
                byte[] buffer = new byte[BUFFER_SIZE];
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    scan.current = entry.getName();
                    scan.check(entry);
                    while (tar.read(buffer) >= 0) {
                        // the tee copies the entry's bytes; nothing to inspect in file contents
                    }
                }
                scan.current = null;
                tee.drainZeros(buffer);
                return new TarSummary(scan.entries - entriesBefore, scan.totalBytes - bytesBefore, tee.count());
            } catch (TarRejectedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                if (tee.failure() != null) {
                    throw tee.failure();
                }
                // Everything else comes from the tar reader choking on the bytes it was given.
                throw new TarRejectedException(
                        tee.atEnd() ? Rule.TRUNCATED : Rule.CORRUPT, scan.current, e.getMessage(), e);
            }
        }

        /** Resolves every link of the sequence; call after the last tar. */
        public void finish() throws TarRejectedException {
            scan.checkSymlinks();
        }
    }

    private enum Place {
        INSIDE,
        ANCESTOR,
        OUTSIDE
    }

    private Place placeOf(List<String> path) {
        int common = Math.min(path.size(), dir.size());
        for (int i = 0; i < common; i++) {
            if (!path.get(i).equals(dir.get(i))) {
                return Place.OUTSIDE;
            }
        }
        return path.size() >= dir.size() ? Place.INSIDE : Place.ANCESTOR;
    }

    /**
     * An archive path split into segments: relative, one optional leading {@code ./}, one optional trailing slash,
     * no empty, {@code .} or {@code ..} segments. {@code ./} alone is the root, an empty list.
     */
    private static List<String> archivePath(String entry, String name, Rule escapes) throws TarRejectedException {
        if (name.indexOf('\0') >= 0) {
            throw new TarRejectedException(Rule.NUL_IN_NAME, entry, null);
        }
        if (name.startsWith("/")) {
            throw new TarRejectedException(escapes == null ? Rule.ABSOLUTE_NAME : escapes, entry, name);
        }
        String s = name.startsWith("./") ? name.substring(2) : name.equals(".") ? "" : name;
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> segments = Arrays.asList(s.split("/", -1));
        for (String segment : segments) {
            if (segment.equals("..")) {
                throw new TarRejectedException(escapes == null ? Rule.PARENT_SEGMENT : escapes, entry, name);
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw new TarRejectedException(Rule.MALFORMED_NAME, entry, name);
            }
            // A layer's ".wh.x" is not a file to the engine: it deletes x from the layers below (".wh..wh..opq" a
            // whole folder), so what a build would restore is not what was checked. Link targets are paths, not
            // layer entries, and may name anything.
            if (escapes == null && segment.startsWith(WHITEOUT_PREFIX)) {
                throw new TarRejectedException(Rule.WHITEOUT_NAME, entry, name);
            }
        }
        return segments;
    }

    /** The state of one validation: counters and the archive's symbolic links. */
    private final class Scan {
        String current;
        int entries;
        long totalBytes;
        /** Link path (segments joined by '/') to raw target. Bounded by the entry cap. */
        final Map<String, String> symlinks = new HashMap<>();

        long symlinkChars;
        /** The previous entry's path, UTF-8: names must rise strictly, so no name is kept twice. */
        byte[] previous;
        /** Steps left for resolving links, so a crafted web of links cannot keep the CPU busy. */
        long resolveBudget = 64L * 1024 * 1024;

        void check(TarArchiveEntry e) throws TarRejectedException {
            String name = e.getName();
            if (++entries > limits.maxEntries()) {
                throw new TarRejectedException(Rule.TOO_MANY_ENTRIES, name, "limit " + limits.maxEntries());
            }
            List<String> path = archivePath(name, name, null);
            byte type = e.getLinkFlag();
            if (type == TarArchiveEntry.LF_CHR || type == TarArchiveEntry.LF_BLK || type == TarArchiveEntry.LF_FIFO) {
                throw new TarRejectedException(Rule.SPECIAL_FILE, name, null);
            }
            boolean plain = type == TarArchiveEntry.LF_NORMAL || type == TarArchiveEntry.LF_OLDNORM;
            // Old tars mark directories by a trailing slash on a plain entry, as GNU tar still reads them.
            boolean directory = type == TarArchiveEntry.LF_DIR || (plain && name.endsWith("/"));
            boolean regular = !directory && (plain || type == TarArchiveEntry.LF_CONTIG);
            boolean symlink = type == TarArchiveEntry.LF_SYMLINK;
            boolean hardlink = type == TarArchiveEntry.LF_LINK;
            if (e.isSparse() || !(directory || regular || symlink || hardlink)) {
                throw new TarRejectedException(Rule.UNSUPPORTED_TYPE, name, "type '" + (char) type + "'");
            }
            if (!directory && name.endsWith("/")) {
                throw new TarRejectedException(Rule.MALFORMED_NAME, name, "trailing slash on a non-directory");
            }
            byte[] key = String.join("/", path).getBytes(StandardCharsets.UTF_8);
            if (previous != null) {
                int order = Arrays.compareUnsigned(previous, key);
                if (order == 0) {
                    throw new TarRejectedException(Rule.DUPLICATE_NAME, name, null);
                }
                if (order > 0) {
                    throw new TarRejectedException(
                            Rule.UNSORTED, name, "after " + new String(previous, StandardCharsets.UTF_8));
                }
            }
            previous = key;
            // A name below a link is written through the link when extracted: refuse it, whatever the link says.
            for (int i = 1; i < path.size(); i++) {
                if (symlinks.containsKey(String.join("/", path.subList(0, i)))) {
                    throw new TarRejectedException(
                            Rule.PARENT_IS_SYMLINK, name, "link " + String.join("/", path.subList(0, i)));
                }
            }
            Place place = placeOf(path);
            if (place == Place.OUTSIDE) {
                throw new TarRejectedException(Rule.OUTSIDE_DIRECTORY, name, "allowed: " + layerPath + "/...");
            }
            if (!directory && (place == Place.ANCESTOR || path.size() == dir.size())) {
                throw new TarRejectedException(Rule.NOT_A_DIRECTORY, name, null);
            }
            if (plainParents
                    && place == Place.ANCESTOR
                    && ((e.getMode() & 07777) != 0755 || e.getLongUserId() != 0 || e.getLongGroupId() != 0)) {
                throw new TarRejectedException(
                        Rule.ANCESTOR_NOT_PLAIN,
                        name,
                        "mode " + Integer.toOctalString(e.getMode() & 07777) + ", owner " + e.getLongUserId() + ":"
                                + e.getLongGroupId());
            }
            if ((e.getMode() & 06000) != 0) {
                throw new TarRejectedException(Rule.SPECIAL_MODE, name, "mode " + Integer.toOctalString(e.getMode()));
            }
            long size = Math.max(e.getSize(), e.getRealSize());
            if (size > limits.maxEntryBytes()) {
                throw new TarRejectedException(
                        Rule.ENTRY_TOO_LARGE, name, size + " bytes, limit " + limits.maxEntryBytes());
            }
            totalBytes += size;
            if (totalBytes > limits.maxTotalBytes()) {
                throw new TarRejectedException(
                        Rule.TOTAL_TOO_LARGE, name, "over " + limits.maxTotalBytes() + " bytes in total");
            }
            if (symlink) {
                String target = e.getLinkName();
                if (target.isEmpty() || target.indexOf('\0') >= 0) {
                    throw new TarRejectedException(Rule.SYMLINK_ESCAPES, name, "empty or NUL in target");
                }
                symlinkChars += name.length() + target.length();
                if (symlinkChars > TarLimits.MAX_SYMLINK_CHARS) {
                    throw new TarRejectedException(
                            Rule.TOO_MANY_SYMLINKS, name, "over " + TarLimits.MAX_SYMLINK_CHARS + " characters");
                }
                if (symlinks.put(String.join("/", path), target) != null) {
                    throw new TarRejectedException(Rule.DUPLICATE_SYMLINK, name, null);
                }
            } else if (hardlink) {
                String target = e.getLinkName();
                List<String> targetPath = archivePath(name, target, Rule.HARDLINK_ESCAPES);
                if (placeOf(targetPath) != Place.INSIDE || targetPath.size() == dir.size()) {
                    throw new TarRejectedException(Rule.HARDLINK_ESCAPES, name, "target " + target);
                }
            }
        }

        /**
         * Resolves every link with the archive's final set of links, as the extracted tree will see them. Links are
         * checked at the end because a later entry can turn a folder in an earlier link's target into a link.
         */
        void checkSymlinks() throws TarRejectedException {
            for (Map.Entry<String, String> link : symlinks.entrySet()) {
                resolve(link.getKey(), link.getValue());
            }
        }

        private void resolve(String linkPath, String target) throws TarRejectedException {
            List<String> current = new ArrayList<>();
            ArrayDeque<String> pending = new ArrayDeque<>();
            if (!target.startsWith("/")) {
                List<String> parent = Arrays.asList(linkPath.split("/", -1));
                pending.addAll(parent.subList(0, parent.size() - 1));
            }
            pending.addAll(Arrays.asList(target.split("/", -1)));
            int hops = 0;
            while (!pending.isEmpty()) {
                if (--resolveBudget < 0) {
                    throw new TarRejectedException(Rule.SYMLINK_LOOP, linkPath, "too many link steps in the archive");
                }
                String segment = pending.pollFirst();
                if (segment.isEmpty() || segment.equals(".")) {
                    continue;
                }
                if (segment.equals("..")) {
                    if (!current.isEmpty()) {
                        current.remove(current.size() - 1);
                    }
                    continue;
                }
                current.add(segment);
                // Beside the path to the cache directory lies the rest of the container's file system, whose links
                // the archive cannot see: a path that goes there is refused even if a later '..' would come back.
                if (placeOf(current) == Place.OUTSIDE) {
                    throw new TarRejectedException(Rule.SYMLINK_ESCAPES, linkPath, "target " + target);
                }
                String next = symlinks.get(String.join("/", current));
                if (next != null) {
                    if (++hops > MAX_LINK_HOPS) {
                        throw new TarRejectedException(Rule.SYMLINK_LOOP, linkPath, "target " + target);
                    }
                    current.remove(current.size() - 1);
                    if (next.startsWith("/")) {
                        current.clear();
                    }
                    List<String> nextSegments = Arrays.asList(next.split("/", -1));
                    for (int i = nextSegments.size() - 1; i >= 0; i--) {
                        pending.addFirst(nextSegments.get(i));
                    }
                }
            }
            if (placeOf(current) != Place.INSIDE) {
                throw new TarRejectedException(Rule.SYMLINK_ESCAPES, linkPath, "target " + target);
            }
        }
    }
}
