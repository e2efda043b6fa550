package io.jenkins.plugins.nixpacks.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry HTTP API v2, as far as the cache needs it: does a manifest exist, does a blob exist, upload a blob,
 * put a manifest, read a manifest or a small blob. Speaks Basic auth and the Bearer token flow. Plain HTTP for
 * literal loopback registries (as the engine does), HTTPS otherwise unless the registry URL says {@code http://}.
 * Its credentials are for this one registry: {@link #forImage} takes them from a {@link RegistryAuth}, and a redirect
 * to another origin goes without them.
 */
public final class RegistryClient {
    public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final String ACCEPT = String.join(
            ", ",
            DOCKER_MANIFEST,
            OCI_MANIFEST,
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.index.v1+json");
    private static final Pattern CHALLENGE_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    static final int MAX_REDIRECTS = 5;

    private final String registry;
    private final URI base;
    private final RegistryCredentials credentials;
    private final HttpClient http;
    private final Duration timeout;
    /** Authorization header per scope; Basic registries use one for all. */
    private final Map<String, String> authorizations = new LinkedHashMap<>();

    public RegistryClient(String registry, URI base, RegistryCredentials credentials, Duration timeout) {
        this.registry = registry;
        this.base = base;
        this.credentials = credentials;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                // Redirects are followed by hand: the JDK's client would carry Authorization to another origin.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A client for the registry of {@code image}, with the credentials {@code auth} binds to that registry (none for
     * any other: it is read anonymously). The scheme is {@code registryUrl}'s when it names this registry, plain HTTP
     * for a literal loopback registry, HTTPS otherwise.
     */
    public static RegistryClient forImage(ImageReference image, RegistryAuth auth) {
        String scheme = auth.schemeFor(image);
        if (scheme == null) {
            scheme = image.isLoopbackRegistry() ? "http" : "https";
        }
        return new RegistryClient(
                image.registry(),
                URI.create(scheme + "://" + image.registry()),
                auth.credentialsFor(image),
                Duration.ofMinutes(30));
    }

    public String registry() {
        return registry;
    }

    /** Where requests go: scheme and host of the registry. */
    public URI baseUri() {
        return base;
    }

    /** The manifest digest of {@code image}, or empty when it does not exist. */
    public Optional<Digest> manifestDigest(ImageReference image) throws IOException, InterruptedException {
        HttpResponse<Void> r = send(
                HttpRequest.newBuilder(manifestUri(image))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .header("Accept", ACCEPT),
                HttpResponse.BodyHandlers.discarding(),
                pullScope(image.repository()),
                image.toString());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expect(r, 200, "check " + image);
        Optional<String> header = r.headers().firstValue("Docker-Content-Digest");
        if (header.isPresent()) {
            return Optional.of(Digest.parse(header.get()));
        }
        // Some registries leave the digest out of HEAD answers: read the manifest and hash it.
        return fetchManifest(image).map(Manifest::digest);
    }

    /** The manifest of {@code image} as raw bytes with its media type, or empty when it does not exist. */
    public Optional<Manifest> fetchManifest(ImageReference image) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(
                HttpRequest.newBuilder(manifestUri(image)).GET().header("Accept", ACCEPT),
                HttpResponse.BodyHandlers.ofByteArray(),
                pullScope(image.repository()),
                image.toString());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        expect(r, 200, "read the manifest of " + image);
        String type = r.headers().firstValue("Content-Type").orElse(DOCKER_MANIFEST);
        return Optional.of(new Manifest(type, r.body()));
    }

    /**
     * The image config {@code manifest} names, read as JSON through {@link #fetchSmallBlob} (so checked against its
     * digest); empty when the manifest names none (an index, a foreign artifact).
     */
    public Optional<JsonNode> fetchConfig(String repository, Manifest manifest, int maxBytes)
            throws IOException, InterruptedException {
        String config = manifest.json().path("config").path("digest").asText(null);
        if (config == null) {
            return Optional.empty();
        }
        return Optional.of(JSON.readTree(fetchSmallBlob(repository, Digest.parse(config), maxBytes)));
    }

    /**
     * A small blob (an image config), refusing anything over {@code maxBytes} and anything whose bytes do not hash to
     * {@code digest}: what is read from it (labels, diff ids) is then what the engine gets when it pulls by digest.
     */
    public byte[] fetchSmallBlob(String repository, Digest digest, int maxBytes)
            throws IOException, InterruptedException {
        try (InputStream in = openBlob(repository, digest)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL,
                        "blob " + digest + " of " + registry + "/" + repository + " is larger than " + maxBytes
                                + " bytes; it is not an image config");
            }
            Digest got = Digests.sha256(bytes);
            if (!got.equals(digest)) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL,
                        "blob " + digest + " of " + registry + "/" + repository + " came back as " + got
                                + "; the registry served other bytes than it named");
            }
            return bytes;
        }
    }

    /** A blob as a stream, for the caller to read and close; its bytes are not checked here. */
    public InputStream openBlob(String repository, Digest digest) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = send(
                HttpRequest.newBuilder(blobUri(repository, digest)).GET(),
                HttpResponse.BodyHandlers.ofInputStream(),
                pullScope(repository),
                repository + "@" + digest);
        if (r.statusCode() != 200) {
            try (InputStream in = r.body()) {
                expect(r, 200, "read blob " + digest.shortHex() + " of " + repository);
            }
        }
        return r.body();
    }

    public boolean blobExists(String repository, Digest digest) throws IOException, InterruptedException {
        HttpResponse<Void> r = send(
                HttpRequest.newBuilder(blobUri(repository, digest)).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding(),
                pushScope(repository),
                repository + "@" + digest);
        if (r.statusCode() == 404) {
            return false;
        }
        expect(r, 200, "check blob " + digest.shortHex() + " in " + repository);
        return true;
    }

    /** Uploads {@code file} as one blob (monolithic PUT, streamed from disk). */
    public void uploadBlob(String repository, Digest digest, Path file) throws IOException, InterruptedException {
        URI start = base.resolve("/v2/" + repository + "/blobs/uploads/");
        String what = "upload blob " + digest.shortHex() + " to " + repository;
        HttpResponse<Void> r = send(
                HttpRequest.newBuilder(start).POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding(),
                pushScope(repository),
                what);
        expect(r, 202, "start an upload to " + repository);
        String location = r.headers()
                .firstValue("Location")
                .orElseThrow(() -> new RegistryException(
                        RegistryException.Kind.PROTOCOL, registry + " started an upload without a Location header"));
        URI put = start.resolve(location);
        String sep = put.getRawQuery() == null ? "?" : "&";
        put = URI.create(put + sep + "digest=" + URLEncoder.encode(digest.toString(), StandardCharsets.UTF_8));
        HttpResponse<Void> done = send(
                HttpRequest.newBuilder(put)
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofFile(file)),
                HttpResponse.BodyHandlers.discarding(),
                pushScope(repository),
                what);
        expect(done, 201, "upload blob " + digest.shortHex() + " to " + repository);
    }

    /** Puts a manifest under the reference's tag; returns the digest the registry computed. */
    public Digest putManifest(ImageReference image, String mediaType, byte[] body)
            throws IOException, InterruptedException {
        HttpResponse<Void> r = send(
                HttpRequest.newBuilder(manifestUri(image))
                        .header("Content-Type", mediaType)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.discarding(),
                pushScope(image.repository()),
                image.toString());
        expect(r, 201, "push the manifest of " + image);
        return r.headers()
                .firstValue("Docker-Content-Digest")
                .map(Digest::parse)
                .orElseGet(() -> Digests.sha256(body));
    }

    private URI manifestUri(ImageReference image) {
        return base.resolve("/v2/" + image.repository() + "/manifests/" + image.manifestReference());
    }

    private URI blobUri(String repository, Digest digest) {
        return base.resolve("/v2/" + repository + "/blobs/" + digest);
    }

    private static String pullScope(String repository) {
        return "repository:" + repository + ":pull";
    }

    private static String pushScope(String repository) {
        return "repository:" + repository + ":pull,push";
    }

    private <T> HttpResponse<T> send(
            HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler, String scope, String what)
            throws IOException, InterruptedException {
        request.timeout(timeout);
        String auth = authorizations.get(scope);
        if (auth == null) {
            auth = authorizations.get("*");
        }
        HttpRequest first = auth == null
                ? request.build()
                : request.copy().header("Authorization", auth).build();
        HttpResponse<T> r = exchange(first, handler, what);
        if (r.statusCode() != 401) {
            return r;
        }
        discard(r);
        String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
        String header = authorize(challenge, scope, what);
        HttpResponse<T> second =
                exchange(request.copy().header("Authorization", header).build(), handler, what);
        if (second.statusCode() == 401 || second.statusCode() == 403) {
            discard(second);
            throw unauthorized(what);
        }
        return second;
    }

    private String authorize(String challenge, String scope, String what) throws IOException, InterruptedException {
        if (credentials == null) {
            throw new RegistryException(
                    RegistryException.Kind.UNAUTHORIZED,
                    "registry " + registry + " requires credentials for " + what
                            + "; set registryCredentialsId for it (a username and password)");
        }
        String lower = challenge.toLowerCase(Locale.ROOT);
        if (lower.startsWith("basic")) {
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((credentials.username() + ":" + credentials.password())
                                    .getBytes(StandardCharsets.UTF_8));
            authorizations.put("*", basic);
            return basic;
        }
        if (lower.startsWith("bearer")) {
            Map<String, String> params = new LinkedHashMap<>();
            Matcher m = CHALLENGE_PARAM.matcher(challenge);
            while (m.find()) {
                params.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
            String realm = params.get("realm");
            if (realm == null) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL, registry + " asked for a bearer token without a realm");
            }
            StringBuilder q = new StringBuilder(realm).append(realm.contains("?") ? '&' : '?');
            if (params.containsKey("service")) {
                q.append("service=")
                        .append(URLEncoder.encode(params.get("service"), StandardCharsets.UTF_8))
                        .append('&');
            }
            q.append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((credentials.username() + ":" + credentials.password())
                                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<byte[]> t = exchange(
                    HttpRequest.newBuilder(URI.create(q.toString()))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", basic)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray(),
                    "a token for " + what);
            if (t.statusCode() == 401 || t.statusCode() == 403) {
                throw unauthorized(what);
            }
            if (t.statusCode() != 200) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL,
                        "token service of " + registry + " answered HTTP " + t.statusCode() + " for " + what);
            }
            JsonNode body = JSON.readTree(t.body());
            String token = body.path("token").asText(body.path("access_token").asText(""));
            if (token.isEmpty()) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL, "token service of " + registry + " returned no token");
            }
            String bearer = "Bearer " + token;
            authorizations.put(scope, bearer);
            return bearer;
        }
        throw new RegistryException(
                RegistryException.Kind.PROTOCOL,
                registry + " asked for an authentication scheme this plugin does not speak: "
                        + (challenge.isEmpty() ? "(none given)" : challenge.split(" ", 2)[0]));
    }

    private RegistryException unauthorized(String what) {
        return new RegistryException(
                RegistryException.Kind.UNAUTHORIZED,
                "registry " + registry + " refused the credentials"
                        + (credentials != null ? " of user '" + credentials.username() + "'" : "") + " for " + what
                        + "; check the username and password given as registryCredentialsId and the user's rights");
    }

    /**
     * One request, following up to {@link #MAX_REDIRECTS} redirects. Blob reads often redirect to storage on another
     * host: the Authorization header (the registry's password or token) goes to the same origin (scheme, host and
     * port) only, never to another one, and HTTPS is never downgraded to plain HTTP.
     */
    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler, String what)
            throws IOException, InterruptedException {
        HttpRequest current = request;
        for (int hops = 0; ; hops++) {
            HttpResponse<T> r = exchangeOnce(current, handler, what);
            int code = r.statusCode();
            Optional<String> location = r.headers().firstValue("Location");
            if (!REDIRECTS.contains(code) || location.isEmpty()) {
                return r;
            }
            discard(r);
            if (hops >= MAX_REDIRECTS) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL,
                        "registry " + registry + " redirected more than " + MAX_REDIRECTS + " times while trying to "
                                + what);
            }
            URI next;
            try {
                next = current.uri().resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL,
                        "registry " + registry + " redirected to an invalid location while trying to " + what,
                        e);
            }
            if ("https".equalsIgnoreCase(current.uri().getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                throw new RegistryException(
                        RegistryException.Kind.PROTOCOL,
                        "registry " + registry + " redirected from HTTPS to " + next.getScheme() + " while trying to "
                                + what + "; refused");
            }
            current = redirected(current, next, code);
        }
    }

    private static HttpRequest redirected(HttpRequest from, URI to, int code) {
        boolean sameOrigin = sameOrigin(from.uri(), to);
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        from, (name, value) -> sameOrigin || !name.equalsIgnoreCase("Authorization"))
                .uri(to);
        String method = from.method();
        if ((code == 301 || code == 302 || code == 303) && !method.equals("GET") && !method.equals("HEAD")) {
            b.GET(); // as browsers and the JDK do: only 307 and 308 repeat the method and its body
        }
        return b.build();
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private <T> HttpResponse<T> exchangeOnce(HttpRequest request, HttpResponse.BodyHandler<T> handler, String what)
            throws IOException, InterruptedException {
        try {
            return http.send(request, handler);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new RegistryException(
                    RegistryException.Kind.UNREACHABLE,
                    "registry " + registry + " is unreachable (" + describe(e) + ") while trying to " + what
                            + "; check that it runs and that this machine reaches " + base,
                    e);
        } catch (HttpTimeoutException e) {
            throw new RegistryException(
                    RegistryException.Kind.UNREACHABLE,
                    "registry " + registry + " did not answer in time while trying to " + what,
                    e);
        } catch (IOException e) {
            throw new RegistryException(
                    RegistryException.Kind.UNREACHABLE,
                    "registry " + registry + " could not be reached while trying to " + what + ": " + describe(e),
                    e);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void discard(HttpResponse<?> r) {
        if (r.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the response was an error already; nothing more to learn from its body
            }
        }
    }

    private void expect(HttpResponse<?> r, int status, String what) throws RegistryException {
        int code = r.statusCode();
        if (code == status || (status == 200 && code == 200) || (status == 201 && code == 201)) {
            return;
        }
        discard(r);
        if (code == 401 || code == 403) {
            throw unauthorized(what);
        }
        if (code == 404) {
            throw new RegistryException(
                    RegistryException.Kind.NOT_FOUND, "registry " + registry + ": not found while trying to " + what);
        }
        throw new RegistryException(
                RegistryException.Kind.PROTOCOL,
                "registry " + registry + " answered HTTP " + code + " while trying to " + what);
    }

    /** A manifest as the registry served it. */
    public record Manifest(String mediaType, byte[] body) {
        public Digest digest() {
            return Digests.sha256(body);
        }

        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        public List<String> layerDigests() throws IOException {
            List<String> out = new java.util.ArrayList<>();
            for (JsonNode l : json().path("layers")) {
                out.add(l.path("digest").asText());
            }
            return out;
        }
    }
}
