package io.jenkins.plugins.nixpacks.registry;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image name as docker reads it: {@code [registry/]repository[:tag][@digest]}. The first path component is a
 * registry when it contains a dot or a colon or is {@code localhost}; otherwise the image lives on Docker Hub.
 */
public final class ImageReference implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String DOCKER_HUB = "registry-1.docker.io";

    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.-]+(?::[0-9]{1,5})?|\\[[0-9A-Fa-f:]+\\](?::[0-9]{1,5})?");

    private final String registry;
    private final String repository;
    private final String tag;
    private final Digest digest;

    private ImageReference(String registry, String repository, String tag, Digest digest) {
        this.registry = registry;
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
    }

    public static ImageReference parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("image name is empty");
        }
        String s = text.trim();
        if (s.length() > 255 + 128 + 72) {
            throw new IllegalArgumentException("image name is too long: " + s.length() + " characters");
        }
        Digest digest = null;
        int at = s.indexOf('@');
        if (at >= 0) {
            try {
                digest = Digest.parse(s.substring(at + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid image name '" + text + "': " + e.getMessage(), e);
            }
            s = s.substring(0, at);
        }
        String tag = null;
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) {
            tag = s.substring(colon + 1);
            s = s.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("invalid tag '" + tag + "' in image name '" + text + "'");
            }
        }
        String registry = DOCKER_HUB;
        String repository = s;
        int slash = s.indexOf('/');
        if (slash > 0) {
            String first = s.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                if (!HOST.matcher(first).matches()) {
                    throw new IllegalArgumentException("invalid registry '" + first + "' in image name '" + text + "'");
                }
                registry = first;
                repository = s.substring(slash + 1);
            }
        }
        if (registry.equals(DOCKER_HUB) && !repository.contains("/")) {
            repository = "library/" + repository;
        }
        for (String component : repository.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                throw new IllegalArgumentException("invalid image name '" + text
                        + "': repository parts must be lower-case letters, digits and separators (. _ -), got '"
                        + component + "'");
            }
        }
        if (tag == null && digest == null) {
            tag = "latest";
        }
        return new ImageReference(registry, repository, tag, digest);
    }

    public String registry() {
        return registry;
    }

    public String repository() {
        return repository;
    }

    /** The tag, or null for a reference by digest only. */
    public String tag() {
        return tag;
    }

    /** The tag, {@code latest} for a reference by digest only (as the engine's tag and push calls want one). */
    public String tagOrLatest() {
        return tag != null ? tag : "latest";
    }

    /** The digest, or null. */
    public Digest digest() {
        return digest;
    }

    /** What goes in {@code /v2/<name>/manifests/<reference>}: the digest if known, else the tag. */
    public String manifestReference() {
        return digest != null ? digest.toString() : tag;
    }

    public ImageReference withTag(String newTag) {
        return parse(repositoryName() + ":" + newTag);
    }

    public ImageReference withDigest(Digest d) {
        return new ImageReference(registry, repository, null, Objects.requireNonNull(d));
    }

    /** The name without tag or digest, in the form docker prints ({@code host:port/repo}). */
    public String repositoryName() {
        if (registry.equals(DOCKER_HUB)) {
            return repository.startsWith("library/") ? repository.substring("library/".length()) : repository;
        }
        return registry + "/" + repository;
    }

    /**
     * Loopback registries are spoken to over plain HTTP, as the engine does. Only literal loopback counts: an IPv4
     * literal in 127.0.0.0/8, {@code [::1]} or {@code localhost}. A host name that merely starts with {@code 127.}
     * ({@code 127.example.com}) is a name anyone can register, so it gets HTTPS.
     */
    public boolean isLoopbackRegistry() {
        String host = registry.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && isIpv6Loopback(host.substring(1, end));
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        return host.equals("localhost") || isIpv4Loopback(host);
    }

    private static boolean isIpv4Loopback(String host) {
        Matcher m = IPV4.matcher(host);
        if (!m.matches() || !m.group(1).equals("127")) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            String octet = m.group(i);
            if (Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6Loopback(String literal) {
        // ::1 in any of its spellings (0:0:0:0:0:0:0:1, 0::1, ...); only hex digits and colons are accepted here.
        if (!literal.matches("[0-9a-f:]+") || !literal.contains(":")) {
            return false;
        }
        try {
            byte[] b = java.net.InetAddress.getByName("[" + literal + "]").getAddress();
            return b.length == 16 && java.net.InetAddress.getByAddress(b).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(repositoryName());
        if (tag != null) {
            b.append(':').append(tag);
        }
        if (digest != null) {
            b.append('@').append(digest);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageReference r && r.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
