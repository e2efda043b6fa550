package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What the orchestrator asks of a Docker engine; {@link DockerEngineAdapter} answers it with docker-java. */
interface Engine extends AutoCloseable {
    /** One image build with the classic builder. */
    record Spec(
            Path context,
            Path dockerfile,
            String tag,
            Map<String, String> buildArgs,
            Map<String, String> labels,
            String networkMode,
            boolean noCache,
            List<String> cacheFrom,
            RegistryAuth auth) {}

    /**
     * Pulls with the credentials {@code auth} binds to the image's registry (anonymously from any other), saying how
     * far it got on {@code progress} every few seconds.
     */
    void pull(ImageReference image, RegistryAuth auth, BuildLog progress) throws IOException, InterruptedException;

    /** Builds and tags; returns the image id. A failed step is a {@link BuildException} naming it. */
    String build(Spec spec, BuildLog log) throws IOException, InterruptedException, BuildException;

    /**
     * Pushes as {@link #pull} does, saying how far it got on {@code progress} every few seconds; returns the digest
     * the registry gave the image.
     */
    String push(ImageReference image, RegistryAuth auth, BuildLog progress) throws IOException, InterruptedException;

    @Override
    void close() throws IOException;
}
