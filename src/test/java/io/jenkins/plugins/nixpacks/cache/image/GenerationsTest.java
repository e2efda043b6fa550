package io.jenkins.plugins.nixpacks.cache.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.registry.Digest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save on top of the previous cache image: its layers are kept and what is new goes into one layer more, and the
 * layers as the engine stacks them (a later layer's file replaces the same name below) always show exactly the
 * directory read. Whatever a layer on top cannot say (an entry removed, a link) cuts the directory afresh.
 */
class GenerationsTest {
    private static final String ROOT = "root/.cache/go-build";
    /** Small layers, so a few hundred KB of files make several. */
    private static final ReproducibleLayer.Cut CUT = new ReproducibleLayer.Cut(24, List.of(), 32 << 10);

    @TempDir
    Path tmp;

    /** The directory as the stage holds it: name (below go-build/) to content; a name ending in / is a folder. */
    private final TreeMap<String, byte[]> tree = new TreeMap<>();

    private final Map<String, String> links = new TreeMap<>();

    /** Every layer file the test wrote, by digest: what the registry would hold. */
    private final Map<Digest, Path> registry = new HashMap<>();

    @BeforeEach
    void goBuildLike() {
        tree.put("", null);
        Random r = new Random(1);
        for (int f = 0; f < 64; f++) {
            tree.put(String.format("%02x/", f), null);
            for (int i = 0; i < 4; i++) {
                byte[] data = new byte[2048];
                r.nextBytes(data);
                tree.put(object(f, i), data);
            }
        }
        tree.put("trim.txt", "1700000000".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anUnchangedDirectoryKeepsEveryLayerAndWritesNone() throws IOException {
        ReproducibleLayer.Layers first = save(null);
        assertThat(first.baseLayers()).isGreaterThan(4);
        assertThat(first.written()).hasSize(first.parts().size());

        ReproducibleLayer.Layers again = save(previous(first));

        assertThat(again.written()).isEmpty();
        assertThat(layers(again)).isEqualTo(layers(first));
        assertThat(again.freshReason()).isNull();
    }

    @Test
    void newFilesAcrossEveryFolderGoIntoOneLayerOnTopAndTheStackShowsTheDirectory() throws IOException {
        ReproducibleLayer.Layers first = save(null);
        Random r = new Random(2);
        for (int f = 0; f < 64; f++) { // as go build files new results under all its hash folders
            byte[] data = new byte[512];
            r.nextBytes(data);
            tree.put(String.format("%02x/%08x-a", f, f * 100 + 50), data);
        }
        tree.put("trim.txt", "1700099999".getBytes(StandardCharsets.US_ASCII)); // a file rewritten

        ReproducibleLayer.Layers next = save(previous(first));

        assertThat(next.parts().subList(0, first.parts().size()))
                .as("the full cut's layers are kept")
                .allSatisfy(p -> assertThat(p.kept()).isNotNull());
        assertThat(next.written()).hasSize(1);
        assertThat(next.baseLayers()).isEqualTo(first.baseLayers());
        long added = next.written().get(0).size();
        long all =
                first.written().stream().mapToLong(ReproducibleLayer.Blob::size).sum();
        assertThat(added).as("the new layer holds what is new").isLessThan(all / 4);
        assertThat(stacked(next)).isEqualTo(expected());
        // Against a cut afresh of the same files, the stack shows the same directory.
        assertThat(stacked(save(null))).isEqualTo(expected());
    }

    @Test
    void afterFourLayersOnTopTheyAreMergedIntoOne() throws IOException {
        ReproducibleLayer.Layers layers = save(null);
        int base = layers.baseLayers();
        for (int round = 0; round < Generations.MAX_ADDED; round++) {
            tree.put("00/new-" + round, ("round " + round).getBytes(StandardCharsets.US_ASCII));
            layers = save(previous(layers));
            assertThat(layers.parts()).hasSize(base + round + 1);
        }
        tree.put("00/new-last", "last".getBytes(StandardCharsets.US_ASCII));

        ReproducibleLayer.Layers merged = save(previous(layers));

        assertThat(merged.parts()).as("the base and one merged layer").hasSize(base + 1);
        assertThat(merged.baseLayers()).isEqualTo(base);
        assertThat(stacked(merged)).isEqualTo(expected());
        assertThat(names(merged.written().get(0)))
                .contains(ROOT + "/00/new-0", ROOT + "/00/new-last")
                .doesNotContain(ROOT + "/" + object(1, 0));
    }

    @Test
    void aRemovedFileCutsTheDirectoryAfreshSoItDoesNotComeBack() throws IOException {
        ReproducibleLayer.Layers first = save(null);
        tree.remove(object(3, 1));

        ReproducibleLayer.Layers next = save(previous(first));

        assertThat(next.freshReason()).contains("1 entry was removed");
        assertThat(next.parts()).allSatisfy(p -> assertThat(p.kept()).isNull());
        assertThat(stacked(next)).isEqualTo(expected()).doesNotContainKey(ROOT + "/" + object(3, 1));
        assertThat(stacked(first)).containsKey(ROOT + "/" + object(3, 1));
    }

    @Test
    void aLinkAddedCutsTheDirectoryAfresh() throws IOException {
        ReproducibleLayer.Layers first = save(null);
        links.put("latest", "00/00000000-d");

        ReproducibleLayer.Layers next = save(previous(first));

        assertThat(next.freshReason()).contains("a link or folder changed");
        assertThat(stacked(next)).isEqualTo(expected());
    }

    @Test
    void whenTheAddedFilesOutweighHalfTheDirectoryItIsCutAfresh() throws IOException {
        ReproducibleLayer.Layers first = save(null);
        tree.put("ff/", null);
        tree.put("ff/huge", new byte[1 << 20]);

        ReproducibleLayer.Layers next = save(previous(first));

        assertThat(next.freshReason()).contains("would be over half");
        assertThat(stacked(next)).isEqualTo(expected());
    }

    @Test
    void theListingRoundTripsThroughTheLabelAndAnythingElseIsNoListing() throws IOException {
        ReproducibleLayer.Layers first = save(null);
        String label = LayerListing.encode(Map.of(ROOT, first.listing()));

        LayerListing.Dir read = LayerListing.decode(label).get(ROOT);

        assertThat(read.baseLayers()).isEqualTo(first.baseLayers());
        assertThat(read.layers()).hasSameSizeAs(first.parts());
        for (int i = 0; i < read.layers().size(); i++) {
            assertThat(read.layers().get(i)).isEqualTo(first.parts().get(i).keys());
        }
        assertThat(LayerListing.decode("{not json")).isEmpty();
        assertThat(LayerListing.decode("{\"v\":2,\"dirs\":{}}")).isEmpty();
        assertThat(LayerListing.decode("{\"v\":1,\"dirs\":{\"x\":{\"base\":1,\"layers\":[\"AAAA\"]}}}"))
                .as("keys not in pairs of longs")
                .isEmpty();
        assertThat(LayerListing.decode(null)).isEmpty();
    }

    /** The name of go-build-like object {@code i} in folder {@code f}. */
    private static String object(int f, int i) {
        return String.format("%02x/%08x-d", f, f * 100 + i);
    }

    private ReproducibleLayer.Layers save(ReproducibleLayer.Previous previous) throws IOException {
        Path work = Files.createTempDirectory(tmp, "save");
        ReproducibleLayer.Layers layers;
        try (InputStream in = new ByteArrayInputStream(tar())) {
            layers = ReproducibleLayer.cut(in, "go-build", ROOT, work, CUT, previous);
        }
        for (ReproducibleLayer.Blob b : layers.written()) {
            registry.putIfAbsent(b.digest(), b.file());
        }
        return layers;
    }

    private static ReproducibleLayer.Previous previous(ReproducibleLayer.Layers l) {
        return new ReproducibleLayer.Previous(
                l.parts().stream().map(ReproducibleLayer.Part::layer).toList(), l.listing());
    }

    private static List<CacheImage.Layer> layers(ReproducibleLayer.Layers l) {
        return l.parts().stream().map(ReproducibleLayer.Part::layer).toList();
    }

    /** The directory as the engine's archive endpoint streams it, in no particular order. */
    private byte[] tar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(bytes, "UTF-8")) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : tree.descendingMap().entrySet()) {
                String name = "go-build/" + e.getKey();
                TarArchiveEntry entry;
                if (e.getValue() == null) {
                    entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR);
                } else {
                    entry = new TarArchiveEntry(name);
                    entry.setSize(e.getValue().length);
                }
                t.putArchiveEntry(entry);
                if (e.getValue() != null) {
                    t.write(e.getValue());
                }
                t.closeArchiveEntry();
            }
            for (Map.Entry<String, String> l : links.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry("go-build/" + l.getKey(), TarConstants.LF_SYMLINK);
                entry.setLinkName(l.getValue());
                t.putArchiveEntry(entry);
                t.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** What the layers show stacked, as the engine applies them: name to a description of the entry. */
    private Map<String, String> stacked(ReproducibleLayer.Layers layers) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (ReproducibleLayer.Part p : layers.parts()) {
            Path file = registry.get(p.layer().digest());
            assertThat(file)
                    .as("layer " + p.layer().digest() + " is in the registry")
                    .isNotNull();
            try (TarArchiveInputStream t = new TarArchiveInputStream(Files.newInputStream(file))) {
                TarArchiveEntry e;
                while ((e = t.getNextEntry()) != null) {
                    String name = e.getName().replaceAll("/$", "");
                    if (!name.startsWith(ROOT)) {
                        continue;
                    }
                    out.put(
                            name,
                            e.isDirectory()
                                    ? "dir"
                                    : e.isSymbolicLink()
                                            ? "link " + e.getLinkName()
                                            : "file " + new String(t.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    private Map<String, String> expected() {
        Map<String, String> out = new TreeMap<>();
        tree.forEach((name, data) -> out.put(
                (ROOT + "/" + name).replaceAll("/$", ""),
                data == null ? "dir" : "file " + new String(data, StandardCharsets.ISO_8859_1)));
        links.forEach((name, target) -> out.put(ROOT + "/" + name, "link " + target));
        return out;
    }

    private static List<String> names(ReproducibleLayer.Blob b) throws IOException {
        List<String> out = new ArrayList<>();
        try (TarArchiveInputStream t = new TarArchiveInputStream(Files.newInputStream(b.file()))) {
            TarArchiveEntry e;
            while ((e = t.getNextEntry()) != null) {
                out.add(e.getName().replaceAll("/$", ""));
            }
        }
        return out;
    }
}
