package io.jenkins.plugins.nixpacks.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Permission to upload one cache directory of one build until a deadline: HMAC-SHA256 over (build id, directory
 * index, expiry). Made and checked only by {@link TokenService}, so an instance in hand is either freshly issued or
 * verified.
 *
 * <p>Encoded as {@code <base64url(build id)>.<index>.<expiry epoch seconds>.<base64url(mac)>}: all four parts use
 * the URL-safe alphabet, which has no dot, so the string is one path segment and splits in only one way. The MAC
 * itself is computed over a length-prefixed binary message (see {@link #macMessage}), so no two (build, index,
 * expiry) triples share a message.
 *
 * <p>{@link #encoded()} is a secret: it goes from the controller to the agent's memory and nowhere else; requests carry
 * only its public part and a proof made with it ({@link UploadProof}). {@link #toString()} leaves it out.
 */
public final class UploadToken {
    /** Longest build id accepted, in UTF-8 bytes; Jenkins' externalizable ids are far shorter. */
    static final int MAX_BUILD_ID_BYTES = 1024;
    /** Longest directory index accepted; a plan has a handful of cache directories. */
    static final int MAX_DIR_INDEX = 9999;

    private static final byte[] DOMAIN = "nixpacks-cache-upload-v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final String buildId;
    private final int dirIndex;
    private final long expiresEpochSecond;
    private final String encoded;

    UploadToken(String buildId, int dirIndex, long expiresEpochSecond, byte[] mac) {
        this.buildId = checkBuildId(buildId);
        this.dirIndex = checkDirIndex(dirIndex);
        if (expiresEpochSecond < 0) {
            throw new IllegalArgumentException("Upload token expiry " + expiresEpochSecond + " is before 1970");
        }
        this.expiresEpochSecond = expiresEpochSecond;
        this.encoded = B64.encodeToString(buildId.getBytes(StandardCharsets.UTF_8))
                + '.'
                + dirIndex
                + '.'
                + expiresEpochSecond
                + '.'
                + B64.encodeToString(mac);
    }

    /** The build the token was issued for, e.g. Jenkins' {@code folder/job#42} or the runner's session id. */
    public String buildId() {
        return buildId;
    }

    /** Index of the cache directory in the build's list, as it appears in the upload URL. */
    public int dirIndex() {
        return dirIndex;
    }

    public Instant expiresAt() {
        return Instant.ofEpochSecond(expiresEpochSecond);
    }

    /** The URL path segment carrying the token. A secret: never log it. */
    public String encoded() {
        return encoded;
    }

    @Override
    public String toString() {
        return "UploadToken[build=" + buildId + ", dir=" + dirIndex + ", expires=" + expiresAt() + "]";
    }

    long expiresEpochSecond() {
        return expiresEpochSecond;
    }

    static String checkBuildId(String buildId) {
        Objects.requireNonNull(buildId, "buildId");
        int bytes = buildId.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_BUILD_ID_BYTES) {
            throw new IllegalArgumentException(
                    "Build id must have 1 to " + MAX_BUILD_ID_BYTES + " bytes, has " + bytes);
        }
        return buildId;
    }

    static int checkDirIndex(int dirIndex) {
        if (dirIndex < 0 || dirIndex > MAX_DIR_INDEX) {
            throw new IllegalArgumentException(
                    "Cache directory index must be 0.." + MAX_DIR_INDEX + ", is " + dirIndex);
        }
        return dirIndex;
    }

    /** The bytes the MAC covers: a domain tag, then each field with a fixed width or a length prefix. */
    static byte[] macMessage(String buildId, int dirIndex, long expiresEpochSecond) {
        byte[] id = buildId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(DOMAIN.length + 4 + id.length + 4 + 8)
                .put(DOMAIN)
                .putInt(id.length)
                .put(id)
                .putInt(dirIndex)
                .putLong(expiresEpochSecond)
                .array();
    }
}
