package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.RawTar;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tar tricks of the deleted upload route's hostile tests, sent the new way: as signed layers of one directory, over
 * HTTP. The sender holds the token (a build's agent sends what the build left in its cache directory), so each layer
 * is well declared and its digest right; only the checks of the tar stand between it and the cache. Also the tricks
 * that span layers, since the checks run over all the layers of a directory as the stacked image shows them. Each
 * case asserts 400 with the rule, and that nothing is recorded or still counted.
 */
class HostileLayerUploadTest {
    private static final int MIB = 1024 * 1024;
    /** Entries capped below the directory's size, so an entry that really carries too many bytes can be tried. */
    private static final Limits LIMITS = new Limits(4 * MIB, 6 * MIB, 100, MIB, Duration.ofSeconds(5));

    private ReceiverFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ReceiverFixture(LIMITS);
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    static Stream<Arguments> hostileLayers() {
        String longAbsolute = "/root/.npm/" + "x".repeat(120);
        byte[] bigEntry = new byte[MIB + 1];
        new Random(7).nextBytes(bigEntry);
        RawTar tooMany = new RawTar().dir("root/.npm/");
        for (int i = 0; i < 120; i++) {
            tooMany.file(String.format("root/.npm/f%03d", i), "x");
        }
        return Stream.of(
                one(
                        "block device",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry("root/.npm/sda", RawTar.BLOCK_DEVICE, 0600, "", new byte[0]),
                        "device and FIFO"),
                one(
                        "fifo",
                        new RawTar().dir("root/.npm/").entry("root/.npm/p", RawTar.FIFO, 0600, "", new byte[0]),
                        "device and FIFO"),
                one(
                        "symlink to an absolute path",
                        new RawTar().dir("root/.npm/").symlink("root/.npm/shadow", "/etc/shadow"),
                        "symbolic link points outside"),
                one(
                        "hardlink climbing out with ..",
                        new RawTar().dir("root/.npm/").hardlink("root/.npm/x", "root/.npm/../../etc/shadow"),
                        "hard link target"),
                one(
                        "hardlink out",
                        new RawTar().dir("root/.npm/").hardlink("root/.npm/x", "etc/shadow"),
                        "hard link target"),
                one(
                        "setuid file",
                        new RawTar().dir("root/.npm/").entry("root/.npm/su", RawTar.FILE, 04755, "", new byte[1]),
                        "setuid"),
                one("dot-dot", new RawTar().dir("root/.npm/").file("root/.npm/../../etc/evil", "x"), "'..'"),
                one(
                        "outside the directory",
                        new RawTar().dir("root/.npm/").file("root/.npmrc", "x"),
                        "outside the cache directory"),
                one(
                        "absolute GNU long name",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry(
                                        "././@LongLink",
                                        (byte) 'L',
                                        0644,
                                        "",
                                        (longAbsolute + "\0").getBytes(StandardCharsets.UTF_8))
                                .file("root/.npm/short", "x"),
                        "absolute names"),
                one(
                        "absolute PAX path",
                        new RawTar()
                                .dir("root/.npm/")
                                .pax(Map.of("path", "/etc/profile.d/evil.sh"))
                                .file("root/.npm/a", "x"),
                        "absolute names"),
                one(
                        "entry carrying more bytes than the entry cap",
                        new RawTar().dir("root/.npm/").entry("root/.npm/big", RawTar.FILE, 0644, "", bigEntry),
                        "larger than the per-entry limit"),
                one("too many entries", tooMany, "too many entries"),
                Arguments.of(
                        "tar bomb header",
                        List.of(new RawTar()
                                .dir("root/.npm/")
                                .headerOnly("root/.npm/bomb", RawTar.FILE, 1L << 40)
                                .bytes()),
                        "larger than the per-entry limit"),
                Arguments.of(
                        "a second archive after the end marker, inside the layer's declared size",
                        List.of(new RawTar()
                                .dir("root/.npm/")
                                .end()
                                .file("/etc/evil", "x")
                                .end()
                                .bytes()),
                        "data follows the end-of-archive marker"),
                Arguments.of(
                        "no end marker (a layer cut at a header boundary)",
                        List.of(new RawTar()
                                .dir("root/.npm/")
                                .file("root/.npm/a", "x")
                                .bytes()),
                        "truncated"),
                Arguments.of(
                        "the same name in two layers",
                        List.of(
                                new RawTar()
                                        .dir("root/.npm/")
                                        .file("root/.npm/f", "good")
                                        .end()
                                        .bytes(),
                                new RawTar().file("root/.npm/f", "evil").end().bytes()),
                        "same name"),
                Arguments.of(
                        "a link in one layer, a file below it in the next",
                        List.of(
                                new RawTar()
                                        .dir("root/.npm/")
                                        .symlink("root/.npm/l", "q")
                                        .end()
                                        .bytes(),
                                new RawTar().file("root/.npm/l/f", "x").end().bytes()),
                        "runs through a symbolic link"),
                Arguments.of(
                        "a later layer going back in name order",
                        List.of(
                                new RawTar()
                                        .dir("root/.npm/")
                                        .file("root/.npm/b", "x")
                                        .end()
                                        .bytes(),
                                new RawTar().file("root/.npm/a", "x").end().bytes()),
                        "name order"),
                Arguments.of(
                        "a link inside by its letters, outside through a link of another layer",
                        // d/e/a/../y reads as root/.npm/d/e/y; through a -> ../.. (root/.npm) it is root/y.
                        List.of(
                                new RawTar()
                                        .dir("root/.npm/")
                                        .dir("root/.npm/d/")
                                        .dir("root/.npm/d/e/")
                                        .symlink("root/.npm/d/e/a", "../..")
                                        .end()
                                        .bytes(),
                                new RawTar()
                                        .symlink("root/.npm/x", "d/e/a/../y")
                                        .end()
                                        .bytes()),
                        "symbolic link points outside"));
    }

    private static Arguments one(String name, RawTar tar, String rule) {
        return Arguments.of(name, List.of(tar.end().bytes()), rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileLayers")
    void hostileLayersAreRefusedAndNothingIsRecorded(String name, List<byte[]> layers, String rule) throws Exception {
        String token = fx.open("app#1", List.of("root/.npm"));

        HttpResponse<String> r = fx.put(token, 0, layers);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains(rule);
        assertThat(fx.ledger.accepted("app#1")).isEmpty();
        assertThat(fx.ledger.totalBytes()).as("bytes still counted").isZero();
    }
}
