package io.jenkins.plugins.nixpacks.build;

import io.jenkins.plugins.nixpacks.docker.ImageLoad;
import io.jenkins.plugins.nixpacks.docker.ImageStep;
import io.jenkins.plugins.nixpacks.registry.ImageReference;
import io.jenkins.plugins.nixpacks.registry.RegistryAuth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the orchestrator asks of a Docker engine; {@link DockerEngineAdapter} answers it with docker-java. */
interface Engine extends AutoCloseable {
    /**
     * One image build with the classic builder.
     *
     * @param target the stage to stop at ({@code --target}), or null for the last one
     */
    record Spec(
            Path context,
            Path dockerfile,
            String tag,
            Map<String, String> buildArgs,
            Map<String, String> labels,
            String networkMode,
            boolean noCache,
            List<String> cacheFrom,
            RegistryAuth auth,
            String target) {
        public Spec(
                Path context,
                Path dockerfile,
                String tag,
                Map<String, String> buildArgs,
                Map<String, String> labels,
                String networkMode,
                boolean noCache,
                List<String> cacheFrom,
                RegistryAuth auth) {
            this(context, dockerfile, tag, buildArgs, labels, networkMode, noCache, cacheFrom, auth, null);
        }

        /**
         * The same build with {@code image} as its first {@code --cache-from} source. Order matters to the classic
         * builder: the first source whose history matches a step becomes the only source for the steps after it.
         */
        public Spec withFirstCacheFrom(String image) {
            List<String> sources = new java.util.ArrayList<>();
            sources.add(image);
            cacheFrom.stream().filter(s -> !s.equals(image)).forEach(sources::add);
            return new Spec(
                    context,
                    dockerfile,
                    tag,
                    buildArgs,
                    labels,
                    networkMode,
                    noCache,
                    List.copyOf(sources),
                    auth,
                    target);
        }

        /** The same build stopping at {@code stage}, tagged {@code stageTag}, with {@code stageLabels}. */
        public Spec toStage(String stage, String stageTag, Map<String, String> stageLabels) {
            return new Spec(
                    context,
                    dockerfile,
                    stageTag,
                    buildArgs,
                    stageLabels,
                    networkMode,
                    noCache,
                    cacheFrom,
                    auth,
                    stage);
        }
    }

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

    /** The step that made a locally built image; null if there is no such image. */
    ImageStep step(String image) throws IOException;

    /** Creates a container that is never started, to read its file system; returns its id. */
    String createStopped(String image, String name) throws IOException;

    /** A tar of {@code path} in the container, entries named from the path's last segment; empty if no such path. */
    Optional<InputStream> copyFrom(String containerId, String path) throws IOException;

    /** Removes a container; false if there was none. */
    boolean removeContainer(String containerId) throws IOException;

    /** Removes an image name (or an image, given an id); false if there was none. */
    boolean removeImage(String image) throws IOException;

    /** The id of a local image, or null when the engine has none by that name. */
    String imageId(String image) throws IOException;

    /** Gives the local image {@code source} the name {@code target}. */
    void tag(String source, String target) throws IOException;

    /** The local image {@code image} as the base of an image stacked on it; empty when there is none. */
    Optional<ImageLoad.Base> base(String image) throws IOException;

    /** Loads the image archive {@code archive} writes ({@link ImageLoad#load}). */
    void load(ImageLoad.Archive archive, Path workDir) throws IOException;

    /** The local names {@code repository:tag} of images in {@code repository}. */
    List<String> tags(String repository) throws IOException;

    @Override
    void close() throws IOException;
}
