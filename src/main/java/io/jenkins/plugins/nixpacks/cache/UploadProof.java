package io.jenkins.plugins.nixpacks.cache;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the agent proves it holds an upload token without sending it: the request names the token's public part
 * (build, directory, expiry) and carries an HMAC, keyed with the token's secret MAC, over the exact layers it sends
 * (digest and size of each). Whoever reads the request off the wire learns a proof for those bytes only, which the
 * receiver accepts once per directory; it cannot sign other bytes, nor other directories.
 */
public final class UploadProof {
    /** The request header with the layers, {@code sha256:<hex>:<size>} joined by commas, in order. */
    public static final String LAYERS_HEADER = "X-Nixpacks-Layers";

    /** The request header with the proof, base64url. */
    public static final String PROOF_HEADER = "X-Nixpacks-Proof";

    private static final String DOMAIN = "nixpacks-cache-upload-v2";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private UploadProof() {}

    /** The part of an encoded token that may travel: {@code <build>.<index>.<expiry>}, without the MAC. */
    public static String publicPart(String encodedToken) {
        int last = encodedToken.lastIndexOf('.');
        if (last <= 0) {
            throw new IllegalArgumentException("not an upload token");
        }
        return encodedToken.substring(0, last);
    }

    /** The proof for sending {@code layers} (the header's value) to directory {@code dirIndex} with this token. */
    public static String sign(String encodedToken, int dirIndex, String layers) {
        int last = encodedToken.lastIndexOf('.');
        if (last <= 0) {
            throw new IllegalArgumentException("not an upload token");
        }
        byte[] secret = Base64.getUrlDecoder().decode(encodedToken.substring(last + 1));
        return B64.encodeToString(proof(secret, dirIndex, layers));
    }

    static byte[] proof(byte[] tokenMac, int dirIndex, String layers) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tokenMac, "HmacSHA256"));
            return mac.doFinal((DOMAIN + "\n" + dirIndex + "\n" + layers).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
