package io.jenkins.plugins.nixpacks.cache.image;

import io.jenkins.plugins.nixpacks.registry.Digests;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The entries of one cache directory in primitive arrays, their names in one byte buffer and their data in a spool
 * file: about 40 bytes per entry plus its name, so a million entries sit in a few tens of MB where a map of
 * {@code TarArchiveEntry} objects took over a GB.
 */
final class EntryIndex implements Closeable {
    static final byte FILE = 0;
    static final byte DIR = 1;
    static final byte SYMLINK = 2;
    static final byte HARDLINK = 3;

    private final Path spool;
    private final OutputStream spoolOut;
    private long spoolSize;
    private FileChannel reader;

    private byte[] names = new byte[1 << 16];
    private int namesUsed;
    private int size;
    private int[] nameOff = new int[1024];
    private int[] nameLen = new int[1024];
    private int[] linkOff = new int[1024];
    private int[] linkLen = new int[1024];
    private byte[] type = new byte[1024];
    private int[] mode = new int[1024];
    private long[] dataOff = new long[1024];
    private long[] dataSize = new long[1024];
    /** The first 8 bytes of the SHA-256 of a file's data; 0 for other entries. */
    private long[] content = new long[1024];

    private final MessageDigest sha256 = Digests.newSha256();
    private final byte[] buffer = new byte[1 << 16];

    EntryIndex(Path spool) throws IOException {
        this.spool = spool;
        this.spoolOut = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16);
    }

    /** Adds an entry; a file's {@code size} bytes are read from {@code data} into the spool. */
    void add(String name, byte kind, int fileMode, String link, InputStream data, long bytes) throws IOException {
        if (size == nameOff.length) {
            grow();
        }
        nameOff[size] = putName(name);
        nameLen[size] = namesUsed - nameOff[size];
        if (link != null) {
            linkOff[size] = putName(link);
            linkLen[size] = namesUsed - linkOff[size];
        } else {
            linkOff[size] = -1;
        }
        type[size] = kind;
        mode[size] = fileMode;
        dataOff[size] = spoolSize;
        content[size] = 0;
        if (data != null) {
            long copied = 0;
            sha256.reset();
            for (int n; (n = data.read(buffer)) > 0; ) {
                spoolOut.write(buffer, 0, n);
                sha256.update(buffer, 0, n);
                copied += n;
            }
            if (copied != bytes) {
                throw new IOException("entry " + name + " holds " + copied + " bytes, its header says " + bytes);
            }
            spoolSize += copied;
            dataSize[size] = copied;
            content[size] = first8(sha256.digest());
        }
        size++;
    }

    private int putName(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if ((long) namesUsed + b.length > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("the names of this directory take more than 2 GB");
        }
        while (namesUsed + b.length > names.length) {
            names = Arrays.copyOf(names, (int) Math.min(Integer.MAX_VALUE - 16, names.length * 2L));
        }
        System.arraycopy(b, 0, names, namesUsed, b.length);
        int at = namesUsed;
        namesUsed += b.length;
        return at;
    }

    private void grow() {
        int n = size * 2;
        nameOff = Arrays.copyOf(nameOff, n);
        nameLen = Arrays.copyOf(nameLen, n);
        linkOff = Arrays.copyOf(linkOff, n);
        linkLen = Arrays.copyOf(linkLen, n);
        type = Arrays.copyOf(type, n);
        mode = Arrays.copyOf(mode, n);
        dataOff = Arrays.copyOf(dataOff, n);
        dataSize = Arrays.copyOf(dataSize, n);
        content = Arrays.copyOf(content, n);
    }

    int size() {
        return size;
    }

    /** Indexes in name order (UTF-8 bytes, unsigned: the order {@code TarValidator} asks of a layer). */
    int[] sorted() {
        // Boxed for a comparator sort: 16 bytes per entry, a short-lived fraction of the index itself.
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, this::compareNames);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    int compareNames(int a, int b) {
        return Arrays.compareUnsigned(
                names, nameOff[a], nameOff[a] + nameLen[a], names, nameOff[b], nameOff[b] + nameLen[b]);
    }

    /** Compares entry {@code a}'s name with {@code name}. */
    int compareName(int a, byte[] name) {
        return Arrays.compareUnsigned(names, nameOff[a], nameOff[a] + nameLen[a], name, 0, name.length);
    }

    String name(int i) {
        return new String(names, nameOff[i], nameLen[i], StandardCharsets.UTF_8);
    }

    byte[] nameBytes(int i) {
        return Arrays.copyOfRange(names, nameOff[i], nameOff[i] + nameLen[i]);
    }

    String link(int i) {
        return linkOff[i] < 0 ? null : new String(names, linkOff[i], linkLen[i], StandardCharsets.UTF_8);
    }

    byte type(int i) {
        return type[i];
    }

    int mode(int i) {
        return mode[i];
    }

    long dataSize(int i) {
        return dataSize[i];
    }

    /** What identifies entry {@code i}'s name in a {@link LayerListing}: the first 8 bytes of its SHA-256. */
    long nameKey(int i) {
        sha256.reset();
        sha256.update(names, nameOff[i], nameLen[i]);
        return first8(sha256.digest());
    }

    /**
     * What identifies entry {@code i} as a layer writes it (name, type, mode, link target, data), for a {@link
     * LayerListing}: 64 bits of a SHA-256, whose two lowest bits are the type, so a listing tells a file from a
     * folder or a link. A hard link is written as a copy of {@code target}'s data, so it is keyed as that file.
     */
    long entryKey(int i, int target) {
        byte kind = type[i] == HARDLINK ? FILE : type[i];
        sha256.reset();
        sha256.update(names, nameOff[i], nameLen[i]);
        sha256.update(new byte[] {0, kind, (byte) (mode[i] >> 8), (byte) mode[i], 0});
        if (kind == SYMLINK && linkOff[i] >= 0) {
            sha256.update(names, linkOff[i], linkLen[i]);
        }
        sha256.update((byte) 0);
        long c = content[kind == FILE ? target : i];
        for (int b = 0; b < 8; b++) {
            sha256.update((byte) (c >>> (56 - 8 * b)));
        }
        sha256.update(Long.toString(dataSize[kind == FILE ? target : i]).getBytes(StandardCharsets.US_ASCII));
        return (first8(sha256.digest()) & ~3L) | kind;
    }

    private static long first8(byte[] d) {
        long v = 0;
        for (int b = 0; b < 8; b++) {
            v = (v << 8) | (d[b] & 0xff);
        }
        return v;
    }

    /** The data of file entry {@code i}, read from the spool. */
    InputStream data(int i) throws IOException {
        if (reader == null) {
            spoolOut.close();
            reader = FileChannel.open(spool, StandardOpenOption.READ);
        }
        FileChannel ch = reader;
        long off = dataOff[i];
        long len = dataSize[i];
        return new InputStream() {
            long pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int o, int l) throws IOException {
                if (pos >= len) {
                    return -1;
                }
                int n = ch.read(java.nio.ByteBuffer.wrap(b, o, (int) Math.min(l, len - pos)), off + pos);
                if (n < 0) {
                    throw new IOException("the spool file ended early");
                }
                pos += n;
                return n;
            }
        };
    }

    @Override
    public void close() throws IOException {
        spoolOut.close();
        if (reader != null) {
            reader.close();
        }
    }
}
