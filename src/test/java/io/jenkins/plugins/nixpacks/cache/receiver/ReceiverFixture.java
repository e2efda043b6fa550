package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadProof;
import io.jenkins.plugins.nixpacks.registry.Digests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real receiver on loopback with an in-memory key, open sessions and a ledger. Test helper. */
final class ReceiverFixture implements AutoCloseable {
    final MacFunction mac = MacFunction.randomHmacSha256();
    final TokenService tokens = new TokenService(mac);
    final UploadSessions sessions = new UploadSessions();
    final UploadLedger ledger = new UploadLedger();
    final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    final EmbeddedReceiver receiver;
    final HttpClient http = HttpClient.newHttpClient();

    ReceiverFixture(Limits limits) throws IOException {
        this(limits, limits.readTimeout());
    }

    /**
     * With the connector's idle timeout at {@code idleTimeout}: far above the read timeout, it stands for Jenkins'
     * Jetty, whose timeout is not ours, so the handler must cut a stalled body itself.
     */
    ReceiverFixture(Limits limits, Duration idleTimeout) throws IOException {
        CacheUploadHandler handler = new CacheUploadHandler(tokens, sessions, sessions, ledger, limits, log::add);
        receiver = EmbeddedReceiver.start(handler, 0, idleTimeout);
    }

    /** Opens a session for {@code buildId} and returns the encoded token of directory {@code index}. */
    String open(String buildId, List<String> layerPaths) {
        sessions.open(buildId, layerPaths);
        return token(buildId, 0);
    }

    String token(String buildId, int index) {
        return tokens.issue(buildId, index, Duration.ofMinutes(10)).encoded();
    }

    /** The layers header of {@code layers}, as the agent writes it. */
    static String header(List<byte[]> layers) {
        List<String> items = new ArrayList<>();
        for (byte[] l : layers) {
            items.add(Digests.sha256(l) + ":" + l.length);
        }
        return String.join(",", items);
    }

    /** Sends {@code layers} as the agent does, signed with {@code token}. */
    HttpResponse<String> put(String token, int index, List<byte[]> layers) throws Exception {
        String header = header(layers);
        return put(
                CacheUploadHandler.pathFor(token, index),
                header,
                UploadProof.sign(token, index, header),
                concat(layers));
    }

    /** Sends anything. */
    HttpResponse<String> put(String path, String layers, String proof, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(receiver.baseUrl() + path))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (layers != null) {
            b.header(UploadProof.LAYERS_HEADER, layers);
        }
        if (proof != null) {
            b.header(UploadProof.PROOF_HEADER, proof);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** The next log line, waiting for the server to finish a request. */
    String nextLog() throws InterruptedException {
        String line = log.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("a log line from the receiver").isNotNull();
        return line;
    }

    @Override
    public void close() throws IOException {
        receiver.close();
    }
}
