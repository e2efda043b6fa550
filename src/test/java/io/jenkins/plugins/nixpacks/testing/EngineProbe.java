package io.jenkins.plugins.nixpacks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads an engine's own answers as raw JSON through docker-java's HTTP transport: what {@code docker inspect},
 * {@code docker history --no-trunc} and {@code docker ps -a} print, untouched by any model class, so a test can
 * search them for secrets or stray containers. Speaks API 1.41, which every engine of the tests understands. Test
 * helper.
 */
public final class EngineProbe implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String host;
    private final DockerHttpClient http;

    public EngineProbe(String engineUri) {
        this.host = engineUri;
        this.http = new ApacheDockerHttpClient.Builder()
                .dockerHost(URI.create(engineUri))
                .build();
    }

    /** The raw body of {@code GET /images/<image>/json}: {@code docker inspect}. */
    public String inspectImage(String image) throws IOException {
        return get("/images/" + checked(image) + "/json");
    }

    /** The raw body of {@code GET /images/<image>/history}: {@code docker history --no-trunc}. */
    public String history(String image) throws IOException {
        return get("/images/" + checked(image) + "/history");
    }

    /** Ids of the containers, running or not, whose command line contains {@code text}. */
    public List<String> containersMentioning(String text) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode c : JSON.readTree(get("/containers/json?all=1"))) {
            if (c.path("Command").asText().contains(text)) {
                ids.add(c.path("Id").asText());
            }
        }
        return ids;
    }

    /**
     * Every name (tag or digest reference) the engine holds for repository {@code repository} (without registry),
     * whatever registry address it was pulled through: what a test removes when it is done.
     */
    public List<String> referencesTo(String repository) throws IOException {
        List<String> refs = new ArrayList<>();
        for (JsonNode image : JSON.readTree(get("/images/json"))) {
            for (String field : List.of("RepoTags", "RepoDigests")) {
                for (JsonNode name : image.path(field)) {
                    String n = name.asText();
                    int at = n.indexOf('/');
                    String rest = at < 0 ? n : n.substring(at + 1);
                    if (rest.startsWith(repository + ":") || rest.startsWith(repository + "@")) {
                        refs.add(n);
                    }
                }
            }
        }
        return refs;
    }

    /** Names of the containers, running or not, whose name starts with {@code prefix}. */
    public List<String> containersNamed(String prefix) throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode c : JSON.readTree(get("/containers/json?all=1"))) {
            for (JsonNode n : c.path("Names")) {
                String name = n.asText().startsWith("/") ? n.asText().substring(1) : n.asText();
                if (name.startsWith(prefix)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Every tag on the engine that starts with {@code prefix}. */
    public List<String> tagsStartingWith(String prefix) throws IOException {
        List<String> tags = new ArrayList<>();
        for (JsonNode image : JSON.readTree(get("/images/json?all=1"))) {
            for (JsonNode name : image.path("RepoTags")) {
                if (name.asText().startsWith(prefix)) {
                    tags.add(name.asText());
                }
            }
        }
        return tags;
    }

    /**
     * The history and the configuration of every image on the engine, intermediate images included
     * ({@code docker images -a}), as one text: what a search for secrets in "any image's history" reads.
     */
    public String everyImageHistory() throws IOException {
        StringBuilder b = new StringBuilder();
        for (JsonNode image : JSON.readTree(get("/images/json?all=1"))) {
            String id = image.path("Id").asText();
            try {
                b.append(id)
                        .append('\n')
                        .append(history(id))
                        .append('\n')
                        .append(inspectImage(id))
                        .append('\n');
            } catch (IOException e) {
                // removed meanwhile by another build on the shared engine
            }
        }
        return b.toString();
    }

    /** Polls for up to a minute until no container mentions {@code text}; the engine removes them asynchronously. */
    public List<String> awaitNoContainerMentioning(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> left = containersMentioning(text);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            left = containersMentioning(text);
        }
        return left;
    }

    private String get(String path) throws IOException {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/v1.41" + path)
                .build();
        try (DockerHttpClient.Response r = http.execute(request);
                InputStream body = r.getBody()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (r.getStatusCode() != 200) {
                throw new IOException(
                        "engine " + host + " answered " + r.getStatusCode() + " to GET " + path + ": " + text.strip());
            }
            return text;
        }
    }

    /** Image names and ids need no escaping in the engine's paths; anything else is a test mistake. */
    private static String checked(String image) {
        if (!image.matches("[A-Za-z0-9._:/@-]+")) {
            throw new IllegalArgumentException("not an image name or id: " + image);
        }
        return image;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
