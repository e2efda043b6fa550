package io.jenkins.plugins.nixpacks.registry;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 helpers. */
public final class Digests {
    private Digests() {}

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static Digest sha256(byte[] bytes) {
        return Digest.ofSha256(newSha256().digest(bytes));
    }

    /** Counts and hashes what passes through, on its way to {@code out}. */
    public static final class CountingDigestOutputStream extends FilterOutputStream {
        private final MessageDigest sha = newSha256();
        private long count;

        public CountingDigestOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha.update(b, off, len);
            count += len;
        }

        public long count() {
            return count;
        }

        /** The digest of everything written; call once, after the last write. */
        public Digest digest() {
            return Digest.ofSha256(sha.digest());
        }
    }
}
