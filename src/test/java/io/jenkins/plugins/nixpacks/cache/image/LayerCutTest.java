package io.jenkins.plugins.nixpacks.cache.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a directory is cut, what the cut refuses, and that it streams: the unit of upload follows what changed. */
class LayerCutTest {
    @TempDir
    Path tmp;

    /** Like go-build: 256 hash folders of files, as the engine's archive names them ({@code go-build/xx/...}). */
    private static byte[] goBuildLike(int changedFolder, boolean addFile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(bytes, "UTF-8")) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            dir(t, "go-build/");
            for (int f = 0; f < 256; f++) {
                String folder = String.format("go-build/%02x/", f);
                dir(t, folder);
                Random random = new Random(f);
                for (int i = 0; i < 8; i++) {
                    byte[] data = new byte[4096];
                    random.nextBytes(data);
                    if (f == changedFolder && i == 3) {
                        data[0] ^= 1; // one object rebuilt
                    }
                    file(t, folder + String.format("%064x-d", f * 1000L + i), data);
                }
                if (f == changedFolder && addFile) {
                    file(t, folder + "new-object-d", new byte[4096]);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void dir(TarArchiveOutputStream t, String name) throws IOException {
        t.putArchiveEntry(new TarArchiveEntry(name));
        t.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream t, String name, byte[] data) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(data.length);
        t.putArchiveEntry(e);
        t.write(data);
        t.closeArchiveEntry();
    }

    private List<ReproducibleLayer.Blob> cut(byte[] archive, String name) throws IOException {
        Path work = Files.createDirectories(tmp.resolve(name));
        // 8 MiB of cache; layers of 64 KiB at least on average, as 4 MiB would be for a real 500 MB go-build.
        return ReproducibleLayer.cut(
                new ByteArrayInputStream(archive),
                "go-build",
                "root/.cache/go-build",
                work,
                new ReproducibleLayer.Cut(96, List.of(), 64 * 1024));
    }

    private static long changed(List<ReproducibleLayer.Blob> before, List<ReproducibleLayer.Blob> after) {
        Set<Object> old = new HashSet<>();
        before.forEach(b -> old.add(b.digest()));
        return after.stream().filter(b -> !old.contains(b.digest())).count();
    }

    @Test
    void changingOneOfGoBuildsHashFoldersChangesOneOrTwoLayers() throws IOException {
        List<ReproducibleLayer.Blob> before = cut(goBuildLike(-1, false), "before");
        List<ReproducibleLayer.Blob> same = cut(goBuildLike(-1, false), "same");
        List<ReproducibleLayer.Blob> rebuilt = cut(goBuildLike(0x7a, false), "rebuilt");
        List<ReproducibleLayer.Blob> added = cut(goBuildLike(0x31, true), "added");

        System.out.printf(
                "go-build-like: %d layers; changed after a rebuilt object %d, after an added one %d%n",
                before.size(), changed(before, rebuilt), changed(before, added));
        assertThat(before.size())
                .as("cut well under the budget, not into one layer")
                .isBetween(16, 96);
        assertThat(changed(before, same))
                .as("unchanged content, unchanged layers")
                .isZero();
        assertThat(changed(before, rebuilt)).isEqualTo(1);
        assertThat(changed(before, added)).isBetween(1L, 2L);
    }

    @Test
    void theLayerBudgetHoldsForAnyNumberOfEntries() throws IOException {
        List<ReproducibleLayer.Blob> layers = ReproducibleLayer.cut(
                new ByteArrayInputStream(goBuildLike(-1, false)),
                "go-build",
                "root/.cache/go-build",
                Files.createDirectories(tmp.resolve("budget")),
                new ReproducibleLayer.Cut(5, List.of(), 1));

        assertThat(layers).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void npmsLogsAreLeftOutAndItsIndexIsAChunkOfItsOwn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(bytes, "UTF-8")) {
            dir(t, ".npm/");
            for (int i = 0; i < 40; i++) {
                file(t, String.format(".npm/_cacache/content-v2/sha512/%02x/blob", i), new byte[100_000]);
                file(t, String.format(".npm/_cacache/index-v5/%02x/entry", i), "{}".getBytes());
            }
            file(t, ".npm/_logs/2026-debug-0.log", "secret-ish log".getBytes());
        }
        List<ReproducibleLayer.Blob> layers = ReproducibleLayer.cut(
                new ByteArrayInputStream(bytes.toByteArray()),
                ".npm",
                "root/.npm",
                Files.createDirectories(tmp.resolve("npm")),
                new ReproducibleLayer.Cut(48, List.of("_logs"), 100_000));

        List<List<String>> names = new ArrayList<>();
        for (ReproducibleLayer.Blob b : layers) {
            List<String> n = new ArrayList<>();
            try (TarFile t = new TarFile(b.file())) {
                t.getEntries().forEach(e -> n.add(e.getName()));
            }
            names.add(n);
        }
        assertThat(names.stream().flatMap(List::stream)).noneMatch(n -> n.contains("_logs"));
        List<String> indexLayer = names.get(names.size() - 1);
        assertThat(indexLayer).isNotEmpty().allMatch(n -> n.contains("_cacache/index-v5"));
    }

    @Test
    void twoEntriesOfOneNameAndANameBelowALinkAreRefused() {
        byte[] dup = new RawTar()
                .dir(".npm/")
                .symlink(".npm/a", "p0/p1/p2/p3/p4/p5/p6/p7/p8/p9/p10/p11")
                .dir(".npm/a/")
                .symlink(".npm/x", "a/../../../etc/passwd")
                .end()
                .bytes();
        byte[] below = new RawTar()
                .dir(".npm/")
                .symlink(".npm/l", "q")
                .file(".npm/l/f", "x")
                .end()
                .bytes();

        assertThatThrownBy(() -> cutNpm(dup))
                .isInstanceOf(TarRejectedException.class)
                .hasMessageContaining("same name");
        assertThatThrownBy(() -> cutNpm(below))
                .isInstanceOf(TarRejectedException.class)
                .hasMessageContaining("runs through a symbolic link");
    }

    @Test
    void aLinkLeavingTheDirectoryIsRefusedOnTheLayersAsPublished() {
        byte[] out = new RawTar()
                .dir(".npm/")
                .dir(".npm/a/")
                .symlink(".npm/x", "a/../../../etc/passwd")
                .end()
                .bytes();

        assertThatThrownBy(() -> cutNpm(out))
                .isInstanceOf(TarRejectedException.class)
                .hasMessageContaining("points outside");
    }

    private List<ReproducibleLayer.Blob> cutNpm(byte[] archive) throws IOException {
        return ReproducibleLayer.cut(
                new ByteArrayInputStream(archive),
                ".npm",
                "root/.npm",
                Files.createDirectories(tmp.resolve("refused")),
                new ReproducibleLayer.Cut(48, List.of()));
    }

    /**
     * A million entries, one with a non-ASCII name, generated on the fly and cut in a JVM of 256 MB heap whose
     * platform charset is ASCII (LANG=C): it must neither run out of memory nor choke on the name.
     */
    @Test
    void aMillionEntriesCutInA256MbHeapUnderLangC() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(
                        java.toString(),
                        "-Xmx256m",
                        "-Dfile.encoding=ANSI_X3.4-1968",
                        "-Dsun.jnu.encoding=ANSI_X3.4-1968",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LayerCutProcess.class.getName(),
                        tmp.toString(),
                        "1000000")
                .redirectErrorStream(true);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        System.out.println(out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("entries 1000003").contains("non-ASCII name kept");
    }
}
