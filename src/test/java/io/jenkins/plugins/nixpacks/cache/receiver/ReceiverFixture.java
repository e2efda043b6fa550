package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A real receiver on loopback with an in-memory key, open sessions and a store in a temp folder. Test helper. */
final class ReceiverFixture implements AutoCloseable {
    final MacFunction mac = MacFunction.randomHmacSha256();
    final TokenService tokens = new TokenService(mac);
    final UploadSessions sessions = new UploadSessions();
    final UploadStore store;
    final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    final EmbeddedReceiver receiver;

    ReceiverFixture(Path dir, Limits limits) throws IOException {
        this(dir, limits, limits.readTimeout());
    }

    ReceiverFixture(Path dir, Limits limits, Duration jettyIdleTimeout) throws IOException {
        store = new UploadStore(dir.resolve("uploads"));
        CacheUploadHandler handler = new CacheUploadHandler(tokens, sessions, sessions, store, limits, log::add);
        receiver = EmbeddedReceiver.start(handler, 0, jettyIdleTimeout);
    }

    /** Opens a session for {@code buildId} with {@code layerPaths} and returns the upload URL of directory 0. */
    URI open(String buildId, String... layerPaths) {
        sessions.open(buildId, List.of(layerPaths));
        return url(tokens.issue(buildId, 0, Duration.ofMinutes(10)));
    }

    URI url(UploadToken token) {
        return receiver.uploadUrl(token);
    }

    /** The next log line, waiting for the server to finish a request the client has no answer for. */
    String nextLog() throws InterruptedException {
        String line = log.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("a log line from the receiver").isNotNull();
        return line;
    }

    /** Every regular file under the store: arrived tars and temp files alike. */
    List<Path> filesOnDisk() throws IOException {
        try (Stream<Path> walk = Files.walk(store.baseDir())) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Override
    public void close() throws IOException {
        receiver.close();
    }
}
