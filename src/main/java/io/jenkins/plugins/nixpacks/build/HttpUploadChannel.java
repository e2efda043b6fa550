package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.cache.UploadProof;
import io.jenkins.plugins.nixpacks.cache.image.ReproducibleLayer;
import io.jenkins.plugins.nixpacks.cache.receiver.CacheUploadHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link UploadChannel} over HTTP from the agent process: {@code PUT <base><token public part>/<index>} with the
 * layer list, a proof signed with the directory's token, and the layers' bytes. The token itself never leaves this
 * object; the channel travels from the controller to the agent inside the build's callable (the remoting channel,
 * not a build container).
 */
public final class HttpUploadChannel implements UploadChannel {
    static final boolean EXPECT_CONTINUE_WORKS = expectContinueWorks(Runtime.version());
    private static final long serialVersionUID = 1L;

    private final ArrayList<String> layerPaths;
    private final String baseUrl;
    /** Secrets: never printed, see {@link #toString()}. */
    private final ArrayList<String> tokens;

    /**
     * @param baseUrl the receiver's base as the agent reaches it, ending with {@code /}
     *     ({@code https://jenkins/nixpacks-cache/})
     * @param tokens one encoded upload token per layer path
     */
    public HttpUploadChannel(List<String> layerPaths, String baseUrl, List<String> tokens) {
        if (layerPaths.size() != tokens.size()) {
            throw new IllegalArgumentException(
                    layerPaths.size() + " cache directories but " + tokens.size() + " tokens");
        }
        if (!baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("receiver URL must end with '/': " + baseUrl);
        }
        this.layerPaths = new ArrayList<>(layerPaths);
        this.baseUrl = baseUrl;
        this.tokens = new ArrayList<>(tokens);
    }

    @Override
    public List<String> layerPaths() {
        return List.copyOf(layerPaths);
    }

    /** The tokens, for tests that search for them where they must not be. */
    List<String> tokens() {
        return List.copyOf(tokens);
    }

    /** The same channel to another base URL (a proxy in front of the receiver). */
    public HttpUploadChannel withBaseUrl(String otherBase) {
        return new HttpUploadChannel(layerPaths, otherBase, tokens);
    }

    /** Where directory {@code index} goes; holds no secret. */
    public URI uri(int index) {
        return URI.create(baseUrl + CacheUploadHandler.pathFor(tokens.get(index), index));
    }

    @Override
    public void send(int index, List<ReproducibleLayer.Blob> layers) throws IOException, InterruptedException {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("nothing to send for " + layerPaths.get(index));
        }
        String list = layers.stream().map(b -> b.digest() + ":" + b.size()).collect(Collectors.joining(","));
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (ReproducibleLayer.Blob b : layers) {
            parts.add(HttpRequest.BodyPublishers.ofFile(b.file()));
        }
        HttpRequest request = HttpRequest.newBuilder(uri(index))
                .header(UploadProof.LAYERS_HEADER, list)
                .header(UploadProof.PROOF_HEADER, UploadProof.sign(tokens.get(index), index, list))
                .header("Content-Type", "application/x-tar")
                // Expect: 100-continue lets the receiver refuse before any byte is sent, but a JDK without the fix
                // of JDK-8286171 (19, backported to 17.0.17) waits forever when the answer is a refusal. There the
                // body is sent at once and the receiver drains a bounded rest after an early refusal.
                .expectContinue(EXPECT_CONTINUE_WORKS)
                .PUT(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))
                .build();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("cannot reach the cache receiver at " + uri(index) + ": " + e, e);
        }
        if (response.statusCode() != 201) {
            String answer = response.body() == null ? "" : response.body().strip();
            if (answer.length() > 500) {
                answer = answer.substring(0, 500) + "...";
            }
            throw new UploadRefusedException(
                    response.statusCode(),
                    "the cache receiver at " + baseUrl + " refused /" + layerPaths.get(index) + " (HTTP "
                            + response.statusCode() + (answer.isEmpty() ? "" : ": " + answer) + ")");
        }
    }

    /** Whether this JDK's client answers a refusal of {@code Expect: 100-continue} (JDK-8286171, JDK-8364017). */
    static boolean expectContinueWorks(Runtime.Version v) {
        return v.feature() >= 19 || (v.feature() == 17 && v.update() >= 17);
    }

    @Override
    public String toString() {
        return "HttpUploadChannel[" + baseUrl + ", " + layerPaths + "]";
    }
}
