package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.docker.BuildRequest;
import io.jenkins.plugins.nixpacks.docker.DockerEngine;
import io.jenkins.plugins.nixpacks.docker.DockerOperationException;
import io.jenkins.plugins.nixpacks.docker.ImageLoad;
import io.jenkins.plugins.nixpacks.docker.ImageStep;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import io.jenkins.plugins.nixpacks.registry.RegistryCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    public void pull(ImageReference image, RegistryAuth auth, BuildLog progress)
            throws IOException, InterruptedException {
        engine.pull(image.toString(), auth, progress);
    }

    @Override
    public String build(Spec spec, BuildLog log) throws IOException, InterruptedException, BuildException {
        BuildRequest.Builder b = BuildRequest.builder(spec.context())
                .dockerfile(spec.dockerfile())
                .tag(spec.tag())
                .networkMode(spec.networkMode())
                .noCache(spec.noCache())
                .target(spec.target())
                .pull(false);
        spec.buildArgs().forEach(b::buildArg);
        spec.labels().forEach(b::label);
        spec.cacheFrom().forEach(b::cacheFrom);
        RegistryAuth auth = spec.auth();
        RegistryCredentials credentials = auth.credentials();
        String registry = auth.registry();
        if (credentials != null && registry != null) {
            // Base images and COPY --from images on the bound registry (a private build image, the pinned cache
            // image) pull with its login; those on any other registry anonymously.
            b.registryAuth(registry, credentials);
        }
        b.ambientLogin(auth.ambientLoginAllowed());
        try {
            return engine.build(b.build(), log);
        } catch (DockerOperationException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    @Override
    public String push(ImageReference image, RegistryAuth auth, BuildLog progress)
            throws IOException, InterruptedException {
        return engine.push(image.toString(), auth, progress);
    }

    @Override
    public Optional<ImageLoad.Base> base(String image) throws IOException {
        return ImageLoad.base(engine, image);
    }

    @Override
    public void load(ImageLoad.Archive archive, Path workDir) throws IOException {
        ImageLoad.load(engine, archive, workDir);
    }

    @Override
    public List<String> tags(String repository) throws IOException {
        return engine.tags(repository);
    }

    @Override
    public String createStopped(String image, String name) throws IOException {
        return engine.createStopped(image, name);
    }

    @Override
    public Optional<InputStream> copyFrom(String containerId, String path) throws IOException {
        return engine.copyFrom(containerId, path);
    }

    @Override
    public boolean removeContainer(String containerId) throws IOException {
        return engine.removeContainer(containerId);
    }

    @Override
    public boolean removeImage(String image) throws IOException {
        return engine.remove(image);
    }

    @Override
    public String imageId(String image) throws IOException {
        return engine.inspect(image).map(i -> i.id()).orElse(null);
    }

    @Override
    public ImageStep step(String image) throws IOException {
        return engine.step(image).orElse(null);
    }

    @Override
    public void tag(String source, String target) throws IOException {
        engine.tag(source, target);
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
