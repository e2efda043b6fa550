package io.jenkins.plugins.nixpacks.cache.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleLayerTest {
    @TempDir
    Path tmp;

    /** One entry as a container's tar would write it. */
    record E(String name, String content, long mtime, int uid, char type, String link) {}

    private Path tar(String file, List<E> entries) throws IOException {
        Path p = tmp.resolve(file);
        try (OutputStream o = Files.newOutputStream(p);
                TarArchiveOutputStream t = new TarArchiveOutputStream(o)) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            for (E e : entries) {
                byte flag =
                        switch (e.type()) {
                            case 'd' -> TarConstants.LF_DIR;
                            case 's' -> TarConstants.LF_SYMLINK;
                            case 'h' -> TarConstants.LF_LINK;
                            default -> TarConstants.LF_NORMAL;
                        };
                TarArchiveEntry a = new TarArchiveEntry(e.name(), flag);
                a.setModTime(e.mtime());
                a.setUserId(e.uid());
                a.setUserName("user" + e.uid());
                if (e.link() != null) {
                    a.setLinkName(e.link());
                }
                byte[] data = e.content() == null ? new byte[0] : e.content().getBytes(StandardCharsets.UTF_8);
                if (e.type() == 'f') {
                    a.setSize(data.length);
                }
                t.putArchiveEntry(a);
                if (e.type() == 'f') {
                    t.write(data);
                }
                t.closeArchiveEntry();
            }
        }
        return p;
    }

    private static final String LONG = "root/.npm/_cacache/content-v2/sha512/" + "ab/".repeat(40) + "file";

    private List<E> sample(long mtime, int uid, boolean reversed) {
        List<E> l = new ArrayList<>(List.of(
                new E("root/.npm/", null, mtime, uid, 'd', null),
                new E("root/.npm/a.json", "{\"a\":1}", mtime, uid, 'f', null),
                new E("root/.npm/sub/", null, mtime, uid, 'd', null),
                new E("root/.npm/sub/b.bin", "bbbb", mtime + 7, uid, 'f', null),
                new E("root/.npm/link", null, mtime, uid, 's', "sub/b.bin"),
                new E(LONG, "deep", mtime, uid, 'f', null)));
        if (reversed) {
            java.util.Collections.reverse(l);
        }
        return l;
    }

    @Test
    void sameContentGivesSameDigestWhateverTimesOwnersAndOrder() throws IOException {
        var a = ReproducibleLayer.write(
                tar("a.tar", sample(1_700_000_000_000L, 0, false)), "root/.npm", tmp.resolve("a.layer"));
        var b = ReproducibleLayer.write(
                tar("b.tar", sample(1_800_000_000_000L, 1000, true)), "/root/.npm/", tmp.resolve("b.layer"));
        assertThat(b.digest()).isEqualTo(a.digest());
        assertThat(Files.mismatch(a.file(), b.file())).isEqualTo(-1L);
        assertThat(a.size()).isEqualTo(Files.size(a.file()));
    }

    @Test
    void changedContentChangesTheDigest() throws IOException {
        var a = ReproducibleLayer.write(tar("a.tar", sample(1L, 0, false)), "root/.npm", tmp.resolve("a.layer"));
        List<E> changed = sample(1L, 0, false);
        changed.set(1, new E("root/.npm/a.json", "{\"a\":2}", 1L, 0, 'f', null));
        var b = ReproducibleLayer.write(tar("b.tar", changed), "root/.npm", tmp.resolve("b.layer"));
        assertThat(b.digest()).isNotEqualTo(a.digest());
    }

    @Test
    void layerHasAncestorsSortedFixedMetadataAndCopiesForHardLinks() throws IOException {
        List<E> entries = new ArrayList<>(sample(5_000L, 1000, true));
        entries.add(new E("root/.npm/hard", null, 5_000L, 1000, 'h', "root/.npm/a.json"));
        var layer = ReproducibleLayer.write(tar("a.tar", entries), "root/.npm", tmp.resolve("a.layer"));
        List<String> names = new ArrayList<>();
        try (TarFile t = new TarFile(layer.file())) {
            for (TarArchiveEntry e : t.getEntries()) {
                names.add(e.getName());
                assertThat(e.getLastModifiedDate().getTime()).isEqualTo(ReproducibleLayer.FIXED_MTIME_MILLIS);
                assertThat(e.getLongUserId()).isZero();
                assertThat(e.getUserName()).isEmpty();
                if (e.getName().equals("root/.npm/hard")) {
                    assertThat(e.isFile()).isTrue();
                    assertThat(new String(t.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
                            .isEqualTo("{\"a\":1}");
                }
                if (e.getName().equals("root/.npm/link")) {
                    assertThat(e.isSymbolicLink()).isTrue();
                    assertThat(e.getLinkName()).isEqualTo("sub/b.bin");
                }
            }
        }
        assertThat(names.get(0)).isEqualTo("root/");
        assertThat(names.get(1)).isEqualTo("root/.npm/");
        assertThat(names).contains(LONG, "root/.npm/hard");
        List<String> sorted = new ArrayList<>(names.subList(1, names.size()));
        sorted.sort((x, y) -> ReproducibleLayer.normalize(x).compareTo(ReproducibleLayer.normalize(y)));
        assertThat(names.subList(1, names.size())).isEqualTo(sorted);
    }

    /** A cache like npm's: big stable content, a small index that the tool rewrites on every run. */
    private List<E> npmLike(String indexStamp) {
        List<E> l = new ArrayList<>();
        l.add(new E("root/.npm/", null, 1L, 0, 'd', null));
        for (int i = 0; i < 64; i++) {
            l.add(new E(
                    String.format("root/.npm/_cacache/content-v2/sha512/%02x/blob", i),
                    "x".repeat(40_000) + i,
                    1L,
                    0,
                    'f',
                    null));
        }
        for (int i = 0; i < 16; i++) {
            l.add(new E(
                    String.format("root/.npm/_cacache/index-v5/%02x/entry", i),
                    "{\"time\":" + indexStamp + "}",
                    1L,
                    0,
                    'f',
                    null));
        }
        return l;
    }

    private static List<ReproducibleLayer.Blob> cut(Path tar, Path workDir, long minLayerBytes) throws IOException {
        try (var in = Files.newInputStream(tar)) {
            return ReproducibleLayer.cut(
                    in, "root/.npm", "root/.npm", workDir, new ReproducibleLayer.Cut(48, List.of(), minLayerBytes));
        }
    }

    @Test
    void aRewrittenCornerOfABigDirectoryChangesOnlyItsOwnLayers() throws IOException {
        Path w1 = Files.createDirectories(tmp.resolve("w1"));
        Path w2 = Files.createDirectories(tmp.resolve("w2"));
        // Layers scaled down (100 KB on average) so a small test tar spans several layers.
        var first = cut(tar("a.tar", npmLike("1")), w1, 100_000);
        var second = cut(tar("b.tar", npmLike("2")), w2, 100_000);
        assertThat(first).hasSizeGreaterThan(2).hasSameSizeAs(second);
        java.util.Set<Object> before = new java.util.HashSet<>();
        first.forEach(b -> before.add(b.digest()));
        int changed = 0;
        for (var blob : second) {
            if (before.contains(blob.digest())) {
                continue;
            }
            changed++;
            // Only the rewritten index travels again: a changed layer holds nothing of the content store.
            try (TarFile t = new TarFile(blob.file())) {
                assertThat(t.getEntries()).as("entries of a changed layer").allMatch(e -> e.getName()
                        .contains("_cacache/index-v5"));
            }
        }
        assertThat(changed).as("the index-v5 layers differ").isPositive();
        // Every layer is a complete tar; together they hold every entry once.
        List<String> names = new ArrayList<>();
        for (var blob : first) {
            try (TarFile t = new TarFile(blob.file())) {
                t.getEntries().forEach(e -> names.add(e.getName()));
            }
        }
        assertThat(names).doesNotHaveDuplicates().contains("root/", "root/.npm/");
        assertThat(names.stream().filter(n -> n.endsWith("/blob")).count()).isEqualTo(64);
    }
}
