package io.jenkins.plugins.nixpacks.cache;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed MAC over a message. In Jenkins this is {@code HMACConfidentialKey::mac}, whose key survives restarts; the
 * runner and the tests use {@link #randomHmacSha256()}, a key that lives only as long as the process.
 */
@FunctionalInterface
public interface MacFunction {
    byte[] mac(byte[] message);

    /** HMAC-SHA256 with a fresh random 256-bit key held only in memory. */
    static MacFunction randomHmacSha256() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new InMemoryHmac(new SecretKeySpec(key, "HmacSHA256"));
    }

    /** Never prints its key. */
    final class InMemoryHmac implements MacFunction {
        private final SecretKeySpec key;

        private InMemoryHmac(SecretKeySpec key) {
            this.key = key;
        }

        @Override
        public byte[] mac(byte[] message) {
            try {
                // Mac instances are not thread-safe and cheap to create; uploads arrive on many threads.
                Mac mac = Mac.getInstance(key.getAlgorithm());
                mac.init(key);
                return mac.doFinal(message);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
            }
        }

        @Override
        public String toString() {
            return "HmacSHA256(random in-memory key)";
        }
    }
}
