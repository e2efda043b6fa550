package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.nixpacks.cache.GeneratedTar;
import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The receiver over real HTTP: Jetty on loopback, java.net.http, curl, busybox wget and raw sockets as clients. */
class CacheUploadHttpTest {
    private static final int MIB = 1024 * 1024;
    private static final Limits LIMITS = new Limits(4 * MIB, 6 * MIB, 100, 4 * MIB, Duration.ofSeconds(2));

    @TempDir
    Path tmp;

    private ReceiverFixture fx;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        // Jetty's own idle timeout far above the handler's read timeout: the handler must cut slow clients itself,
        // as it has to inside Jenkins, where the container's timeout is not ours.
        fx = new ReceiverFixture(tmp, LIMITS, Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void validUploadLandsAndIsListed() throws Exception {
        URI url = fx.open("team/app#1", "root/.npm");
        byte[] tar = npmTar("a", 3000);

        HttpResponse<String> response = send("PUT", url, tar);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).startsWith("Stored cache team/app#1 dir 0 (root/.npm): " + tar.length + " bytes");
        StoredUpload stored = fx.store.arrived("team/app#1").get(0);
        assertThat(stored.size()).isEqualTo(tar.length);
        assertThat(stored.sha256()).isEqualTo(sha256(tar));
        assertThat(stored.layerPath()).isEqualTo("root/.npm");
        try (InputStream in = fx.store.open("team/app#1", 0)) {
            assertThat(in.readAllBytes()).isEqualTo(tar);
        }
        assertThat(fx.filesOnDisk()).containsExactly(stored.file());
        assertThat(fx.nextLog()).startsWith("Stored cache team/app#1 dir 0 (root/.npm): " + tar.length + " bytes");
    }

    @Test
    void postToTheSecondDirectoryWorksToo() throws Exception {
        fx.open("app#1", "root/.npm", "root/.cache/pip");
        UploadToken token = fx.tokens.issue("app#1", 1, Duration.ofMinutes(5));
        byte[] tar = new RawTar()
                .dir("root/")
                .dir("root/.cache/")
                .dir("root/.cache/pip/")
                .file("root/.cache/pip/w", "w")
                .end()
                .bytes();

        HttpResponse<String> response = send("POST", fx.url(token), tar);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(fx.store.arrived("app#1")).containsOnlyKeys(1);
    }

    @Test
    void curlStreamsTarThroughAPipeChunked() throws Exception {
        Path root = tmp.resolve("container");
        Files.createDirectories(root.resolve("root/.npm/_cacache"));
        Files.writeString(root.resolve("root/.npm/_cacache/index"), "npm index ".repeat(10_000));
        Files.createSymbolicLink(root.resolve("root/.npm/link"), Path.of("_cacache/index"));
        URI url = fx.open("app#1", "root/.npm");

        Result curl = sh(
                "tar -C \"$ROOT\" -cf - root/.npm | curl -sS --fail -X PUT -T - \"$URL\"",
                Map.of("ROOT", root.toString(), "URL", url.toString()));

        assertThat(curl.exit).as(curl.err).isZero();
        assertThat(curl.out).startsWith("Stored cache app#1 dir 0 (root/.npm)");
        byte[] expected = sh("tar -C \"$ROOT\" -cf - root/.npm", Map.of("ROOT", root.toString())).bytes;
        assertThat(fx.store.arrived("app#1").get(0).sha256()).isEqualTo(sha256(expected));
    }

    @Test
    void busyboxWgetPostsABase64File() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/busybox")), "no /bin/busybox");
        Path file = tmp.resolve("cache.tar");
        byte[] tar = npmTar("w", 20_000);
        Files.write(file, tar);
        URI url = fx.open("app#1", "root/.npm");

        Result wget = sh(
                "/bin/busybox base64 \"$FILE\" > \"$FILE.b64\" && /bin/busybox wget -q -O - --header \"Content-Type: "
                        + CacheUploadHandler.BASE64_CONTENT_TYPE + "\" --post-file=\"$FILE.b64\" \"$URL\"",
                Map.of("FILE", file.toString(), "URL", url.toString()));

        assertThat(wget.exit).as(wget.err).isZero();
        assertThat(wget.out).startsWith("Stored cache app#1 dir 0 (root/.npm): " + tar.length + " bytes");
        assertThat(fx.store.arrived("app#1").get(0).sha256()).isEqualTo(sha256(tar));
    }

    @Test
    void busyboxWgetCannotPostARawTarAndNothingIsKept() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/busybox")), "no /bin/busybox");
        Path file = tmp.resolve("cache.tar");
        Files.write(file, npmTar("w", 20_000));
        URI url = fx.open("app#1", "root/.npm");

        // Busybox wget sends the file only up to its first NUL byte: a tar header has one within 100 bytes.
        Result wget = sh(
                "/bin/busybox wget -q -O - --post-file=\"$FILE\" \"$URL\"",
                Map.of("FILE", file.toString(), "URL", url.toString()));

        assertThat(wget.exit).isNotZero();
        assertThat(wget.err).contains("400");
        assertNothingStored("app#1");
    }

    @Test
    void gnuWgetPostsARawTar() throws Exception {
        Result version = sh("wget --version", Map.of());
        assumeTrue(version.exit == 0 && version.out.startsWith("GNU Wget"), "no GNU wget");
        Path file = tmp.resolve("cache.tar");
        byte[] tar = npmTar("w", 20_000);
        Files.write(file, tar);
        URI url = fx.open("app#1", "root/.npm");

        Result wget = sh(
                "wget -q -O - --header 'Content-Type: application/x-tar' --post-file=\"$FILE\" \"$URL\"",
                Map.of("FILE", file.toString(), "URL", url.toString()));

        assertThat(wget.exit).as(wget.err).isZero();
        assertThat(fx.store.arrived("app#1").get(0).sha256()).isEqualTo(sha256(tar));
    }

    @Test
    void badBase64IsABadRequest() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Content-Type", CacheUploadHandler.BASE64_CONTENT_TYPE)
                .PUT(BodyPublishers.ofString("QUJD\nRA"))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertNothingStored("app#1");
    }

    @Test
    void forgedTokenIsRefusedWithoutDetail() throws Exception {
        fx.open("app#1", "root/.npm");
        UploadToken foreign = new TokenService(io.jenkins.plugins.nixpacks.cache.MacFunction.randomHmacSha256())
                .issue("app#1", 0, Duration.ofMinutes(5));

        HttpResponse<String> response = send("PUT", fx.url(foreign), npmTar("a", 10));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Forbidden.\n");
        assertNothingStored("app#1");
        assertThat(fx.nextLog()).contains("token forged").doesNotContain(foreign.encoded());
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        fx.open("app#1", "root/.npm");
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC);
        UploadToken expired = new TokenService(fx.mac, yesterday).issue("app#1", 0, Duration.ofHours(1));

        HttpResponse<String> response = send("PUT", fx.url(expired), npmTar("a", 10));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Forbidden.\n");
        assertNothingStored("app#1");
        assertThat(fx.nextLog()).contains("token expired");
    }

    @Test
    void tokenReplayedAfterTheBuildClosedIsRefused() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        byte[] first = npmTar("a", 10);
        assertThat(send("PUT", url, first).statusCode()).isEqualTo(201);
        fx.sessions.close("app#1");

        HttpResponse<String> replay = send("PUT", url, npmTar("b", 20));

        assertThat(replay.statusCode()).isEqualTo(404);
        assertThat(fx.store.arrived("app#1").get(0).sha256())
                .as("first upload untouched")
                .isEqualTo(sha256(first));
        assertThat(fx.filesOnDisk()).hasSize(1);
    }

    @Test
    void tokenOfAnotherBuildIsRefused() throws Exception {
        fx.open("app#1", "root/.npm");
        UploadToken closedBuild = fx.tokens.issue("app#2", 0, Duration.ofMinutes(5));
        String[] p =
                fx.tokens.issue("app#2", 0, Duration.ofMinutes(5)).encoded().split("\\.");
        String relabelled = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("app#1".getBytes(StandardCharsets.UTF_8))
                + "." + p[1] + "." + p[2] + "." + p[3];

        assertThat(send("PUT", fx.url(closedBuild), npmTar("a", 10)).statusCode())
                .isEqualTo(404);
        assertThat(send("PUT", fx.receiver.baseUrl().resolve(relabelled + "/0"), npmTar("a", 10))
                        .statusCode())
                .isEqualTo(403);
        assertNothingStored("app#1");
        assertNothingStored("app#2");
    }

    @Test
    void tokenOfAnotherDirectoryIsRefused() throws Exception {
        fx.open("app#1", "root/.npm", "root/.cache");
        UploadToken dir0 = fx.tokens.issue("app#1", 0, Duration.ofMinutes(5));
        UploadToken dir7 = fx.tokens.issue("app#1", 7, Duration.ofMinutes(5));

        assertThat(send("PUT", fx.receiver.baseUrl().resolve(dir0.encoded() + "/1"), npmTar("a", 10))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", fx.url(dir7), npmTar("a", 10)).statusCode())
                .as("undeclared index")
                .isEqualTo(404);
        assertNothingStored("app#1");
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        for (String method : List.of("GET", "DELETE", "PATCH")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(url)
                            .method(method, BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("PUT, POST");
        }
        assertNothingStored("app#1");
    }

    @Test
    void pathsOtherThanTokenAndIndexAreNotFound() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        String token = url.getPath().split("/")[2];
        for (String path : List.of("", token, token + "/0/x", token + "/00", token + "/-1", token + "/", "x/0")) {
            HttpResponse<String> response = send("PUT", fx.receiver.baseUrl().resolve(path), npmTar("a", 1));
            assertThat(response.statusCode()).as(path).isIn(403, 404);
        }
        assertNothingStored("app#1");
    }

    @Test
    void missingBodyIsABadRequest() throws Exception {
        URI url = fx.open("app#1", "root/.npm");

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(url).PUT(BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("empty");
        assertNothingStored("app#1");
    }

    @Test
    void contentLengthOverTheCapIsRefusedBeforeTheBody() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
            socket.getOutputStream().write(head("PUT", url, "Expect: 100-continue\r\nContent-Length: " + 5 * MIB));

            // The answer comes without a byte of the body sent.
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 413 ").contains("over the limit of " + 4 * MIB);
        }
        Path file = tmp.resolve("big.tar");
        Files.write(file, filesTar(5, MIB));
        Result curl = sh(
                "curl -sS --fail -X PUT --data-binary @\"$FILE\" \"$URL\"",
                Map.of("URL", url.toString(), "FILE", file.toString()));
        assertThat(curl.exit).isNotZero();
        assertThat(curl.err).contains("413");
        assertNothingStored("app#1");
    }

    @Test
    void chunkedBodyOverTheCapIsRefusedWhileStreaming() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        Path file = tmp.resolve("big.tar");
        // Each entry below the caps, only the body as a whole is too large.
        Files.write(file, filesTar(5, MIB));

        Result curl = sh(
                "curl -sS --fail -X PUT -T - \"$URL\" < \"$FILE\"",
                Map.of("URL", url.toString(), "FILE", file.toString()));

        assertThat(curl.exit).as(curl.err).isNotZero();
        assertThat(curl.err).contains("413");
        assertThat(fx.nextLog()).contains("Upload is over the limit of " + 4 * MIB);
        assertNothingStored("app#1");
    }

    @Test
    void buildCapCountsEveryDirectory() throws Exception {
        fx.open("app#1", "root/.npm", "root/.cache");
        UploadToken dir0 = fx.tokens.issue("app#1", 0, Duration.ofMinutes(5));
        UploadToken dir1 = fx.tokens.issue("app#1", 1, Duration.ofMinutes(5));
        byte[] first = toBytes(new GeneratedTar("root/.npm", 3 * MIB + MIB / 2, 3));
        byte[] second = toBytes(new GeneratedTar("root/.cache", 3 * MIB, 4));
        assertThat(send("PUT", fx.url(dir0), first).statusCode()).isEqualTo(201);

        HttpResponse<String> response = send("PUT", fx.url(dir1), second);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("more than " + 6 * MIB);
        assertThat(fx.store.arrived("app#1")).containsOnlyKeys(0);
        assertThat(fx.filesOnDisk()).hasSize(1);
    }

    @Test
    void bodyBrokenOffHalfWayKeepsNothing() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        byte[] tar = npmTar("a", 100_000);
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head("PUT", url, "Content-Length: " + tar.length));
            out.write(tar, 0, tar.length / 2);
            out.flush();
        }

        assertThat(fx.nextLog()).contains("ended early after " + tar.length / 2 + " bytes");
        assertNothingStored("app#1");
    }

    @Test
    void chunkedBodyBrokenOffHalfWayKeepsNothing() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        byte[] tar = npmTar("a", 100_000);
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head("PUT", url, "Transfer-Encoding: chunked"));
            out.write((Integer.toHexString(tar.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(tar, 0, tar.length / 2);
            out.flush();
        }

        assertThat(fx.nextLog()).contains("ended early");
        assertNothingStored("app#1");
    }

    @Test
    void chunkedBodyEndingBeforeTheTarEndsIsABadTar() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        byte[] tar = npmTar("a", 100_000);
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head("PUT", url, "Transfer-Encoding: chunked"));
            out.write((Integer.toHexString(tar.length / 2) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(tar, 0, tar.length / 2);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        assertThat(fx.nextLog()).contains("truncated");
        assertNothingStored("app#1");
    }

    @Test
    void slowClientIsCutOffAndKeepsNothing() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        byte[] tar = npmTar("a", 100_000);
        try (Socket socket = new Socket("127.0.0.1", url.getPort())) {
            // Only a safety net against hanging the build if the read timeout were broken.
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(2));
            OutputStream out = socket.getOutputStream();
            out.write(head("PUT", url, "Content-Length: " + tar.length));
            out.write(tar, 0, 10_000);
            out.flush();
            // ...and then nothing more, keeping the connection open.

            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 408 Request Timeout");
        }
        assertThat(fx.nextLog()).contains("stalled after 10000 bytes", "(read timeout)");
        assertNothingStored("app#1");
    }

    static Stream<Arguments> badTars() {
        RawTar tooMany = new RawTar().dir("root/.npm/");
        for (int i = 0; i < 120; i++) {
            tooMany.file("root/.npm/f" + i, "x");
        }
        return Stream.of(
                Arguments.of(
                        "absolute name",
                        new RawTar()
                                .dir("root/.npm/")
                                .file("/etc/cron.d/evil", "x")
                                .end(),
                        "absolute names"),
                Arguments.of(
                        "dot-dot",
                        new RawTar()
                                .dir("root/.npm/")
                                .file("root/.npm/../../etc/evil", "x")
                                .end(),
                        "'..'"),
                Arguments.of(
                        "outside",
                        new RawTar().dir("root/.npm/").file("root/.bashrc", "x").end(),
                        "outside the cache directory"),
                Arguments.of(
                        "symlink out",
                        new RawTar()
                                .dir("root/.npm/")
                                .symlink("root/.npm/x", "../../etc")
                                .end(),
                        "symbolic link points outside"),
                Arguments.of(
                        "hardlink out",
                        new RawTar()
                                .dir("root/.npm/")
                                .hardlink("root/.npm/x", "etc/shadow")
                                .end(),
                        "hard link target"),
                Arguments.of(
                        "char device",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry("root/.npm/mem", RawTar.CHAR_DEVICE, 0600, "", new byte[0])
                                .end(),
                        "device and FIFO"),
                Arguments.of(
                        "fifo",
                        new RawTar()
                                .dir("root/.npm/")
                                .entry("root/.npm/p", RawTar.FIFO, 0600, "", new byte[0])
                                .end(),
                        "device and FIFO"),
                Arguments.of("too many entries", tooMany.end(), "too many entries"),
                Arguments.of(
                        "tar bomb",
                        new RawTar().dir("root/.npm/").headerOnly("root/.npm/bomb", RawTar.FILE, 1L << 40),
                        "larger than the per-entry limit"),
                Arguments.of(
                        "not a tar",
                        new RawTar().raw("hello world\n".repeat(200).getBytes(StandardCharsets.US_ASCII)),
                        "corrupt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTars")
    void badTarIsRefusedAndNothingKept(String name, RawTar tar, String rule) throws Exception {
        URI url = fx.open("app#1", "root/.npm");

        HttpResponse<String> response = send("PUT", url, tar.bytes());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Cache tar rejected", rule);
        assertNothingStored("app#1");
    }

    @Test
    void reUploadReplacesTheDirectory() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        byte[] second = npmTar("b", 5000);
        assertThat(send("PUT", url, npmTar("a", 100)).statusCode()).isEqualTo(201);

        assertThat(send("PUT", url, second).statusCode()).isEqualTo(201);

        assertThat(fx.store.arrived("app#1").get(0).sha256()).isEqualTo(sha256(second));
        assertThat(fx.filesOnDisk()).hasSize(1);
    }

    /**
     * Twenty builds upload 8 MiB each at once. Every client stops half way until all twenty are in flight; the used
     * heap (after GC) is read there, with 80 MiB of bodies on their way, and again at the end: a receiver that held
     * bodies in memory would show it. Each tar must land whole in its own build's folder.
     */
    @Test
    void twentyBuildsUploadConcurrentlyEachIntoItsOwnSlot() throws Exception {
        int builds = 20;
        long dataBytes = 8L * MIB;
        Limits roomy = new Limits(16 * MIB, 16 * MIB, 100, 16 * MIB, Duration.ofSeconds(60));
        try (ReceiverFixture load = new ReceiverFixture(Files.createDirectories(tmp.resolve("load")), roomy)) {
            List<URI> urls = new ArrayList<>();
            List<HalfWayGate> bodies = new ArrayList<>();
            CountDownLatch allHalfWay = new CountDownLatch(builds);
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < builds; i++) {
                urls.add(load.open("app#" + i, "root/.npm"));
                bodies.add(new HalfWayGate(new GeneratedTar("root/.npm", dataBytes + i, i), allHalfWay, release));
            }
            long heapBefore = usedHeapAfterGc();
            ExecutorService pool = Executors.newFixedThreadPool(builds);
            long heapInFlight;
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < builds; i++) {
                    URI url = urls.get(i);
                    HalfWayGate body = bodies.get(i);
                    statuses.add(pool.submit(() -> streamPut(url, body)));
                }
                assertThat(allHalfWay.await(2, TimeUnit.MINUTES))
                        .as("all twenty uploads half way through")
                        .isTrue();
                heapInFlight = usedHeapAfterGc();
                release.countDown();
                for (Future<Integer> status : statuses) {
                    assertThat(status.get(2, TimeUnit.MINUTES)).isEqualTo(201);
                }
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
            long heapAfter = usedHeapAfterGc();
            System.out.printf(
                    "load: %d uploads of %d MiB; used heap after GC: before %d MiB, in flight %d MiB, after %d MiB%n",
                    builds, dataBytes / MIB, heapBefore / MIB, heapInFlight / MIB, heapAfter / MIB);
            assertThat(heapInFlight - heapBefore)
                    .as(
                            "heap growth with %d MiB of bodies in flight (before %d, during %d)",
                            builds * dataBytes / 2 / MIB, heapBefore, heapInFlight)
                    .isLessThan(24L * MIB);
            assertThat(heapAfter - heapBefore)
                    .as(
                            "heap growth after %d MiB received (before %d, after %d)",
                            builds * dataBytes / MIB, heapBefore, heapAfter)
                    .isLessThan(16L * MIB);

            Set<Path> slots = new HashSet<>();
            for (int i = 0; i < builds; i++) {
                String buildId = "app#" + i;
                Map<Integer, StoredUpload> arrived = load.store.arrived(buildId);
                assertThat(arrived).containsOnlyKeys(0);
                StoredUpload stored = arrived.get(0);
                assertThat(stored.sha256())
                        .as("build %d", i)
                        .isEqualTo(bodies.get(i).sha256());
                assertThat(stored.size()).isEqualTo(bodies.get(i).length());
                // The build's own folder: named by the hash of its id, as the store promises.
                assertThat(stored.file().getParent())
                        .as("slot of build %d", i)
                        .isEqualTo(load.store.baseDir().resolve(sha256(buildId.getBytes(StandardCharsets.UTF_8))));
                slots.add(stored.file().getParent());
            }
            assertThat(slots).hasSize(builds);
            assertThat(load.filesOnDisk()).hasSize(builds);
        }
    }

    /** A PUT that writes the body from this thread, so a gate in the body holds exactly this upload. */
    private static int streamPut(URI url, HalfWayGate body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
        try {
            c.setRequestMethod("PUT");
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(body.length());
            try (OutputStream out = c.getOutputStream()) {
                body.transferTo(out);
            }
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A generated tar that stops half way until released, and hashes what it yields. */
    private static final class HalfWayGate extends InputStream {
        private final GeneratedTar tar;
        private final MessageDigest digest;
        private final CountDownLatch halfWay;
        private final CountDownLatch release;
        private long position;
        private boolean waited;

        HalfWayGate(GeneratedTar tar, CountDownLatch halfWay, CountDownLatch release) throws Exception {
            this.tar = tar;
            this.digest = MessageDigest.getInstance("SHA-256");
            this.halfWay = halfWay;
            this.release = release;
        }

        long length() {
            return tar.length();
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!waited && position >= tar.length() / 2) {
                waited = true;
                halfWay.countDown();
                try {
                    if (!release.await(2, TimeUnit.MINUTES)) {
                        throw new IOException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted at the gate", e);
                }
            }
            int n = tar.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                position += n;
            }
            return n;
        }
    }

    @Test
    void theTokenNeverReachesTheLog() throws Exception {
        URI url = fx.open("app#1", "root/.npm");
        send("PUT", url, npmTar("a", 10));
        send("PUT", url, new RawTar().file("/etc/x", "x").end().bytes());
        send("GET", url, new byte[0]);
        String mac = url.getPath().split("/")[2].replaceAll(".*\\.", "");

        List<String> lines = new ArrayList<>(fx.log);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> assertThat(line)
                .doesNotContain(mac));
    }

    private void assertNothingStored(String buildId) throws IOException {
        assertThat(fx.store.arrived(buildId)).isEmpty();
        assertThat(fx.filesOnDisk()).as("no tar and no temp file left").isEmpty();
    }

    private HttpResponse<String> send(String method, URI url, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url)
                .method(method, body.length == 0 ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] npmTar(String name, int size) {
        return new RawTar()
                .dir("root/.npm/")
                .file("root/.npm/" + name, "n".repeat(size))
                .end()
                .bytes();
    }

    /** {@code count} files of {@code size} random bytes each in root/.npm. */
    private static byte[] filesTar(int count, int size) {
        RawTar tar = new RawTar().dir("root/.npm/");
        Random random = new Random(count);
        for (int i = 0; i < count; i++) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            tar.entry("root/.npm/f" + i, RawTar.FILE, 0644, "", content);
        }
        return tar.end().bytes();
    }

    private static byte[] head(String method, URI url, String header) {
        return (method + " " + url.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + "\r\n\r\n")
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

    private static byte[] toBytes(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    record Result(int exit, String out, String err, byte[] bytes) {}

    private static Result sh(String script, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        Future<byte[]> err;
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            err = reader.submit(() -> p.getErrorStream().readAllBytes());
            byte[] out = p.getInputStream().readAllBytes();
            int exit = p.waitFor();
            return new Result(
                    exit, new String(out, StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8), out);
        } finally {
            reader.shutdownNow();
        }
    }
}
