package io.jenkins.plugins.nixpacks.cache.receiver;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException;
import io.jenkins.plugins.nixpacks.cache.TarRejectedException.Rule;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

/**
 * A base64 request body decoded as it streams. Busybox wget sends {@code --post-file} up to the first NUL byte, which
 * every tar has; {@code base64} output has none. Line breaks are skipped. A decoding fault is a bad upload (400);
 * a fault reading the body passes through unchanged.
 */
final class Base64Body extends FilterInputStream {
    private final Source source;

    private Base64Body(Source source) {
        super(Base64.getMimeDecoder().wrap(source));
        this.source = source;
    }

    static InputStream decode(InputStream raw) {
        return new Base64Body(new Source(raw));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (IOException e) {
            if (source.failed) {
                throw e;
            }
            throw new TarRejectedException(Rule.CORRUPT, null, "the base64 body does not decode: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // the caller owns the request stream
    }

    /** Marks a failure of the request stream itself. */
    private static final class Source extends FilterInputStream {
        boolean failed;

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void close() {
            // the caller owns the request stream
        }
    }
}
