package io.jenkins.plugins.nixpacks.cache.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nixpacks.cache.MacFunction;
import io.jenkins.plugins.nixpacks.cache.TokenService;
import io.jenkins.plugins.nixpacks.cache.UploadToken;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedReceiverTest {
    @TempDir
    Path tmp;

    private CacheUploadHandler handler() throws IOException {
        UploadSessions sessions = new UploadSessions();
        return new CacheUploadHandler(
                new TokenService(MacFunction.randomHmacSha256()),
                sessions,
                sessions,
                new UploadLedger(),
                Limits.defaults(),
                ReceiverLog.none());
    }

    @Test
    void servesOnLoopbackUnderItsContextPath() throws Exception {
        CacheUploadHandler handler = handler();
        try (EmbeddedReceiver receiver = EmbeddedReceiver.start(handler)) {
            assertThat(receiver.port()).isPositive();
            assertThat(receiver.baseUrl()).hasToString("http://127.0.0.1:" + receiver.port() + "/nixpacks-cache/");
            UploadToken token = new TokenService(MacFunction.randomHmacSha256()).issue("a#1", 2, Duration.ofMinutes(1));
            // The path names the token's public part only: its MAC never travels.
            String path = CacheUploadHandler.pathFor(token.encoded(), 2);
            assertThat(path).endsWith("/2").doesNotContain(token.encoded());
            assertThat(token.encoded()).startsWith(path.substring(0, path.length() - 2) + ".");
        }
    }

    @Test
    void takesAGivenPortAndSaysSoWhenItIsTaken() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        CacheUploadHandler handler = handler();
        try (EmbeddedReceiver first = EmbeddedReceiver.start(handler, port)) {
            assertThat(first.port()).isEqualTo(port);

            assertThatThrownBy(() -> EmbeddedReceiver.start(handler, port))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("pass 0 for a free one");
        }
    }
}
