package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.testing.Tmpfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input the receiver's other tests leave out: every bad tar again through the base64 door that busybox wget
 * uses, the tar tricks not tried over HTTP yet, a body cut half way whose client still waits for the answer, odd
 * paths, and a full disk. Each case asserts the answer and that nothing, not even a temp file, is left in the store.
 * {@link CacheUploadHttpTest} covers the plain-tar cases, tokens, methods, size caps and slow clients.
 */
class HostileUploadTest {
    private static final int MIB = 1024 * 1024;
    /** Entries capped below the file size, so an entry that really carries too many bytes can be tried. */
    private static final Limits LIMITS = new Limits(4 * MIB, 6 * MIB, 100, MIB, Duration.ofSeconds(5));

    @TempDir
    Path tmp;

    private ReceiverFixture fx;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        fx = new ReceiverFixture(tmp, LIMITS, Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    /** Tar tricks that only the validator's unit tests tried so far, none of them over HTTP. */
    static Stream<Arguments> moreBadTars() {
        String longAbsolute = "/root/.npm/" + "x".repeat(120);
        byte[] bigEntry = new byte[MIB + 1];
        new Random(7).nextBytes(bigEntry);
        return Stream.of(
                Arguments.of(
                        "block device",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry("root/.npm/sda", RawTar.BLOCK_DEVICE, 0600, "", new byte[0])
                                .end(),
                        "device and FIFO"),
                Arguments.of(
                        "symlink to an absolute path",
                        new RawTar()
                                .dir("root/.npm/")
                                .symlink("root/.npm/shadow", "/etc/shadow")
                                .end(),
                        "symbolic link points outside"),
                Arguments.of(
                        "write through a symlinked folder",
                        new RawTar()
                                .dir("root/.npm/")
                                .symlink("root/.npm/etc", "../../etc")
                                .file("root/.npm/etc/cron.d/evil", "* * * * * root sh")
                                .end(),
                        "symbolic link points outside"),
                Arguments.of(
                        "hardlink climbing out with ..",
                        new RawTar()
                                .dir("root/.npm/")
                                .hardlink("root/.npm/x", "root/.npm/../../etc/shadow")
                                .end(),
                        "hard link target"),
                Arguments.of(
                        "setuid file",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry("root/.npm/su", RawTar.FILE, 04755, "", new byte[1])
                                .end(),
                        "setuid"),
                Arguments.of(
                        "absolute GNU long name",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry(
                                        "././@LongLink",
                                        (byte) 'L',
                                        0644,
                                        "",
                                        (longAbsolute + "\0").getBytes(StandardCharsets.UTF_8))
                                .file("root/.npm/short", "x")
                                .end(),
                        "absolute names"),
                Arguments.of(
                        "absolute PAX path",
                        new RawTar()
                                .dir("root/.npm/")
                                .pax(Map.of("path", "/etc/profile.d/evil.sh"))
                                .file("root/.npm/a", "x")
                                .end(),
                        "absolute names"),
                Arguments.of(
                        "entry carrying more bytes than the entry cap",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry("root/.npm/big", RawTar.FILE, 0644, "", bigEntry)
                                .end(),
                        "larger than the per-entry limit"),
                Arguments.of(
                        "a second archive after the end marker",
                        new RawTar()
                                .dir("root/.npm/")
                                .end()
                                .file("/etc/evil", "x")
                                .end(),
                        "data follows the end-of-archive marker"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moreBadTars")
    void moreBadTarsAreRefusedAndNothingKept(String name, RawTar tar, String rule) throws Exception {
        URI url = fx.open("app#1", "root/.npm");

        HttpResponse<String> response = send(url, tar.bytes(), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Cache tar rejected", rule);
        assertNothingStored("app#1");
    }

    static Stream<Arguments> everyBadTar() {
        return Stream.concat(CacheUploadHttpTest.badTars(), moreBadTars());
    }

    @ParameterizedTest(name = "base64: {0}")
    @MethodSource("everyBadTar")
    void badTarsSentAsBase64AreRefusedAndNothingKept(String name, RawTar tar, String rule) throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        // As the save step's busybox branch sends it: `base64` output, wrapped at 76 columns.
        byte[] body = Base64.getMimeEncoder().encode(tar.bytes());

        HttpResponse<String> response = send(url, body, CacheUploadHandler.BASE64_CONTENT_TYPE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Cache tar rejected", rule);
        assertNothingStored("app#1");
    }

    @Test
    void base64BodyDeclaringMoreThanTheCapIsRefusedBeforeTheBody() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
            // 6 MiB of base64 decode to 4.5 MiB of tar: over the 4 MiB cap, told before a body byte is sent.
            socket.getOutputStream()
                    .write(head(
                            url,
                            "Expect: 100-continue\r\nContent-Type: " + CacheUploadHandler.BASE64_CONTENT_TYPE
                                    + "\r\nContent-Length: " + 6 * MIB));

            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 413 ").contains("over the limit of " + 4 * MIB);
        }
        assertNothingStored("app#1");
    }

    @Test
    void bodyStoppingHalfWayIsABadRequestTheClientStillHears() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        byte[] tar = new RawTar()
                .dir("root/.npm/")
                .file("root/.npm/a", "n".repeat(100_000))
                .end()
                .bytes();
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
            OutputStream out = socket.getOutputStream();
            out.write(head(url, "Content-Length: " + tar.length));
            out.write(tar, 0, tar.length / 2);
            out.flush();
            // The client stops sending but keeps listening: the body ends early, and the answer must reach it.
            socket.shutdownOutput();

            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        assertThat(fx.nextLog()).contains("ended early after " + tar.length / 2 + " bytes");
        assertNothingStored("app#1");
    }

    /**
     * Paths that are not the genuine upload URL. ({@code /0;x} and {@code /%30} are not here: the container drops
     * path parameters and decodes escapes, so they are the genuine URL spelt otherwise.)
     */
    @Test
    void oddPathsFindNothingAndStoreNothing() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        String token = url.getPath().split("/")[2];
        byte[] tar =
                new RawTar().dir("root/.npm/").file("root/.npm/a", "a").end().bytes();
        List<String> paths = List.of(
                token + "/0%00",
                token + "%2F0",
                "..%2F" + token + "/0",
                token + "/+0",
                token + "/0/..",
                token + ".x/0",
                token.toUpperCase(java.util.Locale.ROOT) + "/0");
        for (String path : paths) {
            HttpResponse<String> response = send(URI.create(fx.receiver.baseUrl() + path), tar, null);
            assertThat(response.statusCode()).as(path).isIn(400, 403, 404);
        }
        assertNothingStored("app#1");
    }

    @Test
    void aFullDiskRefusesTheUploadAndLeavesNothing() throws Exception {
        try (Tmpfs small = Tmpfs.mount(tmp.resolve("small"), "256k")) {
            UploadStore store = new UploadStore(small.dir().resolve("uploads"));
            UploadSessions sessions = new UploadSessions();
            sessions.open("app#1", List.of("root/.npm"));
            CacheUploadHandler handler = new CacheUploadHandler(
                    fx.tokens,
                    sessions,
                    sessions,
                    store,
                    Limits.defaults().withReadTimeout(Duration.ofSeconds(30)),
                    line -> {});
            byte[] content = new byte[MIB];
            new Random(1).nextBytes(content);
            byte[] tar = new RawTar()
                    .dir("root/.npm/")
                    .entry("root/.npm/big", RawTar.FILE, 0644, "", content)
                    .end()
                    .bytes();
            try (EmbeddedReceiver receiver = EmbeddedReceiver.start(handler)) {
                HttpResponse<String> response =
                        send(receiver.uploadUrl(fx.tokens.issue("app#1", 0, Duration.ofMinutes(5))), tar, null);

                assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
                assertThat(response.body()).isEqualTo("Could not store the upload.\n");
            }
            assertThat(store.arrived("app#1")).isEmpty();
            try (Stream<Path> files = Files.walk(store.baseDir())) {
                assertThat(files.filter(Files::isRegularFile).toList())
                        .as("no partial tar left on the full disk")
                        .isEmpty();
            }
        }
    }

    private void assertNothingStored(String buildId) throws IOException {
        assertThat(fx.store.arrived(buildId)).isEmpty();
        assertThat(fx.filesOnDisk()).as("no tar and no temp file left").isEmpty();
    }

    private HttpResponse<String> send(URI url, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).PUT(BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] head(URI url, String header) {
        return ("PUT " + url.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.write(c);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }
}
