package io.jenkins.plugins.nixpacks.cache;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Hands the tar reader the bytes of {@code source} and writes each one to {@code sink} as it goes, skipped bytes
 * included, so the copy is exact whatever the reader reads or skips. Remembers a failure of either end, so the
 * validator does not report a vanished client or a full disk as a corrupt tar. Closing it closes neither end.
 */
final class CopyingInputStream extends InputStream {
    private final InputStream source;
    private final OutputStream sink;
    private long count;
    private IOException failure;
    private boolean atEnd;
    private boolean zerosOnly;
    private byte[] scratch;

    CopyingInputStream(InputStream source, OutputStream sink) {
        this.source = source;
        this.sink = sink;
    }

    long count() {
        return count;
    }

    /** True once the source has no more bytes. */
    boolean atEnd() {
        return atEnd;
    }

    /** From now on every byte must be zero: the archive has ended, only block padding may follow. */
    void requireZeros() {
        zerosOnly = true;
    }

    /** The first I/O failure of the source or the sink, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = source.read(b, off, len);
            if (n > 0) {
                sink.write(b, off, n);
            }
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (n < 0) {
            atEnd = true;
        } else if (zerosOnly) {
            for (int i = 0; i < n; i++) {
                if (b[off + i] != 0) {
                    throw new TarRejectedException(Rule.DATA_AFTER_END, null, "at byte " + (count + i));
                }
            }
        }
        count += Math.max(n, 0);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (scratch == null) {
            scratch = new byte[8192];
        }
        long left = n;
        while (left > 0) {
            int r = read(scratch, 0, (int) Math.min(left, scratch.length));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }

    @Override
    public int available() {
        return 0;
    }

    /** Copies what follows the end-of-archive marker: block padding, which must be zeros. */
    void drainZeros(byte[] buffer) throws IOException {
        requireZeros();
        while (read(buffer, 0, buffer.length) >= 0) {
            // checked in read
        }
    }

    @Override
    public void close() {
        // The caller owns both ends.
    }
}
