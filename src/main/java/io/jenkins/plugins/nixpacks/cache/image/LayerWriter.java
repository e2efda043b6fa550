package io.jenkins.plugins.nixpacks.cache.image;

import io.jenkins.plugins.nixpacks.cache.TarLimits;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException.Rule;
import io.jenkins.plugins.nixpacks.cache.TarValidator;
import io.jenkins.plugins.nixpacks.registry.Digests.CountingDigestOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes the sorted entries of an {@link EntryIndex} as normalized layers, and checks the layers with the same
 * {@link TarValidator} the receiver runs, over all layers of the directory at once: what is published is exactly
 * what was checked, links resolved against every link the stacked layers hold.
 */
final class LayerWriter {
    /** The agent's own check is not a defence against size: the receiver's caps are. */
    private static final TarLimits NO_CAPS = new TarLimits(Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    private final EntryIndex index;
    private final String root;
    private final Path workDir;
    /** Every entry in name order, where a hard link's target is looked up. */
    private final int[] all;

    LayerWriter(EntryIndex index, String root, Path workDir, int[] all) {
        this.index = index;
        this.root = root;
        this.workDir = workDir;
        this.all = all;
    }

    /** Writes the entries {@code order} (a name-ordered subset of all, or all), a new layer where {@code starts}. */
    List<ReproducibleLayer.Blob> write(int[] order, boolean[] starts) throws IOException {
        List<ReproducibleLayer.Blob> blobs = new ArrayList<>();
        TarValidator.Checker checker = new TarValidator(root, NO_CAPS).checker();
        Chunk chunk = new Chunk();
        try {
            for (String ancestor : ReproducibleLayer.ancestors(root)) {
                putDirectory(chunk.out, ancestor, 0755);
            }
            if (order.length == 0 || !index.name(order[0]).equals(root)) {
                putDirectory(chunk.out, root, 0755);
            }
            for (int k = 0; k < order.length; k++) {
                if (starts[k]) {
                    blobs.add(finish(chunk, checker));
                    chunk = new Chunk();
                }
                put(chunk.out, order[k]);
            }
            blobs.add(finish(chunk, checker));
            checker.finish();
            return blobs;
        } catch (IOException | RuntimeException e) {
            chunk.abandon();
            for (ReproducibleLayer.Blob b : blobs) {
                Files.deleteIfExists(b.file());
            }
            throw e;
        }
    }

    private ReproducibleLayer.Blob finish(Chunk chunk, TarValidator.Checker checker) throws IOException {
        ReproducibleLayer.Blob b = chunk.finish();
        try (InputStream in = Files.newInputStream(b.file())) {
            checker.copy(in, OutputStream.nullOutputStream());
        }
        return b;
    }

    private void put(TarArchiveOutputStream out, int i) throws IOException {
        String name = index.name(i);
        int mode = index.mode(i);
        switch (index.type(i)) {
            case EntryIndex.DIR -> putDirectory(out, name, mode);
            case EntryIndex.SYMLINK -> {
                TarArchiveEntry e = fixed(new TarArchiveEntry(name, TarConstants.LF_SYMLINK), mode);
                e.setLinkName(index.link(i));
                out.putArchiveEntry(e);
                out.closeArchiveEntry();
            }
            case EntryIndex.HARDLINK -> {
                int target = find(index.link(i));
                if (target < 0 || index.type(target) != EntryIndex.FILE) {
                    throw new TarRejectedException(Rule.HARDLINK_ESCAPES, name, "target " + index.link(i));
                }
                copyFile(out, name, target, mode);
            }
            default -> copyFile(out, name, i, mode);
        }
    }

    /** The entry named {@code name}, by binary search in the sorted order, or -1. */
    int find(String name) {
        if (name == null) {
            return -1;
        }
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = all.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = index.compareName(all[mid], key);
            if (c == 0) {
                return all[mid];
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private void copyFile(TarArchiveOutputStream out, String name, int source, int mode) throws IOException {
        TarArchiveEntry e = fixed(new TarArchiveEntry(name, TarConstants.LF_NORMAL), mode);
        e.setSize(index.dataSize(source));
        out.putArchiveEntry(e);
        try (InputStream in = index.data(source)) {
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
        e.setModTime(ReproducibleLayer.FIXED_MTIME_MILLIS);
        e.setUserId(0);
        e.setGroupId(0);
        e.setUserName("");
        e.setGroupName("");
        e.setMode((e.isDirectory() ? TarArchiveEntry.DEFAULT_DIR_MODE & ~07777 : e.isSymbolicLink() ? 0120000 : 0100000)
                | mode);
        return e;
    }

    /** One layer file being written, with its digest counted on the way. */
    private final class Chunk {
        final Path file;
        final CountingDigestOutputStream counted;
        final TarArchiveOutputStream out;

        Chunk() throws IOException {
            this.file = Files.createTempFile(workDir, "layer-", ".tar");
            this.counted =
                    new CountingDigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            this.out = new TarArchiveOutputStream(counted, "UTF-8");
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            out.setAddPaxHeadersForNonAsciiNames(true);
        }

        ReproducibleLayer.Blob finish() throws IOException {
            out.finish();
            out.close();
            return new ReproducibleLayer.Blob(root, file, counted.digest(), counted.count());
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
}
