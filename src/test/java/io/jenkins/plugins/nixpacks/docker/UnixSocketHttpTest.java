package io.jenkins.plugins.nixpacks.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UnixSocketHttp} against a real Unix socket that answers as an engine would, or as a broken one. */
class UnixSocketHttpTest {
    @TempDir
    Path tmp;

    private ServerSocketChannel server;
    private final AtomicReference<String> request = new AtomicReference<>();

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Serves one connection: reads the request head, writes {@code answer} (bytes as ISO-8859-1), closes. */
    private String serve(byte[] answer) throws IOException {
        Path socket = tmp.resolve("engine.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread t = new Thread(() -> {
            try (SocketChannel c = server.accept()) {
                ByteBuffer in = ByteBuffer.allocate(8192);
                StringBuilder head = new StringBuilder();
                while (!head.toString().contains("\r\n\r\n") && c.read(in) > 0) {
                    in.flip();
                    head.append(StandardCharsets.ISO_8859_1.decode(in));
                    in.clear();
                }
                request.set(head.toString());
                ByteBuffer out = ByteBuffer.wrap(answer);
                while (out.hasRemaining()) {
                    c.write(out);
                }
            } catch (IOException e) {
                // the test sees what arrived
            }
        });
        t.setDaemon(true);
        t.start();
        return "unix://" + socket;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String body(UnixSocketHttp.Response r) throws IOException {
        try (InputStream in = r.body()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aChunkedBodyIsDecodedWholeAndTheRequestIsAPlainGet() throws Exception {
        String host =
                serve(bytes("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5\r\nhello\r\n1;ext=1\r\n \r\nb\r\nworld, tar!\r\n0\r\n\r\n"));
        UnixSocketHttp.Response r = UnixSocketHttp.get(host, "/v1.41/containers/abc/archive?path=%2Froot%2F.npm");
        assertThat(r.status()).isEqualTo(200);
        assertThat(body(r)).isEqualTo("hello world, tar!");
        assertThat(request.get())
                .startsWith("GET /v1.41/containers/abc/archive?path=%2Froot%2F.npm HTTP/1.1\r\n")
                .contains("Connection: close\r\n");
    }

    @Test
    void skippingAChunkedBodySkipsItsDataNotItsChunkHeaders() throws Exception {
        String host = serve(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4\r\nabcd\r\n4\r\nefgh\r\n3\r\nijk\r\n0\r\n\r\n"));
        UnixSocketHttp.Response r = UnixSocketHttp.get(host, "/x");
        try (InputStream in = r.body()) {
            assertThat(in.skip(6)).isEqualTo(6);
            assertThat(in.available()).isZero();
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                    .isEqualTo("ghijk");
        }
    }

    @Test
    void aContentLengthBodyStopsAtItsLength() throws Exception {
        String host = serve(
                bytes("HTTP/1.1 404 Not Found\r\nContent-Length: 28\r\n\r\n{\"message\":\"no such path\"}\r\nEXTRA"));
        UnixSocketHttp.Response r = UnixSocketHttp.get(host, "/x");
        assertThat(r.status()).isEqualTo(404);
        assertThat(UnixSocketHttp.errorText(r.body())).isEqualTo("{\"message\":\"no such path\"}");
    }

    @Test
    void aBodyCutShortIsAnErrorNotAShortTar() throws Exception {
        String host = serve(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly six"));
        UnixSocketHttp.Response r = UnixSocketHttp.get(host, "/x");
        assertThatThrownBy(() -> body(r)).isInstanceOf(IOException.class).hasMessageContaining("middle of a chunk");
    }

    @Test
    void aMalformedChunkSizeIsNamed() throws Exception {
        String host = serve(bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"));
        UnixSocketHttp.Response r = UnixSocketHttp.get(host, "/x");
        assertThatThrownBy(() -> body(r))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("malformed size line 'zz'");
    }

    @Test
    void somethingThatIsNotHttpIsRefused() throws Exception {
        String host = serve(bytes("SSH-2.0-OpenSSH\r\n\r\n"));
        assertThatThrownBy(() -> UnixSocketHttp.get(host, "/x"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("did not answer HTTP");
    }

    @Test
    void onlyUnixHostsAreHandled() {
        assertThat(UnixSocketHttp.handles("unix:///var/run/docker.sock")).isTrue();
        assertThat(UnixSocketHttp.handles("tcp://10.0.0.1:2376")).isFalse();
        assertThat(UnixSocketHttp.handles(null)).isFalse();
    }
}
