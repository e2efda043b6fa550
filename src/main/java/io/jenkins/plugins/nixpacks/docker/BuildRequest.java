package io.jenkins.plugins.nixpacks.docker;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code docker build} with the classic builder: a context folder, a Dockerfile inside or outside it, and the
 * options the orchestrator uses. Immutable; made with {@link #builder(Path)}.
 */
public final class BuildRequest {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    private final Path context;
    private final Path dockerfile;
    private final Set<String> tags;
    private final Map<String, String> buildArgs;
    private final Map<String, String> labels;
    private final String target;
    private final String networkMode;
    private final boolean noCache;
    private final boolean pull;
    private final List<String> cacheFrom;
    private final Map<String, RegistryCredentials> registryAuth;
    private final boolean ambientLogin;
    private final Duration timeout;

    private BuildRequest(Builder b) {
        this.context = b.context;
        this.dockerfile =
                b.dockerfile != null ? b.context.resolve(b.dockerfile).normalize() : b.context.resolve("Dockerfile");
        this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(b.tags));
        this.buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(b.buildArgs));
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
        this.target = b.target;
        this.networkMode = b.networkMode;
        this.noCache = b.noCache;
        this.pull = b.pull;
        this.cacheFrom = List.copyOf(b.cacheFrom);
        this.registryAuth = Collections.unmodifiableMap(new LinkedHashMap<>(b.registryAuth));
        this.ambientLogin = b.ambientLogin;
        this.timeout = b.timeout;
    }

    /** A request for the given context folder; the Dockerfile defaults to {@code Dockerfile} in it. */
    public static Builder builder(Path context) {
        return new Builder(context);
    }

    public Path context() {
        return context;
    }

    /** Absolute; may lie outside the context. */
    public Path dockerfile() {
        return dockerfile;
    }

    public Set<String> tags() {
        return tags;
    }

    public Map<String, String> buildArgs() {
        return buildArgs;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    /** {@code host} unless set: the test machines run engines without a bridge network. */
    public String networkMode() {
        return networkMode;
    }

    public boolean noCache() {
        return noCache;
    }

    /** Whether the engine looks for newer base images; off by default. */
    public boolean pull() {
        return pull;
    }

    /** Images whose layers the classic builder may reuse as cache ({@code --cache-from}). */
    public List<String> cacheFrom() {
        return cacheFrom;
    }

    /** Credentials by registry host, for base images and {@code COPY --from} images the engine must pull. */
    public Map<String, RegistryCredentials> registryAuth() {
        return registryAuth;
    }

    /** Whether the engine may use this machine's Docker login for images no {@link #registryAuth} entry covers. */
    public boolean ambientLogin() {
        return ambientLogin;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        // RegistryCredentials masks its password; only the registry hosts are shown here anyway.
        return "BuildRequest{context=" + context + ", dockerfile=" + dockerfile + ", tags=" + tags + ", target="
                + target + ", network=" + networkMode + ", noCache=" + noCache + ", pull=" + pull + ", cacheFrom="
                + cacheFrom + ", buildArgs=" + buildArgs.keySet() + ", labels=" + labels.keySet() + ", auth="
                + registryAuth.keySet() + ", timeout=" + timeout + "}";
    }

    /** Collects the options; {@link #build()} validates them. */
    public static final class Builder {
        private final Path context;
        private Path dockerfile;
        private final List<String> tags = new ArrayList<>();
        private final Map<String, String> buildArgs = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private String target;
        private String networkMode = "host";
        private boolean noCache;
        private boolean pull;
        private final List<String> cacheFrom = new ArrayList<>();
        private final Map<String, RegistryCredentials> registryAuth = new LinkedHashMap<>();
        private boolean ambientLogin;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder(Path context) {
            this.context =
                    Objects.requireNonNull(context, "context").toAbsolutePath().normalize();
        }

        /** The Dockerfile; a relative path is taken from the context folder. */
        public Builder dockerfile(Path dockerfile) {
            this.dockerfile = Objects.requireNonNull(dockerfile, "dockerfile");
            return this;
        }

        public Builder tag(String image) {
            ImageReference ref = ImageReference.parse(image);
            if (ref.digest() != null) {
                throw new IllegalArgumentException("build tag '" + image + "' must not carry a digest");
            }
            tags.add(image);
            return this;
        }

        public Builder buildArg(String name, String value) {
            buildArgs.put(requireName("build argument", name), Objects.requireNonNull(value, name));
            return this;
        }

        public Builder label(String name, String value) {
            labels.put(requireName("label", name), Objects.requireNonNull(value, name));
            return this;
        }

        public Builder target(@CheckForNull String stage) {
            this.target = stage == null || stage.isBlank() ? null : stage;
            return this;
        }

        public Builder networkMode(String mode) {
            this.networkMode = requireName("network mode", mode);
            return this;
        }

        public Builder noCache(boolean noCache) {
            this.noCache = noCache;
            return this;
        }

        public Builder pull(boolean pull) {
            this.pull = pull;
            return this;
        }

        public Builder cacheFrom(String image) {
            ImageReference.parse(image);
            cacheFrom.add(image);
            return this;
        }

        /** Credentials for a registry host such as {@code 127.0.0.1:5151}. */
        public Builder registryAuth(String registryHost, RegistryCredentials credentials) {
            registryAuth.put(requireName("registry host", registryHost), Objects.requireNonNull(credentials));
            return this;
        }

        /**
         * Lets the engine use this machine's Docker login (DOCKER_CONFIG or {@code ~/.docker/config.json}) when no
         * {@link #registryAuth} is given. Off by default: a build then pulls what no credentials cover anonymously.
         */
        public Builder ambientLogin(boolean allowed) {
            this.ambientLogin = allowed;
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("build timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        public BuildRequest build() {
            return new BuildRequest(this);
        }

        private static String requireName(String what, String name) {
            if (name == null || name.isBlank() || !name.strip().equals(name)) {
                throw new IllegalArgumentException(what + " '" + name + "' is empty or has surrounding spaces");
            }
            return name;
        }
    }
}
