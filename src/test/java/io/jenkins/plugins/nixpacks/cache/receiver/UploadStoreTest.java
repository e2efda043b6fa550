package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadStoreTest {
    private static final Limits LIMITS = new Limits(100_000, 150_000, 100, 100_000, Duration.ofSeconds(5));

    @TempDir
    Path tmp;

    private UploadStore store;

    @BeforeEach
    void create() throws IOException {
        store = new UploadStore(tmp.resolve("store"));
    }

    @Test
    void arrivedTarIsListedWithSizeAndDigestAndCanBeRead() throws Exception {
        byte[] tar = tar("a", 5000);

        StoredUpload stored =
                store.receive("job/x#1", 0, "root/.npm", new ByteArrayInputStream(tar), tar.length, LIMITS);

        assertThat(store.arrived("job/x#1")).containsOnlyKeys(0).containsValue(stored);
        assertThat(stored.size()).isEqualTo(tar.length);
        assertThat(stored.sha256()).isEqualTo(CacheUploadHttpTest.sha256(tar));
        assertThat(stored.entries()).isEqualTo(2);
        assertThat(stored.file()).startsWith(store.baseDir()).hasFileName("dir-0.tar");
        assertThat(stored.file().getParent().getFileName().toString())
                .as("the folder name is a hash, never the build id")
                .matches("[0-9a-f]{64}");
        try (InputStream in = store.open("job/x#1", 0)) {
            assertThat(in.readAllBytes()).isEqualTo(tar);
        }
    }

    @Test
    void unknownBuildOrIndexHasNothing() {
        assertThat(store.arrived("nobody")).isEmpty();
        assertThatThrownBy(() -> store.open("nobody", 0)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void invalidTarLeavesNoFile() throws Exception {
        byte[] bad =
                new RawTar().dir("root/.npm/").file("etc/passwd", "x").end().bytes();

        assertThatThrownBy(() -> store.receive("b", 0, "root/.npm", new ByteArrayInputStream(bad), -1, LIMITS))
                .isInstanceOf(TarRejectedException.class);

        assertThat(store.arrived("b")).isEmpty();
        assertThat(files()).isEmpty();
    }

    @Test
    void declaredLengthOverTheFileCapIsRefusedBeforeReading() throws Exception {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        assertThatThrownBy(() -> store.receive("b", 0, "root/.npm", untouchable, 100_001, LIMITS))
                .isInstanceOf(UploadTooLargeException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void streamedBytesOverTheFileCapAreRefused() throws Exception {
        // 150 one-byte files: their sizes add up to nothing, their headers and padding to 150 kB on the wire.
        RawTar many = new RawTar().dir("root/.npm/");
        for (int i = 0; i < 150; i++) {
            many.file("root/.npm/f" + i, "x");
        }
        byte[] tar = many.end().bytes();

        assertThatThrownBy(() -> store.receive(
                        "b", 0, "root/.npm", new ByteArrayInputStream(tar), -1, LIMITS.withMaxEntries(1000)))
                .isInstanceOf(UploadTooLargeException.class)
                .hasMessageContaining("over the limit of 100000 bytes");
        assertThat(files()).isEmpty();
        // Its bytes in flight were given back: the build's whole budget is free again.
        store.receive("b", 0, "root/.npm", new ByteArrayInputStream(tar("a", 90_000)), -1, LIMITS);
    }

    @Test
    void buildCapCountsStoredAndInFlightBytes() throws Exception {
        byte[] tar = tar("a", 80_000);
        store.receive("b", 0, "root/.npm", new ByteArrayInputStream(tar), -1, LIMITS);

        assertThatThrownBy(() -> store.receive("b", 1, "root/.npm", new ByteArrayInputStream(tar), -1, LIMITS))
                .isInstanceOf(UploadTooLargeException.class)
                .hasMessageContaining("more than 150000 bytes");
        assertThat(store.arrived("b")).containsOnlyKeys(0);
        assertThat(files()).hasSize(1);
        // Another build has its own budget.
        store.receive("c", 0, "root/.npm", new ByteArrayInputStream(tar), tar.length, LIMITS);
    }

    @Test
    void reUploadReplacesAndFreesTheOldBytes() throws Exception {
        store.receive("b", 0, "root/.npm", new ByteArrayInputStream(tar("a", 60_000)), -1, LIMITS);
        byte[] second = tar("b", 60_000);
        store.receive("b", 0, "root/.npm", new ByteArrayInputStream(second), -1, LIMITS);

        // 60 kB stored, so another 60 kB fits under the 150 kB build cap.
        store.receive("b", 1, "root/.npm", new ByteArrayInputStream(tar("c", 60_000)), -1, LIMITS);

        assertThat(store.arrived("b").get(0).sha256()).isEqualTo(CacheUploadHttpTest.sha256(second));
        assertThat(files()).hasSize(2);
    }

    @Test
    void brokenBodyIsIncompleteAndLeavesNoFile() throws Exception {
        byte[] tar = tar("a", 50_000);
        InputStream breaking =
                new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOf(tar, 20_000)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Early EOF");
                    }
                });

        assertThatThrownBy(() -> store.receive("b", 0, "root/.npm", breaking, tar.length, LIMITS))
                .isInstanceOfSatisfying(IncompleteBodyException.class, e -> {
                    assertThat(e.bytesRead()).isEqualTo(20_000);
                    assertThat(e.timedOut()).isFalse();
                });
        assertThat(files()).isEmpty();
        assertThat(store.arrived("b")).isEmpty();
    }

    @Test
    void removeDeletesTheBuildsFolder() throws Exception {
        store.receive("b", 0, "root/.npm", new ByteArrayInputStream(tar("a", 10)), -1, LIMITS);
        store.receive("c", 0, "root/.npm", new ByteArrayInputStream(tar("a", 10)), -1, LIMITS);

        store.remove("b");

        assertThat(store.arrived("b")).isEmpty();
        assertThat(store.arrived("c")).hasSize(1);
        assertThat(files()).hasSize(1);
        store.remove("never-seen"); // nothing to do, no error
    }

    @Test
    void sweepDeletesOnlyFoldersUntouchedForLong() throws Exception {
        StoredUpload old = store.receive("old", 0, "root/.npm", new ByteArrayInputStream(tar("a", 10)), -1, LIMITS);
        store.receive("fresh", 0, "root/.npm", new ByteArrayInputStream(tar("a", 10)), -1, LIMITS);
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Files.setLastModifiedTime(old.file(), twoDaysAgo);
        Files.setLastModifiedTime(old.file().getParent(), twoDaysAgo);
        Path orphan = Files.createDirectories(store.baseDir().resolve("0".repeat(64)));
        Files.writeString(orphan.resolve("dir-0.tar"), "left from before a restart");
        Files.setLastModifiedTime(orphan.resolve("dir-0.tar"), twoDaysAgo);
        Files.setLastModifiedTime(orphan, twoDaysAgo);

        int removed = store.sweep(Duration.ofDays(1));

        assertThat(removed).isEqualTo(2);
        assertThat(store.arrived("old")).isEmpty();
        assertThat(store.arrived("fresh")).hasSize(1);
        assertThat(files()).hasSize(1);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(store.baseDir())) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] tar(String name, int size) {
        return new RawTar()
                .dir("root/.npm/")
                .file("root/.npm/" + name, "z".repeat(size))
                .end()
                .bytes();
    }
}
