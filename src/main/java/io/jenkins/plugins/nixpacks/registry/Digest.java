package io.jenkins.plugins.nixpacks.registry;

import java.io.Serializable;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A content digest, {@code sha256:<64 hex>}; the only algorithm registries and engines agree on. */
public final class Digest implements Serializable, Comparable<Digest> {
    private static final long serialVersionUID = 1L;
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

    private final String value;

    private Digest(String value) {
        this.value = value;
    }

    public static Digest parse(String value) {
        if (value == null || !SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException("not a sha256 digest: '" + value + "'");
        }
        return new Digest(value);
    }

    public static Digest ofSha256(byte[] hash) {
        if (hash.length != 32) {
            throw new IllegalArgumentException("a sha256 hash has 32 bytes, not " + hash.length);
        }
        return new Digest("sha256:" + HexFormat.of().formatHex(hash));
    }

    public String hex() {
        return value.substring("sha256:".length());
    }

    /** The first 12 hex digits, as docker prints them. */
    public String shortHex() {
        return hex().substring(0, 12);
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest d && d.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(Digest o) {
        return value.compareTo(o.value);
    }
}
