package io.jenkins.plugins.nixpacks.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.command.PushImageCmd;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.AuthConfigurations;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.WaitResponse;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of one Docker engine through docker-java: build (streamed context), tag, push, pull, inspect,
 * remove, and a container run for tests. Every call has a timeout; streamed responses are checked for error items;
 * an interrupted calling thread stops the operation on the engine.
 *
 * <p>Two HTTP clients: one with a read timeout for short calls, one without for streams (a RUN step may print
 * nothing for minutes); streams are bounded by the operation's own timeout instead.
 */
public final class DockerEngine implements AutoCloseable {
    public static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);
    public static final Duration DEFAULT_TRANSFER_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

    private static final Pattern STATUS_BODY = Pattern.compile("^Status (\\d+): (.*)$", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    /** Also holds this machine's Docker login (DOCKER_CONFIG or ~/.docker/config.json), used only when asked. */
    private final DockerClientConfig config;

    private final DockerClient quick;
    private final DockerClient stream;
    private final Version version;
    private final Duration transferTimeout;

    private DockerEngine(
            String host,
            DockerClientConfig config,
            DockerClient quick,
            DockerClient stream,
            Version version,
            Duration transfer) {
        this.host = host;
        this.config = config;
        this.quick = quick;
        this.stream = stream;
        this.version = version;
        this.transferTimeout = transfer;
    }

    /** Connects to the environment's engine ({@code DOCKER_HOST}, else the default socket). */
    public static DockerEngine connectDefault() throws DockerOperationException {
        return connect(null, DEFAULT_TRANSFER_TIMEOUT);
    }

    /** Connects to {@code dockerHost} ({@code unix:///...} or {@code tcp://host:port}); null means the default. */
    public static DockerEngine connect(@CheckForNull String dockerHost) throws DockerOperationException {
        return connect(dockerHost, DEFAULT_TRANSFER_TIMEOUT);
    }

    /**
     * Connects and asks the engine for its API version, then speaks that version: a 20.10 engine (API 1.41) and
     * newer ones both get requests they understand.
     *
     * @param transferTimeout the limit for one push or pull
     */
    public static DockerEngine connect(@CheckForNull String dockerHost, Duration transferTimeout)
            throws DockerOperationException {
        return connect(dockerHost, transferTimeout, null);
    }

    /**
     * As {@link #connect(String, Duration)}, reading this machine's Docker login from {@code dockerConfig} (the
     * folder of a {@code config.json}) instead of DOCKER_CONFIG or {@code ~/.docker}.
     */
    public static DockerEngine connect(
            @CheckForNull String dockerHost, Duration transferTimeout, @CheckForNull Path dockerConfig)
            throws DockerOperationException {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (dockerConfig != null) {
            builder.withDockerConfig(dockerConfig.toString());
        }
        if (dockerHost != null && !dockerHost.isBlank()) {
            builder.withDockerHost(dockerHost);
        }
        DockerClientConfig probeConfig;
        try {
            probeConfig = builder.build();
        } catch (RuntimeException e) {
            throw new DockerOperationException("Docker host '" + dockerHost + "' is not usable: " + e.getMessage(), e);
        }
        String host = probeConfig.getDockerHost().toString();
        DockerHttpClient quickHttp = http(probeConfig, CALL_TIMEOUT);
        Version version;
        try {
            // An unversioned request is answered in the engine's own API version.
            version = DockerClientImpl.getInstance(probeConfig, quickHttp)
                    .versionCmd()
                    .exec();
        } catch (RuntimeException e) {
            closeQuietly(quickHttp);
            throw new DockerOperationException(
                    "cannot reach the Docker engine at " + host + ": " + daemonMessage(e)
                            + ". Check that the engine runs and that DOCKER_HOST (or the configured host) is right.",
                    e);
        }
        DockerClientConfig config =
                builder.withApiVersion(version.getApiVersion()).build();
        DockerClient quick = DockerClientImpl.getInstance(config, quickHttp);
        DockerClient stream = DockerClientImpl.getInstance(config, http(config, null));
        return new DockerEngine(host, config, quick, stream, version, transferTimeout);
    }

    private static DockerHttpClient http(DockerClientConfig config, @CheckForNull Duration readTimeout) {
        return new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(16)
                .connectionTimeout(Duration.ofSeconds(30))
                .responseTimeout(readTimeout)
                .build();
    }

    /** The engine's address, e.g. {@code unix:///var/run/docker.sock}. */
    public String host() {
        return host;
    }

    /** For log lines: "Docker 20.10.24 (API 1.41)". */
    public String describe() {
        return "Docker " + version.getVersion() + " (API " + version.getApiVersion() + ") at " + host;
    }

    /**
     * Builds an image with the classic builder. The context is streamed while it is written, the daemon's output
     * goes to {@code log} line by line, and intermediate containers are removed even when a step fails.
     *
     * @return the image id, {@code sha256:...}
     * @throws DockerOperationException if a step fails (the message names the step and the daemon's error), the
     *     context cannot be read, or the timeout passes
     * @throws InterruptedException if the calling thread is interrupted; the build is then stopped on the engine
     */
    public String build(BuildRequest request, BuildLog log) throws IOException, InterruptedException {
        String what = "docker build of " + request.context() + " on " + host;
        try (BuildContextStream context = BuildContextStream.start(request.context(), request.dockerfile())) {
            BuildImageCmd cmd = stream.buildImageCmd(context.stream())
                    .withDockerfilePath(context.dockerfileName())
                    .withNetworkMode(request.networkMode())
                    .withNoCache(request.noCache())
                    .withPull(request.pull())
                    .withRemove(true)
                    .withForcerm(true);
            if (!request.tags().isEmpty()) {
                cmd.withTags(new HashSet<>(request.tags()));
            }
            request.buildArgs().forEach(cmd::withBuildArg);
            if (!request.labels().isEmpty()) {
                cmd.withLabels(request.labels());
            }
            request.target().ifPresent(cmd::withTarget);
            if (!request.cacheFrom().isEmpty()) {
                // In order: the classic builder tries the sources in the order given (see StageBuild).
                cmd.withCacheFrom(new java.util.LinkedHashSet<>(request.cacheFrom()));
            }
            if (!request.ambientLogin() || !request.registryAuth().isEmpty()) {
                // Always set: left unset, docker-java sends every login of this machine's Docker config.
                AuthConfigurations auths = new AuthConfigurations();
                request.registryAuth().forEach((registry, creds) -> auths.addConfig(authConfig(registry, creds)));
                cmd.withBuildAuthConfigs(auths);
            }
            StreamWatcher<BuildResponseItem> watcher = new StreamWatcher<>(log);
            cmd.exec(watcher);
            try {
                await(watcher, request.timeout(), what, context::cancel);
            } catch (DockerOperationException e) {
                // A context that could not be read explains the failure better than the broken request does.
                IOException unreadable = context.failure();
                if (unreadable != null) {
                    throw new DockerOperationException(what + " failed: " + unreadable.getMessage(), unreadable);
                }
                throw e;
            } finally {
                watcher.flush();
            }
            String error = watcher.error();
            if (error != null) {
                String step = watcher.step();
                throw new DockerOperationException(what + " failed"
                        + (step != null ? " at " + step.replaceFirst(" : ", " (") + ")" : "") + ": "
                        + error.strip());
            }
            String builtId = watcher.builtId();
            if (builtId == null) {
                throw new DockerOperationException(what + " ended without reporting an image id");
            }
            return call(
                    "inspect of the built image",
                    () -> quick.inspectImageCmd(builtId).exec().getId());
        }
    }

    /** Gives {@code source} (name or id) the name {@code target}. */
    public void tag(String source, String target) throws DockerOperationException {
        ImageReference ref = ImageReference.parse(target);
        if (ref.digest() != null) {
            throw new IllegalArgumentException("cannot tag with a digest: " + target);
        }
        call("tag " + source + " as " + target, () -> {
            quick.tagImageCmd(source, ref.repositoryName(), ref.tagOrLatest()).exec();
            return null;
        });
    }

    /**
     * Pushes a local image to its registry with exactly {@code credentials}. This machine's Docker login is never
     * used: a wrong password fails.
     *
     * @param credentials null to push anonymously
     * @return the manifest digest the registry stored, {@code sha256:...}
     */
    public String push(String image, @CheckForNull RegistryCredentials credentials)
            throws IOException, InterruptedException {
        return push(image, credentials, null);
    }

    /** Pushes, with a progress line to {@code progress} every few seconds while layers upload. */
    public String push(String image, @CheckForNull RegistryCredentials credentials, @CheckForNull BuildLog progress)
            throws IOException, InterruptedException {
        ImageReference ref = ImageReference.parse(image);
        return push(
                ref,
                credentials != null ? authConfig(ref.registry(), credentials) : anonymous(ref),
                credentials,
                progress);
    }

    /**
     * Pushes with the credentials {@code auth} binds to the image's registry; anonymously to another registry; with
     * this machine's Docker login only when {@code auth} has no credentials at all.
     */
    public String push(String image, RegistryAuth auth) throws IOException, InterruptedException {
        return push(image, auth, null);
    }

    /** As {@link #push(String, RegistryAuth)}, with progress lines. */
    public String push(String image, RegistryAuth auth, @CheckForNull BuildLog progress)
            throws IOException, InterruptedException {
        ImageReference ref = ImageReference.parse(image);
        RegistryCredentials credentials = auth.credentialsFor(ref);
        return push(ref, login(ref, credentials, auth), credentials, progress);
    }

    private String push(
            ImageReference ref,
            AuthConfig auth,
            @CheckForNull RegistryCredentials credentials,
            @CheckForNull BuildLog progress)
            throws IOException, InterruptedException {
        String image = ref.toString();
        if (ref.digest() != null) {
            throw new IllegalArgumentException("cannot push by digest: " + image);
        }
        String what = "push of " + image;
        PushImageCmd cmd = stream.pushImageCmd(ref.repositoryName())
                .withTag(ref.tagOrLatest())
                .withAuthConfig(auth);
        StreamWatcher<PushResponseItem> watcher = progress != null
                ? PullProgress.push(progress, image, PullProgress.INTERVAL_NANOS)
                : new StreamWatcher<>(null);
        cmd.exec(watcher);
        try {
            await(watcher, transferTimeout, what, () -> {});
        } catch (StreamFailure e) {
            throw registryFailure(what, ref, credentials, e.daemonMessage, e);
        }
        String error = watcher.error();
        if (error != null) {
            throw registryFailure(what, ref, credentials, error, null);
        }
        String digest = watcher.digest();
        if (digest == null) {
            throw new DockerOperationException(what + " ended without the registry's digest");
        }
        return digest;
    }

    /**
     * Pulls an image ({@code name:tag} or {@code name@sha256:...}) from its registry with exactly {@code
     * credentials}; this machine's Docker login is never used.
     *
     * @param credentials null to pull anonymously
     * @return what the engine then holds under that name
     */
    public ImageInfo pull(String image, @CheckForNull RegistryCredentials credentials)
            throws IOException, InterruptedException {
        return pull(image, credentials, null);
    }

    /** Pulls, with a progress line to {@code progress} every few seconds while layers download. */
    public ImageInfo pull(String image, @CheckForNull RegistryCredentials credentials, @CheckForNull BuildLog progress)
            throws IOException, InterruptedException {
        ImageReference ref = ImageReference.parse(image);
        return pull(
                ref,
                credentials != null ? authConfig(ref.registry(), credentials) : anonymous(ref),
                credentials,
                progress);
    }

    /** Pulls with the credentials {@code auth} binds to the image's registry, as {@link #push(String, RegistryAuth)}. */
    public ImageInfo pull(String image, RegistryAuth auth, @CheckForNull BuildLog progress)
            throws IOException, InterruptedException {
        ImageReference ref = ImageReference.parse(image);
        RegistryCredentials credentials = auth.credentialsFor(ref);
        return pull(ref, login(ref, credentials, auth), credentials, progress);
    }

    private ImageInfo pull(
            ImageReference ref,
            AuthConfig auth,
            @CheckForNull RegistryCredentials credentials,
            @CheckForNull BuildLog progress)
            throws IOException, InterruptedException {
        String image = ref.toString();
        String what = "pull of " + image;
        // The engine takes a digest in the tag parameter. The auth config is always set: left unset, docker-java
        // would send this machine's Docker login.
        PullImageCmd cmd = stream.pullImageCmd(ref.repositoryName())
                .withTag(ref.digest() != null ? ref.digest().toString() : ref.tagOrLatest())
                .withAuthConfig(auth);
        StreamWatcher<PullResponseItem> watcher =
                progress != null ? new PullProgress<>(progress, image) : new StreamWatcher<>(null);
        cmd.exec(watcher);
        try {
            await(watcher, transferTimeout, what, () -> {});
        } catch (StreamFailure e) {
            throw registryFailure(what, ref, credentials, e.daemonMessage, e);
        }
        String error = watcher.error();
        if (error != null) {
            throw registryFailure(what, ref, credentials, error, null);
        }
        return inspect(image)
                .orElseThrow(() -> new DockerOperationException(what + " finished but the engine has no " + image));
    }

    /** The local image, or empty if the engine has none by that name or id. */
    public Optional<ImageInfo> inspect(String image) throws DockerOperationException {
        InspectImageResponse r = inspectResponse(image);
        if (r == null) {
            return Optional.empty();
        }
        String id = r.getId();
        if (id == null) {
            throw new DockerOperationException("engine " + host + " described image " + image + " without an id");
        }
        ContainerConfig config = r.getConfig();
        Map<String, String> labels = config != null ? config.getLabels() : null;
        List<String> tags = r.getRepoTags();
        List<String> digests = r.getRepoDigests();
        return Optional.of(new ImageInfo(
                id,
                labels != null ? labels : Map.of(),
                tags != null ? tags : List.of(),
                digests != null ? digests : List.of()));
    }

    /**
     * The step that made a locally built image: its parent and the command the classic builder recorded for it; empty
     * if the engine has no such image.
     */
    public Optional<ImageStep> step(String image) throws DockerOperationException {
        InspectImageResponse r = inspectResponse(image);
        if (r == null) {
            return Optional.empty();
        }
        String parent = r.getParent();
        ContainerConfig cc = r.getContainerConfig();
        String[] argv = cc == null ? null : cc.getCmd();
        return Optional.of(new ImageStep(
                parent == null || parent.isEmpty() ? null : parent, argv == null ? "" : String.join(" ", argv)));
    }

    /** The engine's description of a local image, or null if it has none by that name or id. */
    @CheckForNull
    InspectImageResponse inspectResponse(String image) throws DockerOperationException {
        try {
            return call(
                    "inspect of " + image, () -> quick.inspectImageCmd(image).exec());
        } catch (NotFoundInEngine e) {
            return null;
        }
    }

    /**
     * The local names {@code repository:tag} of the images in {@code repository}, which may be a pattern of the
     * engine's reference filter ({@code nixpacks-cachebase/*}).
     */
    public List<String> tags(String repository) throws DockerOperationException {
        List<com.github.dockerjava.api.model.Image> images = call(
                "list of images in " + repository,
                () -> quick.listImagesCmd().withReferenceFilter(repository).exec());
        List<String> out = new java.util.ArrayList<>();
        for (com.github.dockerjava.api.model.Image i : images) {
            if (i.getRepoTags() != null) {
                for (String t : i.getRepoTags()) {
                    if (repository.contains("*") || t.startsWith(repository + ":")) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    public boolean imageExists(String image) throws DockerOperationException {
        return inspect(image).isPresent();
    }

    /**
     * Removes a name (or, given an id, the image). An image with other names keeps them.
     *
     * @return false if there was nothing by that name
     */
    public boolean remove(String image) throws DockerOperationException {
        try {
            call("removal of " + image, () -> {
                quick.removeImageCmd(image).exec();
                return null;
            });
            return true;
        } catch (NotFoundInEngine e) {
            return false;
        }
    }

    /**
     * Creates a container of {@code image} that is never started: its file system is read through the archive
     * endpoint ({@link #copyFrom}), so nothing runs in it and no network is attached.
     *
     * @return the container id
     */
    public String createStopped(String image, String name) throws DockerOperationException {
        return call("create of a container from " + image, () -> quick.createContainerCmd(image)
                .withName(name)
                // Never run: a command is still required by images without one.
                .withEntrypoint("/nixpacks-never-started")
                .withCmd(List.of())
                .withNetworkDisabled(true)
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
                .exec()
                .getId());
    }

    /**
     * Streams {@code path} of a container as a tar whose entries are named from the path's last segment
     * ({@code /root/.npm} gives {@code .npm/...}); empty when the path does not exist. The caller closes the stream.
     */
    public Optional<InputStream> copyFrom(String containerId, String path) throws DockerOperationException {
        if (UnixSocketHttp.handles(host)) {
            return copyOverSocket(containerId, path);
        }
        try {
            return Optional.of(call(
                    "copy of " + path + " from container " + containerId,
                    () -> stream.copyArchiveFromContainerCmd(containerId, path).exec()));
        } catch (NotFoundInEngine e) {
            return Optional.empty();
        }
    }

    /** {@link #copyFrom} through the JDK's own Unix socket channel: several times faster than docker-java's. */
    private Optional<InputStream> copyOverSocket(String containerId, String path) throws DockerOperationException {
        String what = "copy of " + path + " from container " + containerId + " on " + host;
        String request = "/v" + version.getApiVersion() + "/containers/"
                + URLEncoder.encode(containerId, StandardCharsets.UTF_8) + "/archive?path="
                + URLEncoder.encode(path, StandardCharsets.UTF_8);
        try {
            UnixSocketHttp.Response r = UnixSocketHttp.get(host, request);
            if (r.status() == 200) {
                return Optional.of(r.body());
            }
            String text = UnixSocketHttp.errorText(r.body());
            if (r.status() == 404) {
                return Optional.empty();
            }
            throw new DockerOperationException(what + " failed: HTTP " + r.status() + ": " + engineMessage(text), null);
        } catch (java.nio.channels.ClosedByInterruptException e) {
            Thread.currentThread().interrupt();
            throw new DockerOperationException(what + " was interrupted", e);
        } catch (IOException e) {
            throw new DockerOperationException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** The message of an engine's JSON error body, or the body itself. */
    private static String engineMessage(String body) {
        try {
            String m = JSON.readTree(body).path("message").asText("");
            return m.isEmpty() ? body : m;
        } catch (IOException e) {
            return body;
        }
    }

    /** Removes a container, running or not; false if there was none. */
    public boolean removeContainer(String containerId) throws DockerOperationException {
        try {
            call("removal of container " + containerId, () -> {
                quick.removeContainerCmd(containerId)
                        .withForce(true)
                        .withRemoveVolumes(true)
                        .exec();
                return null;
            });
            return true;
        } catch (NotFoundInEngine e) {
            return false;
        }
    }

    /**
     * For tests: runs {@code cmd} in a new container of {@code image} on the host network, waits for it, and
     * removes it.
     */
    public RunResult run(String image, String... cmd) throws IOException, InterruptedException {
        String id = call("create of a container from " + image, () -> {
            var create = quick.createContainerCmd(image)
                    .withHostConfig(HostConfig.newHostConfig().withNetworkMode("host"));
            if (cmd.length > 0) {
                create.withCmd(cmd); // no command: the image's own CMD runs
            }
            return create.exec().getId();
        });
        try {
            call("start of container " + id, () -> {
                quick.startContainerCmd(id).exec();
                return null;
            });
            ExitWatcher exit = stream.waitContainerCmd(id).exec(new ExitWatcher());
            await(exit, RUN_TIMEOUT, "container " + id + " of " + image, () -> {});
            if (exit.code == null) {
                throw new DockerOperationException("container " + id + " of " + image + " ended without exit code");
            }
            OutputCollector out =
                    stream.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new OutputCollector());
            await(out, CALL_TIMEOUT, "output of container " + id, () -> {});
            return new RunResult(exit.code, out.text());
        } finally {
            try {
                quick.removeContainerCmd(id)
                        .withForce(true)
                        .withRemoveVolumes(true)
                        .exec();
            } catch (NotFoundException e) {
                // already gone
            }
        }
    }

    /** For tests: ids of the containers, running or not, whose command line contains {@code text}. */
    List<String> containersMentioning(String text) throws DockerOperationException {
        return call("listing of containers", () -> quick.listContainersCmd().withShowAll(true).exec().stream()
                .filter(c -> c.getCommand() != null && c.getCommand().contains(text))
                .map(c -> c.getId())
                .toList());
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (DockerClient c : List.of(quick, stream)) {
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return "DockerEngine[" + host + "]";
    }

    // ------------------------------------------------------------------------------------------------ internals

    /** The server address docker-java's auth config wants for a registry. */
    private static String authAddress(String registry) {
        return ImageReference.DOCKER_HUB.equals(registry) ? "https://index.docker.io/v1/" : registry;
    }

    /** What an anonymous request sends: an auth config naming the registry and nothing else. */
    private static AuthConfig anonymous(ImageReference ref) {
        return new AuthConfig().withRegistryAddress(authAddress(ref.registry()));
    }

    /** The configured credentials; else this machine's Docker login, if allowed and it has one; else anonymous. */
    private AuthConfig login(ImageReference ref, @CheckForNull RegistryCredentials credentials, RegistryAuth auth) {
        if (credentials != null) {
            return authConfig(ref.registry(), credentials);
        }
        if (auth.ambientLoginAllowed()) {
            AuthConfig ambient = config.effectiveAuthConfig(ref.repositoryName());
            if (ambient != null) {
                return ambient;
            }
        }
        return anonymous(ref);
    }

    private static AuthConfig authConfig(String registry, RegistryCredentials credentials) {
        String address = authAddress(registry);
        return new AuthConfig()
                .withUsername(credentials.username())
                .withPassword(credentials.password())
                .withRegistryAddress(address);
    }

    /** Waits for a streamed call; on interruption or timeout closes the stream, which stops it on the engine. */
    private void await(ResultCallback.Adapter<?> callback, Duration timeout, String what, Runnable onAbort)
            throws DockerOperationException, InterruptedException {
        boolean done;
        try {
            done = callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            onAbort.run();
            abort(callback);
            throw e;
        } catch (RuntimeException e) {
            // The request has already failed; the caller's cleanup stops whatever fed it.
            String daemon = daemonMessage(e);
            throw new StreamFailure(what + " failed: " + daemon, daemon, e);
        }
        if (!done) {
            onAbort.run();
            abort(callback);
            throw new DockerOperationException(what + " did not finish within " + human(timeout) + "; stopped it");
        }
    }

    private static void abort(ResultCallback<?> callback) {
        if (callback instanceof StreamWatcher<?> watcher) {
            watcher.abort();
        } else {
            closeQuietly(callback);
        }
    }

    /** The API version this connection speaks, for requests sent around docker-java ({@link UnixSocketHttp}). */
    String apiVersion() {
        return version.getApiVersion();
    }

    /** The client for calls that move much data (builds, pushes, loads). */
    DockerClient streamClient() {
        return stream;
    }

    /** Runs a short call, turning the engine's errors into messages that name the operation and the engine. */
    <T> T call(String what, Supplier<T> action) throws DockerOperationException {
        try {
            return action.get();
        } catch (NotFoundException e) {
            throw new NotFoundInEngine(what + " on " + host + ": " + daemonMessage(e), e);
        } catch (RuntimeException e) {
            throw new DockerOperationException(what + " on " + host + " failed: " + daemonMessage(e), e);
        }
    }

    /** Names the registry and, when it refused, whose credentials; {@code message} is the daemon's. */
    private static DockerOperationException registryFailure(
            String what,
            ImageReference ref,
            @CheckForNull RegistryCredentials credentials,
            String message,
            @CheckForNull Throwable cause) {
        message = message.strip();
        String lower = message.toLowerCase(Locale.ROOT);
        boolean refused = lower.contains("unauthorized")
                || lower.contains("authentication required")
                || lower.contains("denied")
                || lower.contains("incorrect username or password")
                || lower.contains("no basic auth credentials");
        if (!refused) {
            return new DockerOperationException(what + " failed: " + message, cause);
        }
        String text = credentials != null
                ? "registry " + ref.registry() + " refused the credentials of user '" + credentials.username()
                        + "' for the " + what + ": " + message
                        + ". Check the username and password configured for " + ref.registry() + "."
                : "registry " + ref.registry() + " requires credentials for the " + what + ": " + message
                        + ". Configure credentials for " + ref.registry() + ".";
        return new DockerOperationException(text, cause);
    }

    /** The daemon's own words: docker-java puts the HTTP status and the JSON body in its exception message. */
    static String daemonMessage(Throwable e) {
        Throwable t = e;
        while (!(t instanceof DockerException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String msg = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        Matcher m = STATUS_BODY.matcher(msg.strip());
        if (m.matches()) {
            String body = m.group(2).strip();
            try {
                JsonNode node = JSON.readTree(body);
                if (node != null && node.hasNonNull("message")) {
                    body = node.get("message").asText();
                }
            } catch (IOException | RuntimeException notJson) {
                // keep the raw body
            }
            return body + " (HTTP " + m.group(1) + ")";
        }
        return msg;
    }

    private static String human(Duration d) {
        return d.toMinutes() >= 1 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing after a failure; the failure is what matters
        }
    }

    /** A streamed call that failed; keeps the daemon's words apart for callers that explain them. */
    private static final class StreamFailure extends DockerOperationException {
        private static final long serialVersionUID = 1L;
        private final String daemonMessage;

        StreamFailure(String message, String daemonMessage, Throwable cause) {
            super(message, cause);
            this.daemonMessage = daemonMessage;
        }
    }

    /** A call answered 404: callers that expect absence catch it. */
    private static final class NotFoundInEngine extends DockerOperationException {
        private static final long serialVersionUID = 1L;

        NotFoundInEngine(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class ExitWatcher extends ResultCallback.Adapter<WaitResponse> {
        private volatile Integer code;

        @Override
        public void onNext(WaitResponse response) {
            code = response.getStatusCode();
        }
    }

    /** Output of a finished container; tests read it, so it is capped rather than streamed. */
    private static final class OutputCollector extends ResultCallback.Adapter<Frame> {
        private static final int LIMIT = 1 << 20;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void onNext(Frame frame) {
            synchronized (bytes) {
                byte[] payload = frame.getPayload();
                if (payload != null && bytes.size() < LIMIT) {
                    bytes.write(payload, 0, Math.min(payload.length, LIMIT - bytes.size()));
                }
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
