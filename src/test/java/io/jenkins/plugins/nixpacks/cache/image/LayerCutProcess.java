package io.jenkins.plugins.nixpacks.cache.image;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Cuts a generated tar of N small files (and one with a non-ASCII name) in its own JVM, for {@link LayerCutTest}:
 * the tar is written into a pipe by a thread while it is read, so it never exists whole. Prints what it cut. Test
 * helper.
 */
public final class LayerCutProcess {
    static final String NON_ASCII = ".npm/caf\u00e9-\u65e5\u672c";

    private LayerCutProcess() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]).resolve("million"));
        int n = Integer.parseInt(args[1]);
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (TarArchiveOutputStream t = new TarArchiveOutputStream(pipe, "UTF-8")) {
                t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                t.setAddPaxHeadersForNonAsciiNames(true);
                t.putArchiveEntry(new TarArchiveEntry(".npm/"));
                t.closeArchiveEntry();
                put(t, NON_ASCII, "x");
                for (int i = 0; i < n; i++) {
                    // Unsorted on purpose, as a file system walk gives them.
                    int k = (int) ((i * 2654435761L) % n);
                    put(t, String.format(".npm/_cacache/index-v5/%02x/%07d", k % 256, k), "");
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        writer.start();
        List<ReproducibleLayer.Blob> layers =
                ReproducibleLayer.cut(in, ".npm", "root/.npm", work, new ReproducibleLayer.Cut(96, List.of()));
        writer.join();
        if (failed.get() != null) {
            throw new IOException("the generator failed", failed.get());
        }
        long entries = 0;
        boolean nonAscii = false;
        for (ReproducibleLayer.Blob b : layers) {
            try (TarArchiveInputStream t = new TarArchiveInputStream(Files.newInputStream(b.file()), "UTF-8")) {
                TarArchiveEntry e;
                while ((e = t.getNextEntry()) != null) {
                    entries++;
                    nonAscii |= e.getName().equals("root/" + NON_ASCII);
                }
            }
        }
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        System.out.println(
                "layers " + layers.size() + ", entries " + entries + " (with root/ and root/.npm/), max heap " + heap
                        + " MB" + (nonAscii ? ", non-ASCII name kept" : ", non-ASCII name LOST"));
    }

    private static void put(TarArchiveOutputStream t, String name, String content) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        byte[] data = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        e.setSize(data.length);
        t.putArchiveEntry(e);
        t.write(data);
        t.closeArchiveEntry();
    }
}
