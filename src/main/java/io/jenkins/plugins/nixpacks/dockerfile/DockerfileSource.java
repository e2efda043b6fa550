package io.jenkins.plugins.nixpacks.dockerfile;

import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which Dockerfile a build uses: the project's own (a named one, or {@code Dockerfile} in the source folder unless
 * it is ignored) or one generated from the plan. With the project's Dockerfile no plan is made and no cache hooks
 * are inserted; its cache directories come from the options and config file only
 * ({@link io.jenkins.plugins.nixpacks.plan.PlanGenerator#configuredCacheDirs}).
 */
public final class DockerfileSource {
    public static final String DEFAULT_NAME = "Dockerfile";

    private final String projectDockerfile;

    private DockerfileSource(String projectDockerfile) {
        this.projectDockerfile = projectDockerfile;
    }

    /**
     * Decides for a source folder.
     *
     * @param dockerfile a Dockerfile named by the user, relative to the source folder; null or blank for none
     * @param ignoreDockerfile plan Nixpacks-style even when the folder has a {@code Dockerfile}
     * @throws PlanException if the named Dockerfile does not exist or leads outside the source folder
     */
    public static DockerfileSource choose(Path sourceDir, String dockerfile, boolean ignoreDockerfile)
            throws PlanException {
        if (dockerfile != null && !dockerfile.isBlank()) {
            Path file = inside(sourceDir, dockerfile.trim());
            if (!Files.isRegularFile(file)) {
                throw new PlanException("Dockerfile " + dockerfile + " does not exist in " + sourceDir
                        + ". Fix the dockerfile option, or leave it empty to use a plan.");
            }
            return new DockerfileSource(sourceDir
                    .toAbsolutePath()
                    .normalize()
                    .relativize(file)
                    .toString()
                    .replace('\\', '/'));
        }
        if (!ignoreDockerfile && Files.isRegularFile(sourceDir.resolve(DEFAULT_NAME))) {
            return new DockerfileSource(DEFAULT_NAME);
        }
        return new DockerfileSource(null);
    }

    /** The generated one: no project Dockerfile. */
    public static DockerfileSource generated() {
        return new DockerfileSource(null);
    }

    private static Path inside(Path sourceDir, String rel) throws PlanException {
        Path root = sourceDir.toAbsolutePath().normalize();
        Path file = root.resolve(rel).normalize();
        boolean outside = !file.startsWith(root);
        if (!outside && Files.exists(file)) {
            try {
                outside = !file.toRealPath().startsWith(root.toRealPath());
            } catch (IOException e) {
                throw new PlanException("Cannot read Dockerfile " + rel + ": " + e.getMessage(), e);
            }
        }
        if (outside) {
            throw new PlanException("Dockerfile " + rel + " leads outside the source folder " + sourceDir
                    + "; it must be part of the build context.");
        }
        return file;
    }

    /** True to build the project's own Dockerfile, false to generate one from the plan. */
    public boolean useProjectDockerfile() {
        return projectDockerfile != null;
    }

    /** The project's Dockerfile relative to the source folder (the build context), or null when generated. */
    public String projectDockerfile() {
        return projectDockerfile;
    }

    @Override
    public String toString() {
        return projectDockerfile == null ? "generated Dockerfile" : "project Dockerfile " + projectDockerfile;
    }
}
