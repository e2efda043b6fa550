package io.jenkins.plugins.nixpacks.cache.image;

import io.jenkins.plugins.nixpacks.registry.Digest;
import io.jenkins.plugins.nixpacks.registry.Digests.CountingDigestOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Turns a received cache tar into a layer whose bytes depend only on the directory's content: entries sorted by name,
 * one fixed modification time, owner root, no user or group names, every ancestor folder present. So the same
 * cache content always gives the same layer digest, and an unchanged directory is never uploaded again.
 *
 * <p>A large directory is cut into several layers at boundaries that depend only on entry names (where the
 * second-level folder changes, or where a name's hash says so once a layer is big enough), so when a tool rewrites
 * one corner of its cache (npm rewrites every {@code _cacache/index-v5} entry on each install) only the layers of that
 * corner change, and the rest is not uploaded again.
 *
 * <p>Times are fixed rather than kept because build tools rewrite index files on every run; a stale time can only
 * make a make-like tool rebuild, never skip work it should do. Hard links become copies: sorting could otherwise put a
 * link before its target.
 */
public final class ReproducibleLayer {
    /** One second after the epoch, as jib does: some tools treat 0 as "no time". */
    static final long FIXED_MTIME_MILLIS = 1000L;

    private ReproducibleLayer() {}

    /** The layer's digest (equal to its diff id: layers are uncompressed) and size. */
    public record Blob(String layerPath, Path file, Digest digest, long size) {}

    /** Cut where the second-level folder changes, once a layer holds this much. */
    static final long PREFIX_CUT_BYTES = 1L << 20;

    /** Cut after a name whose hash ends in three zero bits, once a layer holds this much. */
    static final long HASH_CUT_BYTES = 16L << 20;

    /** Layers per directory at most; images are limited to about 127 layers in all. */
    static final int MAX_LAYERS_PER_DIRECTORY = 24;

    /**
     * Writes the normalized layer of {@code receivedTar} to {@code target}, as one layer whatever its size. The tar was
     * validated on receipt; entries outside {@code layerPath} are dropped here all the same.
     */
    public static Blob write(Path receivedTar, String layerPath, Path target) throws IOException {
        List<Blob> blobs = write(receivedTar, layerPath, target.getParent(), Long.MAX_VALUE, Long.MAX_VALUE);
        Files.move(blobs.get(0).file(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Blob b = blobs.get(0);
        return new Blob(b.layerPath(), target, b.digest(), b.size());
    }

    /** Writes the normalized layers of {@code receivedTar} into {@code workDir}, cut as the class says. */
    public static List<Blob> writeLayers(Path receivedTar, String layerPath, Path workDir) throws IOException {
        return write(receivedTar, layerPath, workDir, PREFIX_CUT_BYTES, HASH_CUT_BYTES);
    }

    static List<Blob> write(Path receivedTar, String layerPath, Path workDir, long prefixCut, long hashCut)
            throws IOException {
        String root = trimSlashes(layerPath);
        if (root.isEmpty()) {
            throw new IllegalArgumentException("layer path is empty");
        }
        try (TarFile tar = new TarFile(receivedTar)) {
            Map<String, TarArchiveEntry> byName = new TreeMap<>();
            for (TarArchiveEntry e : tar.getEntries()) {
                String name = normalize(e.getName());
                if (name.equals(root) || name.startsWith(root + "/")) {
                    byName.put(name, e); // a later entry of the same name wins, as when extracting
                }
            }
            List<Blob> blobs = new ArrayList<>();
            Chunk chunk = new Chunk(root, workDir);
            try {
                for (String ancestor : ancestors(root)) {
                    if (!byName.containsKey(ancestor)) {
                        putDirectory(chunk.out, ancestor, 0755);
                    }
                }
                if (!byName.containsKey(root)) {
                    putDirectory(chunk.out, root, 0755);
                }
                String previous = null;
                for (Map.Entry<String, TarArchiveEntry> entry : byName.entrySet()) {
                    String name = entry.getKey();
                    if (previous != null
                            && blobs.size() < MAX_LAYERS_PER_DIRECTORY - 1
                            && cutBefore(root, previous, name, chunk.content, prefixCut, hashCut)) {
                        blobs.add(chunk.finish());
                        chunk = new Chunk(root, workDir);
                    }
                    chunk.content += put(chunk.out, tar, name, entry.getValue(), byName);
                    previous = name;
                }
                blobs.add(chunk.finish());
                return blobs;
            } catch (IOException | RuntimeException e) {
                chunk.abandon();
                for (Blob b : blobs) {
                    Files.deleteIfExists(b.file());
                }
                throw e;
            }
        }
    }

    static boolean cutBefore(String root, String previous, String next, long content, long prefixCut, long hashCut) {
        if (content >= prefixCut && !prefix(root, previous).equals(prefix(root, next))) {
            return true;
        }
        return content >= hashCut && (nameHash(previous) & 7) == 0;
    }

    /** The first two folders below the directory: {@code _cacache/index-v5}, {@code org/springframework}. */
    private static String prefix(String root, String name) {
        String rest = name.length() > root.length() ? name.substring(root.length() + 1) : "";
        int first = rest.indexOf('/');
        if (first < 0) {
            return "";
        }
        int second = rest.indexOf('/', first + 1);
        return second < 0 ? rest.substring(0, first) : rest.substring(0, second);
    }

    private static int nameHash(String name) {
        byte[] h = io.jenkins.plugins.nixpacks.registry.Digests.newSha256()
                .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return h[0];
    }

    /** One layer file being written, with its digest counted on the way. */
    private static final class Chunk {
        final String root;
        final Path file;
        final OutputStream raw;
        final CountingDigestOutputStream counted;
        final TarArchiveOutputStream out;
        long content;

        Chunk(String root, Path workDir) throws IOException {
            this.root = root;
            this.file = Files.createTempFile(workDir, "layer-", ".tar");
            this.raw = Files.newOutputStream(file);
            this.counted = new CountingDigestOutputStream(new BufferedOutputStream(raw, 1 << 16));
            this.out = new TarArchiveOutputStream(counted, "UTF-8");
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            out.setAddPaxHeadersForNonAsciiNames(true);
        }

        Blob finish() throws IOException {
            out.finish();
            out.close();
            return new Blob(root, file, counted.digest(), counted.count());
        }

        void abandon() {
            try {
                out.close();
            } catch (IOException ignored) {
                // the layer is being thrown away
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left in the build's work folder goes with it
            }
        }
    }

    /** Writes one entry; returns the content bytes written. */
    private static long put(
            TarArchiveOutputStream out,
            TarFile tar,
            String name,
            TarArchiveEntry source,
            Map<String, TarArchiveEntry> byName)
            throws IOException {
        int mode = source.getMode() & 07777;
        if (source.isDirectory()) {
            putDirectory(out, name, mode);
        } else if (source.isSymbolicLink()) {
            TarArchiveEntry e = fixed(new TarArchiveEntry(name, TarConstants.LF_SYMLINK), mode);
            e.setLinkName(source.getLinkName());
            out.putArchiveEntry(e);
            out.closeArchiveEntry();
        } else if (source.isLink()) {
            TarArchiveEntry target = byName.get(normalize(source.getLinkName()));
            if (target == null || !target.isFile()) {
                return 0; // a link to nothing we keep: the validator should have refused it; drop it
            }
            copyFile(out, tar, name, target, mode);
            return target.getSize();
        } else if (source.isFile()) {
            copyFile(out, tar, name, source, mode);
            return source.getSize();
        }
        // devices and FIFOs were refused on receipt; anything else has no place in a cache
        return 0;
    }

    private static void copyFile(TarArchiveOutputStream out, TarFile tar, String name, TarArchiveEntry source, int mode)
            throws IOException {
        TarArchiveEntry e = fixed(new TarArchiveEntry(name, TarConstants.LF_NORMAL), mode);
        e.setSize(source.getSize());
        out.putArchiveEntry(e);
        try (InputStream in = tar.getInputStream(source)) {
            in.transferTo(out);
        }
        out.closeArchiveEntry();
    }

    private static void putDirectory(TarArchiveOutputStream out, String name, int mode) throws IOException {
        TarArchiveEntry e = fixed(new TarArchiveEntry(name + "/", TarConstants.LF_DIR), mode);
        out.putArchiveEntry(e);
        out.closeArchiveEntry();
    }

    private static TarArchiveEntry fixed(TarArchiveEntry e, int mode) {
        e.setModTime(FIXED_MTIME_MILLIS);
        e.setUserId(0);
        e.setGroupId(0);
        e.setUserName("");
        e.setGroupName("");
        e.setMode((e.isDirectory() ? TarArchiveEntry.DEFAULT_DIR_MODE & ~07777 : e.isSymbolicLink() ? 0120000 : 0100000)
                | mode);
        return e;
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

    private static String trimSlashes(String s) {
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
