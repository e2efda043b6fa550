package io.jenkins.plugins.nixpacks.cache;

import java.io.InputStream;
import java.util.Random;

/**
 * A tar of one large file under a directory, generated while it is read: gigabytes without gigabytes of heap. Test
 * helper.
 */
public final class GeneratedTar extends InputStream {
    private final byte[] head;
    private final long dataSize;
    private final byte[] tail;
    private final byte[] block = new byte[1 << 20];
    private final long total;
    private long position;

    /** {@code <dir>/} and {@code <dir>/big.bin} of {@code dataSize} pseudo-random bytes. */
    public GeneratedTar(String dir, long dataSize, long seed) {
        new Random(seed).nextBytes(block);
        this.head = new RawTar()
                .dir(dir + "/")
                .raw(RawTar.header(dir + "/big.bin", RawTar.FILE, dataSize, "", 0644))
                .bytes();
        this.dataSize = dataSize;
        this.tail = new byte[RawTar.padding(dataSize) + 1024];
        this.total = head.length + dataSize + tail.length;
    }

    /** Bytes the stream yields in all. */
    public long length() {
        return total;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= total) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int n;
        if (position < head.length) {
            n = (int) Math.min(len, head.length - position);
            System.arraycopy(head, (int) position, b, off, n);
        } else if (position < head.length + dataSize) {
            long inData = position - head.length;
            int inBlock = (int) (inData % block.length);
            n = (int) Math.min(Math.min(len, block.length - inBlock), dataSize - inData);
            System.arraycopy(block, inBlock, b, off, n);
        } else {
            long inTail = position - head.length - dataSize;
            n = (int) Math.min(len, tail.length - inTail);
            System.arraycopy(tail, (int) inTail, b, off, n);
        }
        position += n;
        return n;
    }
}
