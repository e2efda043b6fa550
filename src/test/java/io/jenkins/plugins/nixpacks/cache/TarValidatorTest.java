package io.jenkins.plugins.nixpacks.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarValidatorTest {
    private static final TarLimits LIMITS = new TarLimits(1000, 1 << 20, 4 << 20);

    @TempDir
    Path tmp;

    private final TarValidator npm = new TarValidator("root/.npm", LIMITS);

    @Test
    void realGnuTarOfACacheDirectoryPassesAndIsCopiedExactly() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("root/.npm/_cacache/content-v2/sha512/ab"));
        Files.writeString(dir.resolve("cd0123"), "package bytes");
        Files.writeString(tmp.resolve("root/.npm/_cacache/index"), "x".repeat(5000));
        Files.createSymbolicLink(tmp.resolve("root/.npm/latest"), Path.of("_cacache/index"));
        Files.createSymbolicLink(tmp.resolve("root/.npm/_cacache/up"), Path.of("../_cacache/content-v2"));
        Files.createLink(tmp.resolve("root/.npm/hard"), tmp.resolve("root/.npm/_cacache/index"));
        Path deep = Files.createDirectories(tmp.resolve("root/.npm/" + "long-folder-name/".repeat(8)));
        Files.writeString(deep.resolve("file-with-a-name-past-one-hundred-bytes.json"), "{}");
        // GNU tar writes the folder's order, which a layer may not have; cut, the same content passes as it is.
        byte[] gnu = gnuTar(tmp, "root/.npm");
        assertThatThrownBy(() -> npm.copy(new ByteArrayInputStream(gnu), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(
                        TarRejectedException.class, e -> assertThat(e.rule()).isEqualTo(Rule.UNSORTED));
        Path cutDir = Files.createDirectories(tmp.resolve("cut"));
        var layer = io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer.write(
                Files.write(tmp.resolve("gnu.tar"), gnu), "root/.npm", cutDir.resolve("layer.tar"));
        byte[] tar = Files.readAllBytes(layer.file());

        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        TarSummary summary = npm.copy(new ByteArrayInputStream(tar), copy);

        assertThat(copy.toByteArray()).as("copy is byte for byte").isEqualTo(tar);
        assertThat(summary.archiveBytes()).isEqualTo(tar.length);
        assertThat(summary.entries())
                .as("the 19 entries GNU tar wrote, and root/")
                .isEqualTo(20);
        // The hard link became a copy of its target.
        assertThat(summary.contentBytes()).isEqualTo(2 * 5000 + "package bytes".length() + 2);
    }

    @Test
    void dotSlashPrefixAndParentFoldersAsDirectoriesPass() throws Exception {
        Files.createDirectories(tmp.resolve("app/.m2/repository/org"));
        Files.writeString(tmp.resolve("app/.m2/repository/org/a.jar"), "jar");
        byte[] tar = gnuTar(
                tmp,
                "--no-recursion",
                "./",
                "./app",
                "./app/.m2",
                "./app/.m2/repository",
                "./app/.m2/repository/org",
                "./app/.m2/repository/org/a.jar");

        TarSummary summary = new TarValidator("app/.m2/repository", LIMITS)
                .copy(new ByteArrayInputStream(tar), OutputStream.nullOutputStream());

        assertThat(summary.entries()).isEqualTo(6);
    }

    @Test
    void busyboxTarPasses() throws Exception {
        Path busybox = Path.of("/bin/busybox");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(busybox), "no busybox");
        Files.createDirectories(tmp.resolve("root/.cache/pip"));
        Files.writeString(tmp.resolve("root/.cache/pip/wheel"), "w");
        byte[] tar = run(tmp, busybox.toString(), "tar", "-cf", "-", "root/.cache/pip");

        assertThat(new TarValidator("root/.cache/pip", LIMITS)
                        .copy(new ByteArrayInputStream(tar), OutputStream.nullOutputStream())
                        .entries())
                .isEqualTo(2);
    }

    @Test
    void absoluteNameIsRejected() {
        assertRejected(
                new RawTar().dir("root/.npm/").file("/etc/cron.d/x", "x").end(), Rule.ABSOLUTE_NAME, "/etc/cron.d/x");
    }

    @Test
    void absoluteNameInLongNameOrPaxPathIsRejected() {
        String longName = "/root/.npm/" + "x".repeat(120);
        byte[] data = (longName + "\0").getBytes(StandardCharsets.UTF_8);
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .entry("././@LongLink", (byte) 'L', 0644, "", data)
                        .file("root/.npm/short", "x")
                        .end(),
                Rule.ABSOLUTE_NAME,
                longName);
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .pax(Map.of("path", "/root/.npm/a"))
                        .file("root/.npm/a", "x")
                        .end(),
                Rule.ABSOLUTE_NAME,
                "/root/.npm/a");
    }

    @Test
    void parentSegmentIsRejected() {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .file("root/.npm/../../etc/x", "x")
                        .end(),
                Rule.PARENT_SEGMENT,
                "root/.npm/../../etc/x");
    }

    @Test
    void nulInNameIsRejected() {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .pax(Map.of("path", "root/.npm/a\0b"))
                        .file("root/.npm/a", "x")
                        .end(),
                Rule.NUL_IN_NAME,
                "root/.npm/a\0b");
    }

    @Test
    void whiteoutNamesAreRejected() {
        // Extracted by the engine as a layer, ".wh.index" deletes the lower layers' "index" and ".wh..wh..opq" empties
        // its folder: the restore would then not give what was checked.
        assertRejected(
                new RawTar().dir("root/.npm/").file("root/.npm/.wh.index", "").end(),
                Rule.WHITEOUT_NAME,
                "root/.npm/.wh.index");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .dir("root/.npm/_cacache/")
                        .file("root/.npm/_cacache/.wh..wh..opq", "")
                        .end(),
                Rule.WHITEOUT_NAME,
                "root/.npm/_cacache/.wh..wh..opq");
        assertRejected(
                new RawTar().dir("root/.npm/").dir("root/.npm/.wh.x/").end(), Rule.WHITEOUT_NAME, "root/.npm/.wh.x/");
        // A name that merely contains the prefix is a file like any other.
        assertThatCode(() -> npm.copy(
                        new ByteArrayInputStream(new RawTar()
                                .dir("root/.npm/")
                                .file("root/.npm/a.wh.b", "x")
                                .end()
                                .bytes()),
                        OutputStream.nullOutputStream()))
                .doesNotThrowAnyException();
    }

    @Test
    void aLayerThatBecomesTheBuildsBaseMayHaveOnlyPlainRootOwnedParentFolders() {
        // Restored as the build's base, "root/" 0777 would open the build's /root to every user of the container.
        TarValidator base = TarValidator.withPlainParents("root/.npm", LIMITS);
        byte[] open = new RawTar()
                .entry("root/", RawTar.DIR, 0777, "", new byte[0])
                .dir("root/.npm/")
                .end()
                .bytes();
        assertThatThrownBy(() -> base.copy(new ByteArrayInputStream(open), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(
                        TarRejectedException.class, e -> assertThat(e.rule()).isEqualTo(Rule.ANCESTOR_NOT_PLAIN));
        assertThatCode(() -> npm.copy(new ByteArrayInputStream(open), OutputStream.nullOutputStream()))
                .as("an upload is only restored by COPY --from, which takes the directory alone")
                .doesNotThrowAnyException();
        // The directory itself keeps the mode the build gave it.
        assertThatCode(() -> base.copy(
                        new ByteArrayInputStream(new RawTar()
                                .dir("root/")
                                .entry("root/.npm/", RawTar.DIR, 0700, "", new byte[0])
                                .end()
                                .bytes()),
                        OutputStream.nullOutputStream()))
                .doesNotThrowAnyException();
    }

    @Test
    void siblingWithTheSamePrefixIsOutside() {
        assertRejected(
                new RawTar().dir("root/.npm/").file("root/.npmrc", "token").end(),
                Rule.OUTSIDE_DIRECTORY,
                "root/.npmrc");
        assertRejected(new RawTar().file("etc/passwd", "x").end(), Rule.OUTSIDE_DIRECTORY, "etc/passwd");
    }

    @Test
    void emptyOrDotSegmentsAreRejected() {
        assertRejected(new RawTar().file("root//.npm/x", "x").end(), Rule.MALFORMED_NAME, "root//.npm/x");
        assertRejected(new RawTar().file("root/.npm/./x", "x").end(), Rule.MALFORMED_NAME, "root/.npm/./x");
    }

    @Test
    void parentFolderOrTheDirectoryItselfAsNonDirectoryIsRejected() {
        assertRejected(new RawTar().symlink("root", "/etc").end(), Rule.NOT_A_DIRECTORY, "root");
        assertRejected(new RawTar().symlink("root/.npm", "/etc").end(), Rule.NOT_A_DIRECTORY, "root/.npm");
        assertRejected(new RawTar().file("root/.npm", "x").end(), Rule.NOT_A_DIRECTORY, "root/.npm");
    }

    @Test
    void symlinksPointingOutAreRejected() {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .symlink("root/.npm/x", "../../etc/passwd")
                        .end(),
                Rule.SYMLINK_ESCAPES,
                "root/.npm/x");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .symlink("root/.npm/x", "/etc/passwd")
                        .end(),
                Rule.SYMLINK_ESCAPES,
                "root/.npm/x");
        assertRejected(
                new RawTar().dir("root/.npm/").symlink("root/.npm/x", "..").end(), Rule.SYMLINK_ESCAPES, "root/.npm/x");
        assertRejected(
                new RawTar().dir("root/.npm/").symlink("root/.npm/x", "/root").end(),
                Rule.SYMLINK_ESCAPES,
                "root/.npm/x");
        // Through a folder beside the cache directory, whose links the archive does not control.
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .symlink("root/.npm/x", "../.config/../.npm/y")
                        .end(),
                Rule.SYMLINK_ESCAPES,
                "root/.npm/x");
    }

    @Test
    void symlinksStayingInsidePass() throws Exception {
        byte[] tar = new RawTar()
                .dir("root/.npm/")
                .dir("root/.npm/a/")
                .symlink("root/.npm/a/up", "..")
                .symlink("root/.npm/abs", "/root/.npm/a")
                .symlink("root/.npm/dangling", "a/not-there")
                .symlink("root/.npm/via", "../.npm/a")
                .end()
                .bytes();

        assertThat(npm.copy(new ByteArrayInputStream(tar), OutputStream.nullOutputStream())
                        .entries())
                .isEqualTo(6);
    }

    @Test
    void symlinkEscapingThroughAnotherLinkIsRejected() {
        // s -> "." keeps s/s/s at the cache directory, so "s/s/s/../.." is two levels above it, though it looks
        // like one level below.
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .symlink("root/.npm/s", ".")
                        .symlink("root/.npm/x", "s/s/s/../..")
                        .end(),
                Rule.SYMLINK_ESCAPES,
                "root/.npm/x");
        // The same when the link the escape relies on comes later in the archive: "e/.." looks like the cache
        // directory itself, but with e -> "." it is root/.
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .symlink("root/.npm/e", ".")
                        .symlink("root/.npm/x", "e/..")
                        .end(),
                Rule.SYMLINK_ESCAPES,
                "root/.npm/x");
    }

    @Test
    void symlinkLoopsAndDuplicatesAreRejected() {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .symlink("root/.npm/a", "b")
                        .symlink("root/.npm/b", "a")
                        .end(),
                Rule.SYMLINK_LOOP,
                null);
        // A cut layer holds each name once: the second link of a name is refused before its target is looked at.
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .symlink("root/.npm/a", "b")
                        .symlink("root/.npm/a", "/etc")
                        .end(),
                Rule.DUPLICATE_NAME,
                "root/.npm/a");
    }

    @Test
    void hardlinksOutAreRejected() {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .hardlink("root/.npm/x", "etc/shadow")
                        .end(),
                Rule.HARDLINK_ESCAPES,
                "root/.npm/x");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .hardlink("root/.npm/x", "/etc/shadow")
                        .end(),
                Rule.HARDLINK_ESCAPES,
                "root/.npm/x");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .hardlink("root/.npm/x", "root/.npm/../../etc/shadow")
                        .end(),
                Rule.HARDLINK_ESCAPES,
                "root/.npm/x");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .hardlink("root/.npm/x", "root/.npm")
                        .end(),
                Rule.HARDLINK_ESCAPES,
                "root/.npm/x");
    }

    @Test
    void devicesAndFifosAreRejected() throws Exception {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .entry("root/.npm/mem", RawTar.CHAR_DEVICE, 0600, "", new byte[0])
                        .end(),
                Rule.SPECIAL_FILE,
                "root/.npm/mem");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .entry("root/.npm/sda", RawTar.BLOCK_DEVICE, 0600, "", new byte[0])
                        .end(),
                Rule.SPECIAL_FILE,
                "root/.npm/sda");
        Files.createDirectories(tmp.resolve("root/.npm"));
        run(tmp, "mkfifo", "root/.npm/pipe");
        byte[] gnu = gnuTar(tmp, "root/.npm");
        assertThatThrownBy(() -> npm.copy(new ByteArrayInputStream(gnu), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(
                        TarRejectedException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SPECIAL_FILE));
    }

    @Test
    void setuidIsRejected() {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .entry("root/.npm/su", RawTar.FILE, 04755, "", new byte[1])
                        .end(),
                Rule.SPECIAL_MODE,
                "root/.npm/su");
    }

    @Test
    void sparseFilesAreRejected() {
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .headerOnly("root/.npm/s", RawTar.GNU_SPARSE, 0)
                        .end(),
                Rule.UNSUPPORTED_TYPE,
                "root/.npm/s");
        Map<String, String> pax = new LinkedHashMap<>();
        pax.put("GNU.sparse.major", "1");
        pax.put("GNU.sparse.minor", "0");
        pax.put("GNU.sparse.realsize", "99999999");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .pax(pax)
                        .raw(RawTar.header("root/.npm/s", RawTar.FILE, 512, "", 0644))
                        .raw("999999999999\n".repeat(39).getBytes(StandardCharsets.US_ASCII))
                        .end(),
                Rule.UNSUPPORTED_TYPE,
                null);
    }

    @Test
    void tooManyEntriesAreRejected() {
        RawTar tar = new RawTar().dir("root/.npm/");
        for (int i = 0; i < 10; i++) {
            tar.file("root/.npm/f" + i, "x");
        }
        TarValidator small = new TarValidator("root/.npm", new TarLimits(10, 1 << 20, 1 << 20));

        assertThatThrownBy(() -> small.copy(tar.end().stream(), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(TarRejectedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.TOO_MANY_ENTRIES);
                    assertThat(e.entry()).isEqualTo("root/.npm/f9");
                });
    }

    @Test
    void entryDeclaringMoreThanTheCapIsRejectedOnItsHeader() {
        // 8 GiB declared, none of it sent: rejected before the reader waits for data.
        assertRejected(
                new RawTar().dir("root/.npm/").headerOnly("root/.npm/bomb", RawTar.FILE, 077777777777L),
                Rule.ENTRY_TOO_LARGE,
                "root/.npm/bomb");
        // Past 8 GiB in GNU's base-256 size field, and through a PAX size record.
        assertRejected(
                new RawTar().dir("root/.npm/").headerOnly("root/.npm/bomb", RawTar.FILE, 1L << 40),
                Rule.ENTRY_TOO_LARGE,
                "root/.npm/bomb");
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .pax(Map.of("size", "1000000000000"))
                        .headerOnly("root/.npm/bomb", RawTar.FILE, 0),
                Rule.ENTRY_TOO_LARGE,
                "root/.npm/bomb");
    }

    @Test
    void entriesAddingUpPastTheTotalCapAreRejected() {
        TarValidator small = new TarValidator("root/.npm", new TarLimits(100, 1000, 1500));
        byte[] kb = new byte[1000];
        RawTar tar = new RawTar()
                .dir("root/.npm/")
                .entry("root/.npm/a", RawTar.FILE, 0644, "", kb)
                .entry("root/.npm/b", RawTar.FILE, 0644, "", kb)
                .end();

        assertThatThrownBy(() -> small.copy(tar.stream(), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(TarRejectedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.TOTAL_TOO_LARGE);
                    assertThat(e.entry()).isEqualTo("root/.npm/b");
                });
    }

    @Test
    void hugeExtendedHeadersAreRejectedBeforeTheReaderBuffersThem() {
        assertRejected(
                new RawTar().dir("root/.npm/").headerOnly("PaxHeaders/x", RawTar.PAX, 1L << 30),
                Rule.METADATA_TOO_LARGE,
                "PaxHeaders/x");
        assertRejected(
                new RawTar().dir("root/.npm/").headerOnly("././@LongLink", (byte) 'L', 1L << 30),
                Rule.METADATA_TOO_LARGE,
                "././@LongLink");
    }

    @Test
    void metadataThatTheReaderKeepsForTheWholeArchiveIsCapped() {
        // Each global header is small, but the reader merges them all and keeps them to the end.
        RawTar globals = new RawTar().dir("root/.npm/");
        for (int i = 0; i < 3; i++) {
            byte[] data = RawTar.paxData(Map.of("comment" + i, "c".repeat(30_000)));
            globals.entry("pax_global_header", (byte) 'g', 0644, "", data);
        }
        assertRejected(globals.file("root/.npm/a", "x").end(), Rule.METADATA_TOO_LARGE, "pax_global_header");

        // Symbolic links are kept until the end, to be resolved against each other.
        RawTar links = new RawTar().dir("root/.npm/");
        String target = "t".repeat(60_000);
        for (int i = 0; i < 150; i++) {
            links.pax(Map.of("linkpath", target)).symlink(String.format("root/.npm/l%03d", i), "x");
        }
        TarValidator roomy = new TarValidator("root/.npm", new TarLimits(1000, 1 << 20, 1 << 20));
        assertThatThrownBy(() -> roomy.copy(links.end().stream(), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(
                        TarRejectedException.class, e -> assertThat(e.rule()).isEqualTo(Rule.TOO_MANY_SYMLINKS));
    }

    @Test
    void truncatedArchivesAreRejected() throws Exception {
        byte[] whole = new RawTar()
                .dir("root/.npm/")
                .entry("root/.npm/a", RawTar.FILE, 0644, "", new byte[3000])
                .end()
                .bytes();

        assertRejected(Arrays.copyOf(whole, 512 + 512 + 1000), Rule.TRUNCATED, "root/.npm/a");
        assertRejected(Arrays.copyOf(whole, 512 + 512 + 3072), Rule.TRUNCATED, null);
        assertRejected(Arrays.copyOf(whole, 700), Rule.TRUNCATED, null);
        assertRejected(new byte[0], Rule.TRUNCATED, null);
        assertThatThrownBy(() ->
                        npm.copy(new ByteArrayInputStream(Arrays.copyOf(whole, 1000)), OutputStream.nullOutputStream()))
                .hasMessageContaining("truncated");
    }

    @Test
    void garbageIsCorrupt() {
        byte[] noise = new byte[20_000];
        new Random(1).nextBytes(noise);

        assertRejected(noise, Rule.CORRUPT, null);
        assertRejected(("not a tar at all\n".repeat(100)).getBytes(StandardCharsets.US_ASCII), Rule.CORRUPT, null);
    }

    @Test
    void dataAfterTheEndMarkerIsRejected() {
        byte[] tar = new RawTar()
                .dir("root/.npm/")
                .end()
                .raw(new byte[5000])
                .raw(new byte[] {1})
                .bytes();

        assertRejected(tar, Rule.DATA_AFTER_END, null);
        assertRejected(
                new RawTar()
                        .dir("root/.npm/")
                        .raw(new byte[512])
                        .file("root/.npm/hidden", "x")
                        .end(),
                Rule.DATA_AFTER_END,
                null);
    }

    @Test
    void failureOfTheSourcePassesThroughAsItIs() {
        IOException gone = new IOException("client went away");
        byte[] start = new RawTar()
                .dir("root/.npm/")
                .entry("root/.npm/a", RawTar.FILE, 0644, "", new byte[3000])
                .bytes();
        InputStream breaking = new java.io.SequenceInputStream(
                new ByteArrayInputStream(Arrays.copyOf(start, 1500)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw gone;
                    }
                });

        assertThatThrownBy(() -> npm.copy(breaking, OutputStream.nullOutputStream()))
                .isSameAs(gone);
    }

    @Test
    void failureOfTheSinkPassesThroughAsItIs() {
        IOException full = new IOException("No space left on device");
        OutputStream disk = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }
        };

        assertThatThrownBy(() -> npm.copy(new RawTar().dir("root/.npm/").end().stream(), disk))
                .isSameAs(full);
    }

    @Test
    void hostileNamesAreEscapedInMessages() {
        assertThatThrownBy(() -> npm.copy(
                        new RawTar().file("etc/x\nINFO forged log line", "x").end().stream(),
                        OutputStream.nullOutputStream()))
                .hasMessageContaining("etc/x\\x0aINFO forged log line")
                .hasMessageNotContaining("\n");
    }

    @Test
    void layerPathIsValidated() {
        for (String bad : List.of("", "/root/.npm", "root/../etc", "root//x", "./root")) {
            assertThatThrownBy(() -> new TarValidator(bad, LIMITS))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new TarValidator("root/.npm/", LIMITS).layerPath()).isEqualTo("root/.npm");
    }

    private void assertRejected(RawTar tar, Rule rule, String entry) {
        assertRejected(tar.bytes(), rule, entry);
    }

    private void assertRejected(byte[] tar, Rule rule, String entry) {
        assertThatThrownBy(() -> npm.copy(new ByteArrayInputStream(tar), OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(TarRejectedException.class, e -> {
                    assertThat(e.rule()).as(e.getMessage()).isEqualTo(rule);
                    if (entry != null) {
                        assertThat(e.entry()).as(e.getMessage()).isEqualTo(entry);
                    }
                });
    }

    static byte[] gnuTar(Path dir, String... paths) throws Exception {
        List<String> command = new ArrayList<>(List.of("tar", "-C", dir.toString(), "-cf", "-"));
        command.addAll(List.of(paths));
        return run(dir, command.toArray(String[]::new));
    }

    static byte[] run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
        return out;
    }
}
