package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.RawTar;
import io.jenkins.plugins.nixpacks.cache.UploadProof;
import io.jenkins.plugins.nixpacks.registry.Digests;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The receiver over real HTTP on a real Jetty: what the agent sends, and what an attacker on the wire can do. */
class LayerUploadHttpTest {
    private static final long MIB = 1024 * 1024;
    private static final Limits LIMITS =
            new Limits(4 * MIB, 6 * MIB, 100, 4 * MIB, Duration.ofSeconds(5)).withMaxTotalBytes(9 * MIB);
    private static final List<String> NPM = List.of("root/.npm", "root/.m2/repository");

    private ReceiverFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ReceiverFixture(LIMITS);
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private static byte[] layer(String name, String content) {
        return new RawTar().file("root/.npm/" + name, content).end().bytes();
    }

    private static byte[] first() {
        return new RawTar()
                .dir("root/")
                .dir("root/.npm/")
                .file("root/.npm/a", "1")
                .end()
                .bytes();
    }

    @Test
    void theAgentsLayersAreAcceptedAndRecordedByDigest() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] second = layer("b", "2");

        HttpResponse<String> r = fx.put(token, 0, List.of(first(), second));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        UploadLedger.Accepted a = fx.ledger.accepted("app#1").get(0);
        assertThat(a.layers()).containsExactly(Digests.sha256(first()), Digests.sha256(second));
        assertThat(a.layerPath()).isEqualTo("root/.npm");
    }

    @Test
    void aSecondRequestForTheDirectoryGets409AndChangesNothing() throws Exception {
        String token = fx.open("app#1", NPM);
        HttpResponse<String> honest = fx.put(token, 0, List.of(first()));
        assertThat(honest.statusCode()).isEqualTo(201);
        UploadLedger.Accepted before = fx.ledger.accepted("app#1").get(0);

        // The same request replayed, as read off the wire, and a new one signed with the token itself.
        String header = ReceiverFixture.header(List.of(first()));
        HttpResponse<String> replay =
                fx.put(CacheUploadHandler.pathFor(token, 0), header, UploadProof.sign(token, 0, header), first());
        HttpResponse<String> other = fx.put(token, 0, List.of(layer("evil", "x")));

        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(fx.ledger.accepted("app#1").get(0)).isEqualTo(before);
    }

    @Test
    void aProofReadOffTheWireSignsOnlyItsOwnLayersAndDirectory() throws Exception {
        String token = fx.open("app#1", NPM);
        String honestHeader = ReceiverFixture.header(List.of(first()));
        String sniffedProof = UploadProof.sign(token, 0, honestHeader);
        byte[] evil = layer("evil", "x");
        String evilHeader = ReceiverFixture.header(List.of(evil));
        String path0 = CacheUploadHandler.pathFor(token, 0);
        String path1 = CacheUploadHandler.pathFor(fx.token("app#1", 1), 1);

        // Other layers under the sniffed proof; the sniffed proof for another directory; the honest header with
        // other bytes of the same length.
        assertThat(fx.put(path0, evilHeader, sniffedProof, evil).statusCode()).isEqualTo(403);
        assertThat(fx.put(path1, honestHeader, sniffedProof, first()).statusCode())
                .isEqualTo(403);
        byte[] sameLength = first().clone();
        sameLength[3 * 512] ^= 1; // the file's content, so the tar stays valid and only the digest differs
        HttpResponse<String> swapped = fx.put(path0, honestHeader, sniffedProof, sameLength);

        assertThat(swapped.statusCode()).as(swapped.body()).isEqualTo(400);
        assertThat(swapped.body()).contains("digest");
        assertThat(fx.ledger.accepted("app#1")).isEmpty();
    }

    @Test
    void requestsWithoutAValidProofAreRefusedWithoutDetail() throws Exception {
        String token = fx.open("app#1", NPM);
        String header = ReceiverFixture.header(List.of(first()));
        String path = CacheUploadHandler.pathFor(token, 0);

        assertThat(fx.put(path, header, null, first()).statusCode()).isEqualTo(403);
        assertThat(fx.put(path, header, "AAAA", first()).body()).isEqualTo("Forbidden.\n");
        // A token of another key.
        String foreign = new io.jenkins.plugins.nixpacks.cache.TokenService(
                        io.jenkins.plugins.nixpacks.cache.MacFunction.randomHmacSha256())
                .issue("app#1", 0, Duration.ofMinutes(1))
                .encoded();
        assertThat(fx.put(foreign, 0, List.of(first())).statusCode()).isEqualTo(403);
        assertThat(fx.put(path, null, null, first()).statusCode()).isEqualTo(400);
        assertThat(fx.ledger.accepted("app#1")).isEmpty();
    }

    @Test
    void aClosedSessionAcceptsNothing() throws Exception {
        String token = fx.open("app#1", NPM);
        fx.sessions.close("app#1");

        assertThat(fx.put(token, 0, List.of(first())).statusCode()).isEqualTo(404);
    }

    static Stream<Arguments> badLayers() {
        String deep = "p0/p1/p2/p3/p4/p5/p6/p7/p8/p9/p10/p11";
        return Stream.of(
                Arguments.of(
                        "shadow symlink (issue #10)",
                        new RawTar()
                                .dir("root/.npm/")
                                .symlink("root/.npm/a", deep)
                                .dir("root/.npm/a/")
                                .symlink("root/.npm/src", "a/../../../app")
                                .symlink("root/.npm/x", "a/../../../etc/passwd")
                                .end(),
                        "same name"),
                Arguments.of(
                        "duplicate file",
                        new RawTar()
                                .dir("root/.npm/")
                                .file("root/.npm/f", "good")
                                .file("root/.npm/f", "evil")
                                .end(),
                        "same name"),
                Arguments.of(
                        "parent through a link",
                        new RawTar()
                                .dir("root/.npm/")
                                .symlink("root/.npm/l", "q")
                                .file("root/.npm/l/f", "x")
                                .end(),
                        "runs through a symbolic link"),
                Arguments.of(
                        "unsorted",
                        new RawTar()
                                .dir("root/.npm/")
                                .file("root/.npm/b", "x")
                                .file("root/.npm/a", "x")
                                .end(),
                        "name order"),
                Arguments.of(
                        "symlink out",
                        new RawTar()
                                .dir("root/.npm/")
                                .symlink("root/.npm/x", "../../etc")
                                .end(),
                        "symbolic link points outside"),
                Arguments.of(
                        "absolute name",
                        new RawTar().dir("root/.npm/").file("/etc/evil", "x").end(),
                        "absolute names"),
                Arguments.of(
                        "not a tar",
                        new RawTar().raw("hello world\n".repeat(200).getBytes()),
                        "corrupt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLayers")
    void badLayersAreRefusedAndNothingIsRecorded(String name, RawTar tar, String rule) throws Exception {
        String token = fx.open("app#1", NPM);

        HttpResponse<String> r = fx.put(token, 0, List.of(tar.bytes()));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains(rule);
        assertThat(fx.ledger.accepted("app#1")).isEmpty();
    }

    @Test
    void aDirectoryOverItsCapIsRefusedBeforeTheBody() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] big = new RawTar()
                .file("root/.npm/big", "x".repeat((int) (5 * MIB)))
                .end()
                .bytes();

        HttpResponse<String> r = fx.put(token, 0, List.of(big));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("per cache directory");
    }

    @Test
    void aClientThatWaitsFor100ContinueIsRefusedWithoutSendingTheBody() throws Exception {
        String token = fx.open("app#1", NPM);
        long size = 5 * MIB;
        String header = "sha256:" + "ab".repeat(32) + ":" + size;
        String path = CacheUploadHandler.pathFor(token, 0);
        try (java.net.Socket s = new java.net.Socket(
                fx.receiver.baseUrl().getHost(), fx.receiver.baseUrl().getPort())) {
            s.setSoTimeout(10_000);
            String head = "PUT " + fx.receiver.baseUrl().getPath() + path + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\n"
                    + UploadProof.LAYERS_HEADER + ": " + header + "\r\n"
                    + UploadProof.PROOF_HEADER + ": " + UploadProof.sign(token, 0, header) + "\r\n"
                    + "Content-Length: " + size + "\r\n"
                    + "Expect: 100-continue\r\n\r\n";
            s.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            s.getOutputStream().flush();

            // Not one byte of the body is sent: the answer must come anyway, and it must not be "100 Continue".
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue");
            assertThat(answer).contains("per cache directory");
        }
        assertThat(fx.ledger.accepted("app#1")).isEmpty();
    }

    @Test
    void theBuildCapCountsEveryDirectory() throws Exception {
        String token = fx.open("app#1", NPM);
        byte[] three = new RawTar()
                .file("root/.npm/big", "x".repeat((int) (3 * MIB)))
                .end()
                .bytes();
        byte[] m2 = new RawTar()
                .file("root/.m2/repository/big", "x".repeat((int) (3 * MIB) + 1024))
                .end()
                .bytes();
        assertThat(fx.put(token, 0, List.of(three)).statusCode()).isEqualTo(201);

        HttpResponse<String> r = fx.put(fx.token("app#1", 1), 1, List.of(m2));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("this build would send more than");
    }

    @Test
    void theReceiversCapAcrossBuildsAnswers507() throws Exception {
        byte[] three = new RawTar()
                .file("root/.npm/big", "x".repeat((int) (3 * MIB)))
                .end()
                .bytes();
        for (int i = 1; i <= 3; i++) {
            String token = fx.open("app#" + i, NPM);
            HttpResponse<String> r = fx.put(token, 0, List.of(three));
            assertThat(r.statusCode()).as("build " + i + ": " + r.body()).isEqualTo(i < 3 ? 201 : 507);
            if (i == 3) {
                assertThat(r.body()).contains("its limit is " + 9 * MIB);
            }
        }
        // A build that ends gives its bytes back.
        fx.ledger.remove("app#1");
        String token = fx.open("app#4", NPM);
        assertThat(fx.put(token, 0, List.of(three)).statusCode()).isEqualTo(201);
    }

    @Test
    void onlyPutIsAllowed() throws Exception {
        String token = fx.open("app#1", NPM);
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(fx.receiver.baseUrl() + CacheUploadHandler.pathFor(token, 0)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(first()))
                .build();

        assertThat(fx.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(405);
    }

    @Test
    void theTokenNeverReachesTheLog() throws Exception {
        String token = fx.open("app#1", NPM);
        fx.put(token, 0, List.of(first()));
        fx.put(token, 0, List.of(first()));
        String mac = token.substring(token.lastIndexOf('.') + 1);

        assertThat(String.join("\n", fx.log)).doesNotContain(mac);
    }
}
