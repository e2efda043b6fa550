package io.jenkins.plugins.nixpacks.docker;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One HTTP/1.1 request to a Docker engine over its Unix socket, through the JDK's own socket channel, for a body read
 * or written as a stream: a GET of the archive endpoint the save reads the stage through, a POST of an image archive
 * to the load endpoint ({@code CacheBase}). docker-java's Unix socket reads through JNA:
 * measured on the go-build cache of {@code bench/apps/go-svc} (193 MB, 2,579 entries), draining the archive took
 * 5.0–5.4 s through docker-java and 0.6–0.7 s through this channel, on the same engine. Other calls stay on docker-java.
 *
 * <p>The channel is interruptible: a stopped build closes it and the read ends with an exception.
 */
final class UnixSocketHttp {
    /** Header lines at most, and bytes per line: an engine's answer has a dozen short ones. */
    private static final int MAX_HEADERS = 100;

    private static final int MAX_LINE = 8192;

    /** The status and the body; the body holds the connection and must be closed. */
    record Response(int status, InputStream body) {}

    private UnixSocketHttp() {}

    /** Whether {@code dockerHost} is an engine this class can reach: a {@code unix://} socket. */
    static boolean handles(String dockerHost) {
        return dockerHost != null && dockerHost.startsWith("unix://");
    }

    /** Writes a request's body; what it writes is sent in chunks as it comes. */
    @FunctionalInterface
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Sends {@code GET pathAndQuery} to the socket of {@code dockerHost} and reads the status and headers. */
    static Response get(String dockerHost, String pathAndQuery) throws IOException {
        return request(dockerHost, "GET " + pathAndQuery, null, null);
    }

    /**
     * Sends {@code POST pathAndQuery} with a body of {@code contentType} that {@code body} writes (chunked, so its
     * length need not be known), then reads the status and headers.
     */
    static Response post(String dockerHost, String pathAndQuery, String contentType, BodyWriter body)
            throws IOException {
        return request(dockerHost, "POST " + pathAndQuery, contentType, body);
    }

    private static Response request(String dockerHost, String requestLine, String contentType, BodyWriter body)
            throws IOException {
        Path socket = Path.of(dockerHost.substring("unix://".length()));
        SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        try {
            String request = requestLine + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: nixpacks-plugin\r\n"
                    + (body == null ? "" : "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n")
                    + "Connection: close\r\n\r\n";
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                ch.write(out);
            }
            if (body != null) {
                ChunkedOut chunks = new ChunkedOut(Channels.newOutputStream(ch));
                body.writeTo(chunks);
                chunks.finish();
            }
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
            String status = line(in);
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("the engine at " + dockerHost + " did not answer HTTP: '" + status + "'");
            }
            int code = Integer.parseInt(parts[1]);
            boolean chunked = false;
            long length = -1;
            for (int i = 0; ; i++) {
                if (i == MAX_HEADERS) {
                    throw new IOException(
                            "the engine at " + dockerHost + " sent more than " + MAX_HEADERS + " headers");
                }
                String h = line(in);
                if (h.isEmpty()) {
                    break;
                }
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                if (name.equals("transfer-encoding")
                        && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                } else if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                }
            }
            InputStream answer = chunked ? new Chunked(in) : length >= 0 ? new Bounded(in, length) : in;
            return new Response(code, answer);
        } catch (NumberFormatException e) {
            ch.close();
            throw new IOException("the engine at " + dockerHost + " sent a malformed answer: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** The body of an error answer, at most 64 KiB, as text (the engine sends {"message": "..."}). */
    static String errorText(InputStream body) throws IOException {
        try (body) {
            byte[] b = body.readNBytes(64 << 10);
            return new String(b, StandardCharsets.UTF_8).trim();
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EOFException("the engine closed the connection in the middle of its answer's headers");
            }
            if (b.size() == MAX_LINE) {
                throw new IOException("a header line of the engine's answer is longer than " + MAX_LINE + " bytes");
            }
            b.write(c);
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * A body read through its own {@code read(byte[], int, int)}: an {@link InputStream}, not a
     * {@code FilterInputStream}, so that {@code skip} and {@code available} go through the body's accounting (by
     * {@code InputStream}'s own reading skip) and never reach the stream below, which holds chunk headers.
     */
    private abstract static class Body extends InputStream {
        protected final InputStream in;

        Body(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public abstract int read(byte[] b, int off, int len) throws IOException;

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A request body in {@code Transfer-Encoding: chunked}: one chunk per 64 KiB buffered, a chunk of 0 last. */
    private static final class ChunkedOut extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        ChunkedOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flushChunk();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        private void flushChunk() throws IOException {
            if (used == 0) {
                return;
            }
            out.write((Integer.toHexString(used) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(buffer, 0, used);
            out.write(CRLF);
            used = 0;
        }

        /** The last chunks; the connection stays open for the answer. */
        void finish() throws IOException {
            flushChunk();
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() {
            // The body's writer may close what it was given; the connection is the answer's to close.
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    /** A body of {@code Content-Length} bytes. */
    private static final class Bounded extends Body {
        private long left;

        Bounded(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("the engine's answer ended " + left + " bytes early");
            }
            left -= n;
            return n;
        }
    }

    /** A {@code Transfer-Encoding: chunked} body: size lines in hex, data, CRLF; a chunk of 0 ends it. */
    private static final class Chunked extends Body {
        private long left;
        private boolean done;

        Chunked(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line(in);
                int semi = size.indexOf(';');
                try {
                    left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("the engine's chunked answer has a malformed size line '" + size + "'", e);
                }
                if (left < 0) {
                    throw new IOException("the engine's chunked answer has a negative size '" + size + "'");
                }
                if (left == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers: none expected, none kept
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("the engine's answer ended in the middle of a chunk");
            }
            left -= n;
            if (left == 0 && !line(in).isEmpty()) {
                throw new IOException("the engine's chunked answer has no line end after a chunk");
            }
            return n;
        }
    }
}
