package io.jenkins.plugins.nixpacks.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads an image archive (the format of {@code docker save}) into the engine, streamed as it is written, and
 * describes a local image for an archive that stacks layers on top of it. The engine loads only the layers it does
 * not have (by chain), so the archive names the others without holding them, and it checks every layer it reads
 * against the config's diff id.
 */
public final class ImageLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageLoad() {}

    /**
     * What an image on top of a local one takes from it.
     *
     * @param id the image id, {@code sha256:...}
     * @param diffIds its layers, bottom first
     * @param config its container config as the engine describes it ({@code Env}, {@code Cmd}, {@code WorkingDir}...)
     * @param created when the image says it was made (RFC 3339), or empty
     */
    public record Base(
            String id, List<String> diffIds, JsonNode config, String architecture, String os, String created) {
        public Base {
            diffIds = List.copyOf(diffIds);
        }
    }

    /** Writes an archive to the stream it is given. */
    @FunctionalInterface
    public interface Archive {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The local image {@code image} as a base, or empty when the engine has none by that name. */
    public static Optional<Base> base(DockerEngine engine, String image) throws DockerOperationException {
        InspectImageResponse r = engine.inspectResponse(image);
        if (r == null) {
            return Optional.empty();
        }
        String id = r.getId();
        var rootFs = r.getRootFS();
        List<String> layers = rootFs == null ? List.of() : rootFs.getLayers();
        if (id == null || layers == null || layers.isEmpty()) {
            throw new DockerOperationException(
                    "engine " + engine.host() + " described image " + image + " without an id or layers", null);
        }
        ContainerConfig given = r.getConfig();
        JsonNode config = given == null ? JSON.createObjectNode() : JSON.valueToTree(given);
        String arch = r.getArch();
        String os = r.getOs();
        String created = r.getCreated();
        return Optional.of(new Base(
                id,
                layers,
                config,
                arch == null ? "amd64" : arch,
                os == null ? "linux" : os,
                created == null ? "" : created));
    }

    /**
     * Loads the archive {@code archive} writes. A {@code unix://} engine gets it as it is written; another through
     * docker-java, from a temporary file in {@code workDir}.
     *
     * @throws DockerOperationException with the engine's message when it refuses the archive
     */
    public static void load(DockerEngine engine, Archive archive, Path workDir) throws IOException {
        String what = "loading an image archive into " + engine.host();
        if (UnixSocketHttp.handles(engine.host())) {
            UnixSocketHttp.Response r;
            try {
                r = UnixSocketHttp.post(
                        engine.host(),
                        "/v" + engine.apiVersion() + "/images/load?quiet=1",
                        "application/x-tar",
                        archive::writeTo);
            } catch (java.nio.channels.ClosedByInterruptException e) {
                Thread.currentThread().interrupt();
                throw new DockerOperationException(what + " was interrupted", e);
            }
            if (r.status() != 200) {
                throw new DockerOperationException(
                        what + " failed: HTTP " + r.status() + ": " + UnixSocketHttp.errorText(r.body()), null);
            }
            String error = firstError(r.body());
            if (error != null) {
                throw new DockerOperationException(what + " failed: " + error, null);
            }
            return;
        }
        Path file = Files.createTempFile(workDir, "load-", ".tar");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                archive.writeTo(out);
            }
            try (InputStream in = Files.newInputStream(file)) {
                engine.call(what, () -> {
                    engine.streamClient().loadImageCmd(in).exec();
                    return null;
                });
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The first error in the engine's answer to a load (a JSON message per line), or null. */
    private static String firstError(InputStream body) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String error = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || error != null) {
                    continue;
                }
                JsonNode m;
                try {
                    m = JSON.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                if (m.hasNonNull("error")) {
                    error = m.path("errorDetail")
                            .path("message")
                            .asText(m.path("error").asText());
                }
            }
            return error;
        }
    }
}
