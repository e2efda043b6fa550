package io.jenkins.plugins.nixpacks.registry;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which registry the configured credentials belong to, and so which references get them. The password is bound to
 * one registry: the host of {@code registryUrl} when it is set, else the registry the build writes to (that of the
 * {@code image} when it is pushed, else that of the {@code cacheImage}). Every other reference ({@code cacheFrom}, {@code layerCacheFrom}, a cache image or an image on another registry) is read
 * anonymously: an image name is user input, and a name pointing at a foreign host must not collect the password.
 *
 * <p>When no credentials are configured at all, the engine may use the machine's own Docker login (DOCKER_CONFIG or
 * {@code ~/.docker/config.json}); when some are, that login is never used, so a wrong configured password fails
 * instead of being silently replaced.
 */
public final class RegistryAuth implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Set<String> DOCKER_HUB_NAMES =
            Set.of("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");

    /** {@code host[:port]} the credentials are bound to (and whose scheme {@code registryUrl} gives); may be null. */
    private final String registry;

    private final String scheme;
    private final RegistryCredentials credentials;
    /** What chose {@link #registry}, for the log: "registryUrl", "image", "cacheImage". */
    private final String boundBy;

    private RegistryAuth(String registry, String scheme, RegistryCredentials credentials, String boundBy) {
        this.registry = registry;
        this.scheme = scheme;
        this.credentials = credentials;
        this.boundBy = boundBy;
    }

    /** Nothing configured: the Java client reads anonymously, the engine may use the machine's Docker login. */
    public static RegistryAuth none() {
        return new RegistryAuth(null, null, null, null);
    }

    /** {@code credentials} for exactly {@code registry} ({@code host[:port]} as in image names). */
    public static RegistryAuth forRegistry(String registry, @CheckForNull RegistryCredentials credentials) {
        return new RegistryAuth(normalize(registry), null, credentials, "registry");
    }

    /**
     * The binding of a build: {@code registryUrl} when set, else the registry of {@code image}.
     *
     * @throws IllegalArgumentException when {@code registryUrl} is not a URL or host name
     */
    public static RegistryAuth bind(
            @CheckForNull RegistryCredentials credentials, @CheckForNull String registryUrl, ImageReference image) {
        return bind(credentials, registryUrl, image, "image");
    }

    /**
     * The binding of a build: {@code registryUrl} when set, else the registry of {@code target}, the image the build
     * writes to, named by the option {@code targetOption} (for the log).
     *
     * @throws IllegalArgumentException when {@code registryUrl} is not a URL or host name
     */
    public static RegistryAuth bind(
            @CheckForNull RegistryCredentials credentials,
            @CheckForNull String registryUrl,
            ImageReference target,
            String targetOption) {
        if (registryUrl != null && !registryUrl.isBlank()) {
            URI u = parseUrl(registryUrl.strip());
            String host = u.getPort() > 0 ? u.getHost() + ":" + u.getPort() : u.getHost();
            return new RegistryAuth(
                    normalize(host), u.getScheme().toLowerCase(Locale.ROOT), credentials, "registryUrl");
        }
        return new RegistryAuth(normalize(target.registry()), null, credentials, targetOption);
    }

    /** The credentials for {@code ref}, or null: it is read (or pushed) anonymously. */
    public @CheckForNull RegistryCredentials credentialsFor(ImageReference ref) {
        return credentialsFor(ref.registry());
    }

    /** The credentials for a registry host ({@code host[:port]}), or null. */
    public @CheckForNull RegistryCredentials credentialsFor(String registryHost) {
        return credentials != null && registry != null && registry.equals(normalize(registryHost)) ? credentials : null;
    }

    /** The scheme {@code registryUrl} gave for {@code ref}'s registry, or null when it names another one. */
    public @CheckForNull String schemeFor(ImageReference ref) {
        return scheme != null && registry.equals(normalize(ref.registry())) ? scheme : null;
    }

    /** True when credentials were configured. */
    public boolean configured() {
        return credentials != null;
    }

    /** The machine's own Docker login may be used only when no credentials are configured. */
    public boolean ambientLoginAllowed() {
        return credentials == null;
    }

    /** The registry the credentials are bound to, or null. */
    public @CheckForNull String registry() {
        return registry;
    }

    /** The credentials as configured, with their registry: for the engine's build-time auth of that registry. */
    public @CheckForNull RegistryCredentials credentials() {
        return credentials;
    }

    /** One log line saying where the password goes, or that the machine's Docker login is used. */
    public String describe() {
        if (credentials == null) {
            return "registry: no credentials configured: the engine uses this machine's Docker login (DOCKER_CONFIG"
                    + " or ~/.docker/config.json) if it has one; the cache is read anonymously";
        }
        return "registry: the credentials of user '" + credentials.username() + "' go to " + registry + " only (the "
                + ("registryUrl".equals(boundBy) ? "host of registryUrl" : "registry of " + boundBy)
                + "); every other registry is read anonymously, this machine's Docker login is not used";
    }

    @Override
    public String toString() {
        return "RegistryAuth{registry=" + registry + ", user=" + (credentials == null ? null : credentials.username())
                + "}";
    }

    /** Lower-case host, Docker Hub's aliases as one name: "Registry.Example.com:5000" is the same registry. */
    static String normalize(String hostPort) {
        String h = hostPort.strip().toLowerCase(Locale.ROOT);
        return DOCKER_HUB_NAMES.contains(h) ? ImageReference.DOCKER_HUB : h;
    }

    private static URI parseUrl(String url) {
        String text = url.contains("://") ? url : "https://" + url;
        try {
            URI u = new URI(text);
            if (u.getHost() == null || u.getScheme() == null) {
                throw new IllegalArgumentException("registryUrl '" + url + "' names no host");
            }
            String s = u.getScheme().toLowerCase(Locale.ROOT);
            if (!s.equals("https") && !s.equals("http")) {
                throw new IllegalArgumentException("registryUrl '" + url + "' must start with https:// or http://");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("registryUrl '" + url + "' is not a URL: " + e.getMessage(), e);
        }
    }
}
