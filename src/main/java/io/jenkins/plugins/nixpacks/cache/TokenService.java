package io.jenkins.plugins.nixpacks.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Issues and verifies {@link UploadToken}s. The key stays inside the injected {@link MacFunction}; this class only
 * builds the message and compares MACs in constant time ({@link MessageDigest#isEqual}), so a slow comparison cannot
 * leak a MAC byte by byte (the flaw behind CVE-2022-43412).
 */
public final class TokenService {
    /** No legitimate token is longer: 1024-byte build id in base64 plus the short fields. */
    private static final int MAX_ENCODED_LENGTH = 2048;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final MacFunction mac;
    private final Clock clock;

    public TokenService(MacFunction mac) {
        this(mac, Clock.systemUTC());
    }

    public TokenService(MacFunction mac, Clock clock) {
        this.mac = Objects.requireNonNull(mac, "mac");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token for one directory of one build, valid from now for {@code validity} (rounded up to a second). */
    public UploadToken issue(String buildId, int dirIndex, Duration validity) {
        UploadToken.checkBuildId(buildId);
        UploadToken.checkDirIndex(dirIndex);
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("Upload token validity must be positive, is " + validity);
        }
        long nowMillis = clock.millis();
        long expires = Math.floorDiv(nowMillis + validity.toMillis() + 999, 1000);
        return new UploadToken(buildId, dirIndex, expires, macOf(buildId, dirIndex, expires));
    }

    /**
     * Checks a token from an upload URL against the directory index in the same URL.
     *
     * @return the verified token, whose {@link UploadToken#buildId()} names the build to store under
     */
    public UploadToken verify(String encoded, int dirIndex) throws TokenRejectedException {
        UploadToken token = parseAndCheckMac(encoded);
        if (token.dirIndex() != dirIndex) {
            throw new TokenRejectedException(
                    TokenRejectedException.Reason.WRONG_INDEX,
                    "Upload token is for cache directory " + token.dirIndex() + ", not " + dirIndex);
        }
        if (clock.millis() / 1000 >= token.expiresEpochSecond()) {
            throw new TokenRejectedException(
                    TokenRejectedException.Reason.EXPIRED, "Upload token expired at " + token.expiresAt());
        }
        return token;
    }

    /** As {@link #verify(String, int)}, and the token must also belong to {@code buildId}. */
    public UploadToken verify(String encoded, String buildId, int dirIndex) throws TokenRejectedException {
        UploadToken token = verify(encoded, dirIndex);
        if (!token.buildId().equals(buildId)) {
            throw new TokenRejectedException(
                    TokenRejectedException.Reason.WRONG_BUILD, "Upload token belongs to another build");
        }
        return token;
    }

    /**
     * Checks an upload that names a token's public part ({@link UploadProof#publicPart}) and proves it holds the
     * token by signing {@code layers} ({@link UploadProof#sign}).
     */
    public UploadToken verifyProof(String publicPart, int dirIndex, String layers, String proof)
            throws TokenRejectedException {
        if (publicPart == null || proof == null || publicPart.length() > MAX_ENCODED_LENGTH || proof.length() > 64) {
            throw malformed();
        }
        String[] parts = publicPart.split("\\.", -1);
        if (parts.length != 3) {
            throw malformed();
        }
        byte[] idBytes = decodeCanonical(parts[0]);
        byte[] given = decodeCanonical(proof);
        long index = parseCanonicalDecimal(parts[1], 4);
        long expires = parseCanonicalDecimal(parts[2], 18);
        String buildId = new String(idBytes, StandardCharsets.UTF_8);
        if (!Arrays.equals(buildId.getBytes(StandardCharsets.UTF_8), idBytes)
                || idBytes.length > UploadToken.MAX_BUILD_ID_BYTES
                || index > UploadToken.MAX_DIR_INDEX) {
            throw malformed();
        }
        byte[] tokenMac = macOf(buildId, (int) index, expires);
        if (!MessageDigest.isEqual(UploadProof.proof(tokenMac, (int) index, layers), given)) {
            throw new TokenRejectedException(
                    TokenRejectedException.Reason.FORGED, "Upload proof does not match the token and the layers");
        }
        UploadToken token = new UploadToken(buildId, (int) index, expires, tokenMac);
        if (token.dirIndex() != dirIndex) {
            throw new TokenRejectedException(
                    TokenRejectedException.Reason.WRONG_INDEX,
                    "Upload token is for cache directory " + token.dirIndex() + ", not " + dirIndex);
        }
        if (clock.millis() / 1000 >= token.expiresEpochSecond()) {
            throw new TokenRejectedException(
                    TokenRejectedException.Reason.EXPIRED, "Upload token expired at " + token.expiresAt());
        }
        return token;
    }

    private byte[] macOf(String buildId, int dirIndex, long expires) {
        return mac.mac(UploadToken.macMessage(buildId, dirIndex, expires));
    }

    private UploadToken parseAndCheckMac(String encoded) throws TokenRejectedException {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
            throw malformed();
        }
        String[] parts = encoded.split("\\.", -1);
        if (parts.length != 4) {
            throw malformed();
        }
        byte[] idBytes = decodeCanonical(parts[0]);
        byte[] given = decodeCanonical(parts[3]);
        long index = parseCanonicalDecimal(parts[1], 4);
        long expires = parseCanonicalDecimal(parts[2], 18);
        String buildId = new String(idBytes, StandardCharsets.UTF_8);
        // A build id that does not survive a UTF-8 round trip was never issued by us.
        if (!Arrays.equals(buildId.getBytes(StandardCharsets.UTF_8), idBytes)
                || idBytes.length > UploadToken.MAX_BUILD_ID_BYTES
                || index > UploadToken.MAX_DIR_INDEX) {
            throw malformed();
        }
        byte[] expected = macOf(buildId, (int) index, expires);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new TokenRejectedException(
                    TokenRejectedException.Reason.FORGED, "Upload token signature does not match");
        }
        return new UploadToken(buildId, (int) index, expires, given);
    }

    /** Base64url without padding, and only the one spelling that re-encodes identically. */
    private static byte[] decodeCanonical(String part) throws TokenRejectedException {
        if (part.isEmpty()) {
            throw malformed();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        if (!B64.encodeToString(bytes).equals(part)) {
            throw malformed();
        }
        return bytes;
    }

    /** Plain decimal digits, no sign, no leading zero: one spelling per number. */
    private static long parseCanonicalDecimal(String part, int maxDigits) throws TokenRejectedException {
        if (part.isEmpty() || part.length() > maxDigits || (part.length() > 1 && part.charAt(0) == '0')) {
            throw malformed();
        }
        long value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static TokenRejectedException malformed() {
        return new TokenRejectedException(TokenRejectedException.Reason.MALFORMED, "Not an upload token");
    }
}
