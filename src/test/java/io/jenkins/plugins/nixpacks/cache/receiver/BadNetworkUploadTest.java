package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.UploadProof;
import io.jenkins.plugins.nixpacks.registry.Digests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The receiver against a bad network and a greedy crowd, over raw sockets on a real Jetty: a body that stalls, a body
 * cut short, more uploads at once than the receiver's cap holds. Each case asserts the answer the client hears, that
 * the ledger recorded nothing of a failed upload and that its bytes were given back. Jetty's own idle timeout is ten
 * minutes, as a container whose timeout is not ours: the handler must cut a stalled body itself.
 */
class BadNetworkUploadTest {
    private static final int MIB = 1024 * 1024;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final Limits LIMITS = new Limits(4 * MIB, 6 * MIB, 100, 4 * MIB, READ_TIMEOUT);
    private static final List<String> NPM = List.of("root/.npm");

    private ReceiverFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ReceiverFixture(LIMITS, Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void aBodyThatStallsGets408WithinTheReadTimeoutAndLeavesNothing() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] layer = layer("a", 100_000, 1);
        try (Socket socket = connect(READ_TIMEOUT.plusSeconds(8))) {
            OutputStream out = socket.getOutputStream();
            long start = System.nanoTime();
            out.write(head(token, 0, List.of(layer), layer.length));
            out.write(layer, 0, 10_000);
            out.flush();
            // ...and then nothing more, the connection kept open. Past the socket's timeout the read below fails.

            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 408 Request Timeout");
            System.out.printf(
                    "stalled body answered 408 after %.1f s (read timeout %d s)%n",
                    (System.nanoTime() - start) / 1e9, READ_TIMEOUT.toSeconds());
        }
        assertThat(fx.nextLog()).contains("stalled after 10000 bytes", "(read timeout)");
        assertNothingRecorded("app#1");
    }

    @Test
    void aStallInTheSecondLayerRecordsNotEvenTheFirst() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] first = new RawTar()
                .dir("root/")
                .dir("root/.npm/")
                .file("root/.npm/a", "1")
                .end()
                .bytes();
        byte[] content = new byte[100_000];
        new Random(2).nextBytes(content);
        // Names rise across the layers of a directory, so the second does not repeat root/.npm/.
        byte[] second = new RawTar()
                .entry("root/.npm/b", RawTar.FILE, 0644, "", content)
                .end()
                .bytes();
        try (Socket socket = connect(READ_TIMEOUT.plusSeconds(8))) {
            OutputStream out = socket.getOutputStream();
            out.write(head(token, 0, List.of(first, second), first.length + second.length));
            out.write(first);
            out.write(second, 0, 5_000);
            out.flush();

            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 408 Request Timeout");
        }
        assertThat(fx.nextLog()).contains("stalled after 5000 bytes");
        assertNothingRecorded("app#1");
    }

    @Test
    void theRunnersReceiverWhoseIdleTimeoutIsTheReadTimeoutStillAnswers408() throws Exception {
        // EmbeddedReceiver.start(handler), as the runner starts it: Jetty's idle timeout equals the read timeout, so
        // both fire together; the client must still hear why, not a reset.
        try (ReceiverFixture runner = new ReceiverFixture(LIMITS)) {
            String token = runner.open("app#1", NPM);
            byte[] layer = layer("a", 100_000, 7);
            URI base = runner.receiver.baseUrl();
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout((int) READ_TIMEOUT.plusSeconds(8).toMillis());
                OutputStream out = socket.getOutputStream();
                out.write(head(runner, token, 0, List.of(layer), layer.length));
                out.write(layer, 0, 10_000);
                out.flush();

                assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 408 Request Timeout");
            }
            assertThat(runner.nextLog()).contains("stalled after 10000 bytes");
            assertThat(runner.ledger.accepted("app#1")).isEmpty();
            assertThat(runner.ledger.totalBytes()).isZero();
        }
    }

    @Test
    void layerSizesThatOverflowTheirSumAreRefusedBeforeTheBodyAndTheDirectoryStaysOpen() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] layer = layer("a", 1000, 8);
        // Nineteen sizes of 18 digits whose sum, wrapped around 2^64, is the real body's length: a receiver adding
        // them in a long finds Content-Length equal to the sum and under every cap.
        int parts = 19;
        java.math.BigInteger wrapped =
                java.math.BigInteger.ONE.shiftLeft(64).add(java.math.BigInteger.valueOf(layer.length));
        java.math.BigInteger each = wrapped.divide(java.math.BigInteger.valueOf(parts));
        java.math.BigInteger last = wrapped.subtract(each.multiply(java.math.BigInteger.valueOf(parts - 1)));
        List<String> items = new ArrayList<>();
        String digest = Digests.sha256(layer).toString();
        for (int i = 0; i < parts; i++) {
            items.add(digest + ":" + (i < parts - 1 ? each : last));
        }
        assertThat(items).allSatisfy(item -> assertThat(item.substring(item.lastIndexOf(':') + 1))
                .hasSizeLessThanOrEqualTo(18));
        String header = String.join(",", items);

        var r = fx.put(CacheUploadHandler.pathFor(token, 0), header, UploadProof.sign(token, 0, header), layer);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertNothingRecorded("app#1");
        assertThat(fx.put(token, 0, List.of(layer)).statusCode())
                .as("the directory, not claimed by a malformed request")
                .isEqualTo(201);
    }

    @Test
    void aBodyShorterThanItsLengthIsABadRequestTheClientStillHears() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] layer = layer("a", 100_000, 3);
        try (Socket socket = connect(Duration.ofSeconds(30))) {
            OutputStream out = socket.getOutputStream();
            out.write(head(token, 0, List.of(layer), layer.length));
            out.write(layer, 0, layer.length / 2);
            out.flush();
            // The client stops sending but keeps listening: the body ends early, and the answer must reach it.
            socket.shutdownOutput();

            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        assertThat(fx.nextLog()).contains("ended early after " + layer.length / 2 + " bytes");
        assertNothingRecorded("app#1");
    }

    @Test
    void aClientGoneHalfWayLeavesNothing() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] layer = layer("a", 100_000, 4);
        try (Socket socket = connect(Duration.ofSeconds(30))) {
            OutputStream out = socket.getOutputStream();
            out.write(head(token, 0, List.of(layer), layer.length));
            out.write(layer, 0, layer.length / 2);
            out.flush();
        }

        assertThat(fx.nextLog()).contains("ended early after " + layer.length / 2 + " bytes");
        assertNothingRecorded("app#1");
    }

    @Test
    void aChunkedBodyWithoutALengthIsRefusedBeforeItIsRead() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] layer = layer("a", 1000, 5);
        String header = ReceiverFixture.header(List.of(layer));
        try (Socket socket = connect(Duration.ofSeconds(30))) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + fx.receiver.baseUrl().getRawPath() + CacheUploadHandler.pathFor(token, 0)
                            + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + UploadProof.LAYERS_HEADER + ": " + header + "\r\n"
                            + UploadProof.PROOF_HEADER + ": " + UploadProof.sign(token, 0, header) + "\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The answer comes before the body: sending it now would race the server closing the connection.
            assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 411 Length Required");
        }
        assertNothingRecorded("app#1");
        // Refused before the claim: the agent may still send that directory with a length.
        assertThat(fx.put(token, 0, List.of(layer)).statusCode()).isEqualTo(201);
    }

    /**
     * Ten builds send one layer each at once into a receiver whose cap across builds holds four. Every client stops half
     * way until all ten requests have been decided: the four in flight hold exactly their bytes, the six over the cap
     * are told 507 while the four are still half way, and nothing is recorded for anyone. Then the four finish and are
     * recorded; when their builds end, every byte is given back.
     */
    @Test
    void uploadsBeyondTheReceiversCapGet507AndNothingIsHalfRecorded() throws Exception {
        int builds = 10;
        int fit = 4;
        List<byte[]> layers = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            layers.add(layer("f" + i, MIB, 10 + i));
        }
        long size = layers.get(0).length;
        assertThat(layers).allSatisfy(l -> assertThat(l).hasSize((int) size));
        Limits crowded =
                new Limits(4 * MIB, 4 * MIB, 100, 4 * MIB, Duration.ofSeconds(30)).withMaxTotalBytes(fit * size);
        try (ReceiverFixture load = new ReceiverFixture(crowded, Duration.ofMinutes(10))) {
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < builds; i++) {
                    String token = load.open("app#" + i, NPM);
                    Socket socket = new Socket(
                            load.receiver.baseUrl().getHost(),
                            load.receiver.baseUrl().getPort());
                    socket.setSoTimeout(30_000);
                    sockets.add(socket);
                    OutputStream out = socket.getOutputStream();
                    out.write(head(load, token, 0, List.of(layers.get(i)), size));
                    out.write(layers.get(i), 0, (int) size / 2);
                    out.flush();
                }
                List<String> refusals = new ArrayList<>();
                while (refusals.size() < builds - fit) {
                    String line = load.nextLog();
                    assertThat(line).contains("refused").contains("its limit is " + fit * size);
                    refusals.add(line);
                }

                // All ten decided, four bodies half way: their bytes held, no more, and nothing recorded yet.
                assertThat(load.ledger.totalBytes()).isEqualTo(fit * size);
                for (int i = 0; i < builds; i++) {
                    assertThat(load.ledger.accepted("app#" + i))
                            .as("app#%d half way", i)
                            .isEmpty();
                }

                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < builds; i++) {
                    Socket socket = sockets.get(i);
                    try {
                        socket.getOutputStream().write(layers.get(i), (int) size / 2, (int) (size - size / 2));
                        socket.getOutputStream().flush();
                    } catch (IOException e) {
                        // a refused upload's connection may be closed once its drain is done
                    }
                    String status = statusLine(socket.getInputStream());
                    statuses.add(Integer.parseInt(status.split(" ")[1]));
                }
                assertThat(statuses.stream().filter(s -> s == 201)).hasSize(fit);
                assertThat(statuses.stream().filter(s -> s == 507)).hasSize(builds - fit);
                for (int i = 0; i < builds; i++) {
                    var accepted = load.ledger.accepted("app#" + i);
                    if (statuses.get(i) == 201) {
                        assertThat(accepted).containsOnlyKeys(0);
                        assertThat(accepted.get(0).layers()).containsExactly(Digests.sha256(layers.get(i)));
                        assertThat(accepted.get(0).bytes()).isEqualTo(size);
                    } else {
                        assertThat(accepted).as("app#%d refused", i).isEmpty();
                    }
                }
                assertThat(load.ledger.totalBytes())
                        .as("bytes counted: the four accepted")
                        .isEqualTo(fit * size);

                // A refused directory stays claimed, as every request's does: the agent does not send it again.
                int refused = statuses.indexOf(507);
                String retry = load.token("app#" + refused, 0);
                assertThat(load.put(retry, 0, List.of(layers.get(refused))).statusCode())
                        .isEqualTo(409);

                // The builds end: all their bytes come back, and a new build fits again.
                for (int i = 0; i < builds; i++) {
                    load.ledger.remove("app#" + i);
                }
                assertThat(load.ledger.totalBytes()).isZero();
                String fresh = load.open("app#new", NPM);
                assertThat(load.put(fresh, 0, List.of(layers.get(0))).statusCode())
                        .isEqualTo(201);
            } finally {
                for (Socket s : sockets) {
                    s.close();
                }
            }
        }
    }

    /**
     * Paths that are not the genuine upload path, with a valid proof for the genuine one. ({@code /0;x} and {@code /%30}
     * are not here: the container drops path parameters and decodes escapes, so they are the genuine path spelt
     * otherwise.)
     */
    @Test
    void oddPathsFindNothingAndRecordNothing() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] layer = layer("a", 10, 6);
        String header = ReceiverFixture.header(List.of(layer));
        String proof = UploadProof.sign(token, 0, header);
        String pub = UploadProof.publicPart(token);
        for (String path : List.of(
                pub + "/0%00",
                pub + "%2F0",
                "..%2F" + pub + "/0",
                pub + "/+0",
                pub + "/00",
                pub + "/-0",
                pub + "/0/..",
                pub + "/0/x",
                pub + ".x/0",
                pub.toUpperCase(java.util.Locale.ROOT) + "/0",
                pub)) {
            int status;
            try {
                status = fx.put(path, header, proof, layer).statusCode();
            } catch (IllegalArgumentException e) {
                continue; // the client will not even send it
            } catch (java.io.IOException e) {
                // Jetty refuses some of these itself (an ambiguous or NUL path), before any handler, and closes
                // without reading the body: the client may see the reset instead of the 400 (seen once in CI-like
                // runs). Refused either way; what counts is that nothing was recorded, asserted below.
                continue;
            }
            assertThat(status).as(path).isIn(400, 403, 404);
        }
        assertNothingRecorded("app#1");
        assertThat(fx.put(token, 0, List.of(layer)).statusCode())
                .as("the genuine path, still unclaimed")
                .isEqualTo(201);
    }

    private void assertNothingRecorded(String buildId) {
        assertThat(fx.ledger.accepted(buildId)).as("accepted for " + buildId).isEmpty();
        assertThat(fx.ledger.totalBytes()).as("bytes still counted").isZero();
    }

    /** A layer of {@code root/.npm/<name>} with {@code size} random bytes. */
    private static byte[] layer(String name, int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        return new RawTar()
                .dir("root/.npm/")
                .entry("root/.npm/" + name, RawTar.FILE, 0644, "", content)
                .end()
                .bytes();
    }

    private Socket connect(Duration timeout) throws IOException {
        URI base = fx.receiver.baseUrl();
        Socket socket = new Socket(base.getHost(), base.getPort());
        // Only a safety net: a broken read timeout fails the read below instead of hanging the build.
        socket.setSoTimeout((int) timeout.toMillis());
        return socket;
    }

    private byte[] head(String token, int index, List<byte[]> layers, long length) {
        return head(fx, token, index, layers, length);
    }

    /** The request head the agent sends, signed with {@code token}, for a body of {@code length} bytes. */
    private static byte[] head(ReceiverFixture fixture, String token, int index, List<byte[]> layers, long length) {
        String header = ReceiverFixture.header(layers);
        return ("PUT " + fixture.receiver.baseUrl().getRawPath() + CacheUploadHandler.pathFor(token, index)
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + UploadProof.LAYERS_HEADER + ": " + header + "\r\n"
                        + UploadProof.PROOF_HEADER + ": " + UploadProof.sign(token, index, header) + "\r\n"
                        + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n")
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
