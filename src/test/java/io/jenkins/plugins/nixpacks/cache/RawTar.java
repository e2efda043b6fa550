package io.jenkins.plugins.nixpacks.cache;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes tar archives byte by byte, including the ones no well-behaved tar tool writes: absolute names, devices,
 * entries that declare gigabytes without carrying them. Test helper.
 */
public final class RawTar {
    public static final byte FILE = '0';
    public static final byte HARDLINK = '1';
    public static final byte SYMLINK = '2';
    public static final byte CHAR_DEVICE = '3';
    public static final byte BLOCK_DEVICE = '4';
    public static final byte DIR = '5';
    public static final byte FIFO = '6';
    public static final byte PAX = 'x';
    public static final byte GNU_SPARSE = 'S';

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public RawTar dir(String name) {
        return entry(name, DIR, 0755, "", new byte[0]);
    }

    public RawTar file(String name, String content) {
        return entry(name, FILE, 0644, "", content.getBytes(StandardCharsets.UTF_8));
    }

    public RawTar symlink(String name, String target) {
        return entry(name, SYMLINK, 0777, target, new byte[0]);
    }

    public RawTar hardlink(String name, String target) {
        return entry(name, HARDLINK, 0644, target, new byte[0]);
    }

    public RawTar entry(String name, byte type, int mode, String link, byte[] data) {
        out.writeBytes(header(name, type, data.length, link, mode));
        out.writeBytes(data);
        out.writeBytes(new byte[padding(data.length)]);
        return this;
    }

    /** A header declaring {@code size} bytes, without the bytes. */
    public RawTar headerOnly(String name, byte type, long size) {
        out.writeBytes(header(name, type, size, "", 0644));
        return this;
    }

    /** A PAX extended header ('x') applying {@code records} to the next entry. */
    public RawTar pax(Map<String, String> records) {
        return entry("PaxHeaders/x", PAX, 0644, "", paxData(records));
    }

    public RawTar raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** The end-of-archive marker: two zero records. */
    public RawTar end() {
        out.writeBytes(new byte[1024]);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    public InputStream stream() {
        return new java.io.ByteArrayInputStream(bytes());
    }

    public static int padding(long size) {
        return (int) ((512 - size % 512) % 512);
    }

    public static byte[] paxData(Map<String, String> records) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        records.forEach((k, v) -> {
            String rest = " " + k + "=" + v + "\n";
            int restLength = rest.getBytes(StandardCharsets.UTF_8).length;
            int length = restLength + 1;
            while (String.valueOf(length).length() + restLength != length) {
                length++;
            }
            b.writeBytes((length + rest).getBytes(StandardCharsets.UTF_8));
        });
        return b.toByteArray();
    }

    /** A ustar header; sizes beyond 8 GiB use the base-256 form, as GNU tar does. */
    public static byte[] header(String name, byte type, long size, String link, int mode) {
        byte[] h = new byte[512];
        put(h, 0, 100, name);
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        if (size > 077777777777L) {
            h[124] = (byte) 0x80;
            for (int i = 0; i < 8; i++) {
                h[135 - i] = (byte) (size >>> (8 * i));
            }
        } else {
            octal(h, 124, 12, size);
        }
        octal(h, 136, 12, 1_700_000_000L);
        h[156] = type;
        put(h, 157, 100, link);
        put(h, 257, 6, "ustar\0");
        put(h, 263, 2, "00");
        put(h, 265, 32, "root");
        put(h, 297, 32, "root");
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte x : h) {
            sum += x & 0xff;
        }
        String chk = String.format("%06o", sum);
        put(h, 148, 6, chk);
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void put(byte[] h, int offset, int length, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        if (b.length > length) {
            throw new IllegalArgumentException("'" + value + "' does not fit in " + length + " bytes");
        }
        System.arraycopy(b, 0, h, offset, b.length);
    }

    private static void octal(byte[] h, int offset, int length, long value) {
        String s = String.format("%0" + (length - 1) + "o", value);
        put(h, offset, length - 1, s);
    }
}
