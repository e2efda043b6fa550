package io.jenkins.plugins.nixpacks.docker;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.regex.Pattern;

/**
 * An image name split the way the engine splits it: registry host (with port), repository, tag or digest. Only
 * what the engine calls need; the registry package has the full reference type for the HTTP API.
 */
record ImageRef(
        String registry,
        String repository,
        @CheckForNull String tag,
        @CheckForNull String digest) {
    static final String DOCKER_HUB = "docker.io";

    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(?::[0-9]+)?|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?");

    static ImageRef parse(String image) {
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("image name is empty");
        }
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                throw new IllegalArgumentException(
                        "image '" + image + "': '" + digest + "' is not a digest (sha256: and 64 hex digits)");
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("image '" + image + "': '" + tag + "' is not a valid tag");
            }
        }
        String registry = DOCKER_HUB;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost") || first.startsWith("[")) {
                if (!HOST.matcher(first).matches()) {
                    throw new IllegalArgumentException("image '" + image + "': '" + first + "' is not a registry host");
                }
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        for (String component : rest.split("/", -1)) {
            if (!COMPONENT.matcher(component).matches()) {
                throw new IllegalArgumentException("image '" + image + "': repository '" + rest
                        + "' must be lower-case letters, digits and separators (. _ -) between slashes");
            }
        }
        return new ImageRef(registry, rest, tag, digest);
    }

    /** Registry and repository, as the engine's tag and push calls take it ({@code docker.io} left implicit). */
    String name() {
        return registry.equals(DOCKER_HUB) ? repository : registry + "/" + repository;
    }

    /** The tag, {@code latest} when the name has neither tag nor digest. */
    String tagOrLatest() {
        return tag != null ? tag : "latest";
    }

    /** The server address docker-java's auth config wants for this registry. */
    String authAddress() {
        return registry.equals(DOCKER_HUB) ? "https://index.docker.io/v1/" : registry;
    }

    @Override
    public String toString() {
        return name() + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }
}
