package io.jenkins.plugins.nixpacks.cache;

import io.jenkins.plugins.nixpacks.cache.TarRejectedException.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarUtils;

/**
 * Commons Compress' tar reader, with checks on every raw 512-byte header before the reader acts on it. The reader
 * reads PAX headers, GNU long names and sparse maps into memory, sized by the archive itself; without these checks a
 * crafted header could make it allocate gigabytes. Also insists on the end-of-archive marker, which the reader alone
 * does not: a stream cut at a header boundary would otherwise pass as complete.
 */
final class TarHeaderGuard extends TarArchiveInputStream {
    private static final int TYPE_OFFSET = 156;
    private static final int SIZE_OFFSET = 124;
    private static final int SIZE_LENGTH = 12;

    private boolean endMarkerSeen;
    private boolean capturingPax;
    private final ByteArrayOutputStream pax = new ByteArrayOutputStream();

    private final CopyingInputStream in;

    TarHeaderGuard(CopyingInputStream in) {
        super(in, TarConstants.DEFAULT_BLKSIZE, TarConstants.DEFAULT_RCDSIZE, StandardCharsets.UTF_8.name(), false);
        this.in = in;
    }

    @Override
    protected byte[] readRecord() throws IOException {
        long offset = getBytesRead();
        byte[] record = super.readRecord();
        if (record == null) {
            if (endMarkerSeen) {
                return null; // only one of the two zero records: tolerated, as GNU tar does
            }
            throw new TarRejectedException(
                    Rule.TRUNCATED,
                    null,
                    getBytesRead() == 0
                            ? "the upload is empty"
                            : "the stream ends at byte " + getBytesRead()
                                    + " without the end-of-archive marker; was the upload cut short?");
        }
        if (isEOFRecord(record)) {
            endMarkerSeen = true;
            // The reader skips the rest of the last block unseen; a second archive or a payload could hide there.
            in.requireZeros();
            return record;
        }
        if (endMarkerSeen) {
            throw new TarRejectedException(Rule.DATA_AFTER_END, null, "at byte " + offset);
        }
        if (!TarUtils.verifyCheckSum(record)) {
            throw new TarRejectedException(
                    Rule.CORRUPT, null, "header at byte " + offset + " has a bad checksum; is this a tar stream?");
        }
        checkCapturedPax();
        byte type = record[TYPE_OFFSET];
        switch (type) {
            case TarConstants.LF_PAX_EXTENDED_HEADER_LC:
            case TarConstants.LF_PAX_EXTENDED_HEADER_UC:
            case TarConstants.LF_PAX_GLOBAL_EXTENDED_HEADER:
                capturingPax = true;
                checkMetadataSize(record, offset);
                break;
            case TarConstants.LF_GNUTYPE_LONGNAME:
            case TarConstants.LF_GNUTYPE_LONGLINK:
                checkMetadataSize(record, offset);
                break;
            case TarConstants.LF_OLDNORM:
            case TarConstants.LF_NORMAL:
            case TarConstants.LF_LINK:
            case TarConstants.LF_SYMLINK:
            case TarConstants.LF_CHR:
            case TarConstants.LF_BLK:
            case TarConstants.LF_DIR:
            case TarConstants.LF_FIFO:
            case TarConstants.LF_CONTIG:
                break; // judged by TarValidator on the parsed entry, with its full name
            default:
                // GNU sparse ('S'), multi-volume, volume labels, dump dirs, vendor types.
                throw new TarRejectedException(
                        Rule.UNSUPPORTED_TYPE, headerName(record), "type '" + (char) type + "' at byte " + offset);
        }
        return record;
    }

    /**
     * The reader strips leading slashes from GNU long names (and PAX paths), which would hide an absolute name from
     * the validator; the raw name is checked here instead.
     */
    @Override
    protected byte[] getLongNameData() throws IOException {
        boolean name = getCurrentEntry() != null && getCurrentEntry().isGNULongNameEntry();
        byte[] data = super.getLongNameData();
        if (name && data != null && data.length > 0 && data[0] == '/') {
            String raw = new String(data, StandardCharsets.UTF_8);
            throw new TarRejectedException(Rule.ABSOLUTE_NAME, raw, null);
        }
        return data;
    }

    @Override
    public int read(byte[] buf, int offset, int length) throws IOException {
        int n = super.read(buf, offset, length);
        if (capturingPax && n > 0) {
            pax.write(buf, offset, n); // bounded by checkMetadataSize
        }
        return n;
    }

    private void checkMetadataSize(byte[] record, long offset) throws TarRejectedException {
        long size;
        try {
            size = TarUtils.parseOctalOrBinary(record, SIZE_OFFSET, SIZE_LENGTH);
        } catch (IllegalArgumentException e) {
            throw new TarRejectedException(Rule.CORRUPT, headerName(record), "bad size field at byte " + offset, e);
        }
        if (size < 0 || size > TarLimits.MAX_METADATA_BYTES) {
            throw new TarRejectedException(
                    Rule.METADATA_TOO_LARGE,
                    headerName(record),
                    size + " bytes at byte " + offset + ", limit " + TarLimits.MAX_METADATA_BYTES);
        }
    }

    /**
     * The reader has parsed the PAX records that came before this header; refuse sparse-file keys before the reader
     * goes on to read a sparse map of archive-chosen length from the entry's data.
     */
    private void checkCapturedPax() throws TarRejectedException {
        if (!capturingPax) {
            return;
        }
        capturingPax = false;
        byte[] d = pax.toByteArray();
        pax.reset();
        int pos = 0;
        while (pos < d.length && d[pos] != 0) {
            int p = pos;
            long length = 0;
            while (p < d.length && d[p] >= '0' && d[p] <= '9' && length <= d.length) {
                length = length * 10 + (d[p++] - '0');
            }
            long end = pos + length;
            if (p >= d.length || d[p] != ' ' || length <= 0 || end > d.length) {
                throw new TarRejectedException(Rule.CORRUPT, null, "malformed PAX extended header");
            }
            int eq = p + 1;
            while (eq < end && d[eq] != '=') {
                eq++;
            }
            String key = new String(d, p + 1, eq - p - 1, StandardCharsets.UTF_8);
            String value = eq + 1 < end ? new String(d, eq + 1, (int) end - eq - 2, StandardCharsets.UTF_8) : "";
            if (key.startsWith("GNU.sparse.") || (key.equals("SCHILY.filetype") && value.equals("sparse"))) {
                throw new TarRejectedException(Rule.UNSUPPORTED_TYPE, null, "sparse file (PAX key " + key + ")");
            }
            if (key.equals("path") && value.startsWith("/")) {
                throw new TarRejectedException(Rule.ABSOLUTE_NAME, value, null);
            }
            pos = (int) end;
        }
    }

    private static String headerName(byte[] record) {
        try {
            return TarUtils.parseName(record, 0, TarConstants.NAMELEN);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
