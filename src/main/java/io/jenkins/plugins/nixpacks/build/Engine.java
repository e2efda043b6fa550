package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the orchestrator asks of a Docker engine; {@link DockerEngineAdapter} answers it with docker-java. */
interface Engine extends AutoCloseable {
    /** One image build with the classic builder; {@code target} names a stage to stop at, or is null. */
    record Spec(
            Path context,
            Path dockerfile,
            String tag,
            Map<String, String> buildArgs,
            Map<String, String> labels,
            String networkMode,
            boolean noCache,
            List<String> cacheFrom,
            RegistryCredentials credentials,
            String target) {}

    /** Pulls, saying how far it got on {@code progress} every few seconds. */
    void pull(String image, RegistryCredentials credentials, BuildLog progress)
            throws IOException, InterruptedException;

    /** Builds and tags; returns the image id. A failed step is a {@link BuildException} naming it. */
    String build(Spec spec, BuildLog log) throws IOException, InterruptedException, BuildException;

    /** The id of a local image, or null when the engine has none by that name. */
    String imageId(String image) throws IOException;

    /** Gives the local image {@code source} the name {@code target}. */
    void tag(String source, String target) throws IOException;

    /** Pushes; returns the digest the registry gave the image. */
    String push(String image, RegistryCredentials credentials) throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
}
