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

    /**
     * Writes the normalized layer of {@code receivedTar} to {@code target}. The tar was validated on receipt; entries
     * outside {@code layerPath} are dropped here all the same.
     */
    public static Blob write(Path receivedTar, String layerPath, Path target) throws IOException {
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
            try (OutputStream file = Files.newOutputStream(target);
                    CountingDigestOutputStream counted =
                            new CountingDigestOutputStream(new BufferedOutputStream(file, 1 << 16));
                    TarArchiveOutputStream out = new TarArchiveOutputStream(counted, "UTF-8")) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                out.setAddPaxHeadersForNonAsciiNames(true);
                for (String ancestor : ancestors(root)) {
                    if (!byName.containsKey(ancestor)) {
                        putDirectory(out, ancestor, 0755);
                    }
                }
                if (!byName.containsKey(root)) {
                    putDirectory(out, root, 0755);
                }
                for (Map.Entry<String, TarArchiveEntry> entry : byName.entrySet()) {
                    put(out, tar, entry.getKey(), entry.getValue(), byName);
                }
                out.finish();
                out.flush();
                return new Blob(root, target, counted.digest(), counted.count());
            }
        }
    }

    private static void put(
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
                return; // a link to nothing we keep: the validator should have refused it; drop it
            }
            copyFile(out, tar, name, target, mode);
        } else if (source.isFile()) {
            copyFile(out, tar, name, source, mode);
        }
        // devices and FIFOs were refused on receipt; anything else has no place in a cache
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
