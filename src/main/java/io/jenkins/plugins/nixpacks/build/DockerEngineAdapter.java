package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.docker.BuildRequest;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.DockerOperationException;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;

/** The orchestrator's {@link Engine} on docker-java's {@link DockerEngine}. */
final class DockerEngineAdapter implements Engine {
    private final DockerEngine engine;

    private DockerEngineAdapter(DockerEngine engine) {
        this.engine = engine;
    }

    static Engine connect(String dockerHost) throws BuildException {
        try {
            return new DockerEngineAdapter(DockerEngine.connect(dockerHost));
        } catch (DockerOperationException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    @Override
    public void pull(String image, RegistryCredentials credentials, BuildLog progress)
            throws IOException, InterruptedException {
        engine.pull(image, credentials, progress);
    }

    @Override
    public String build(Spec spec, BuildLog log) throws IOException, InterruptedException, BuildException {
        BuildRequest.Builder b = BuildRequest.builder(spec.context())
                .dockerfile(spec.dockerfile())
                .tag(spec.tag())
                .networkMode(spec.networkMode())
                .noCache(spec.noCache())
                .pull(false);
        spec.buildArgs().forEach(b::buildArg);
        spec.labels().forEach(b::label);
        spec.cacheFrom().forEach(b::cacheFrom);
        if (spec.target() != null) {
            b.target(spec.target());
        }
        if (spec.credentials() != null) {
            // Base images on the same registry as the target (a private build image) pull with the same login.
            b.registryAuth(ImageReference.parse(spec.tag()).registry(), spec.credentials());
        }
        try {
            return engine.build(b.build(), log);
        } catch (DockerOperationException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    @Override
    public String imageId(String image) throws IOException {
        return engine.inspect(image).map(i -> i.id()).orElse(null);
    }

    @Override
    public void tag(String source, String target) throws IOException {
        engine.tag(source, target);
    }

    @Override
    public String push(String image, RegistryCredentials credentials) throws IOException, InterruptedException {
        return engine.push(image, credentials);
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
